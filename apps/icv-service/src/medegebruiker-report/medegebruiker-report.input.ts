import type { MedegebruikerStatus } from '@mkib/domain-icv';

/** GraphQL `CoUserReportInput` (name kept, see docs/glossary.md). */
export interface MedegebruikerReportInput {
  year: number;
  status: MedegebruikerStatus;
  summary: string;
}
