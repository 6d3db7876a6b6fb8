import type { GraphQLRequest } from '@mkib/web-data-access';
import { CLASSIFY_FACILITY, FACILITIES } from './operations';

export type BivNiveau = 'LAAG' | 'MIDDEN' | 'HOOG';
export interface Facility {
  code: string;
  name: string;
  bbn: number;
  reviewDue: string;
  biv: { beschikbaarheid: BivNiveau; integriteit: BivNiveau; vertrouwelijkheid: BivNiveau };
  supplementaryAnalysis: { status: 'VEREIST' | 'NIET_MEER_VEREIST' } | null;
  usedBy: { code: string; name: string }[];
  /** From the policy subgraph: what the facility must implement at its BBN (SK-2.2b). */
  applicableMeasures: { total: number; profileVersion: number; supplementaryMeasuresApply: boolean };
}

export const loadFacilities = async (request: GraphQLRequest): Promise<Facility[]> =>
  (await request<{ facilities: Facility[] }>(FACILITIES)).facilities;

export interface ClassifyInput {
  facilityCode: string;
  biv: Facility['biv'];
  bbn: number;
  rationale: string;
  reviewDue: string;
}

export const classifyFacility = async (request: GraphQLRequest, input: ClassifyInput) =>
  (
    await request<{
      classifyFacility: { code: string; bbn: number; supplementaryAnalysis: { status: string } | null };
    }>(CLASSIFY_FACILITY, { input })
  ).classifyFacility;
