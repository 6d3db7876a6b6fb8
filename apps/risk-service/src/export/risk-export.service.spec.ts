import {
  DEFAULT_RISK_SCALE,
  exampleRiskAnalysisView,
  PoamFinding,
  RiskAnalysisView,
  validateOscalPoam,
} from '@mkib/domain-risk';
import { FixedClock } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { AnalysisReader } from '../analysis/analysis-reader';
import type { FacilityService } from '../facility/facility.service';
import type { FindingViewService } from '../finding-view/finding-view.service';
import { RiskExportService } from './risk-export.service';

const now = new Date();
const principal = {
  subject: 'security-officer@kmar',
  party: 'kmar',
  roles: ['security-officer'],
} as unknown as Principal;

/** A reader as the analysis module binds it: the caller's own party when none is named. */
class FakeReader extends AnalysisReader {
  calls: [string, string | null][] = [];
  constructor(private readonly analyses: RiskAnalysisView[]) {
    super();
  }
  async view(_p: Principal, id: string) {
    this.calls.push(['view', id]);
    const found = this.analyses.find((a) => a.id === id);
    if (!found) throw new Error('NOT_FOUND');
    return found;
  }
  async registerViews(p: Principal, party: string | null) {
    this.calls.push(['register', party]);
    const of = party ?? p.party;
    return { party: of, analyses: this.analyses.filter((a) => a.ownerParty === of) };
  }
  async scale() {
    return DEFAULT_RISK_SCALE;
  }
}

const analysis = exampleRiskAnalysisView(now, {
  ownerParty: 'kmar',
  scope: 'EIGEN_GEBRUIK',
  consultation: null,
});
const finding: PoamFinding = {
  findingId: '7d0f28ec-dfef-4e2c-a192-b3c4d5e6f708',
  party: 'kmar',
  year: now.getUTCFullYear(),
  frameworkCode: 'BIO2',
  identifier: '8.32',
  description: 'Wijzigingen zonder registratie.',
  action: 'Wijzigingsbeheer inrichten.',
  owner: 'Teamleider ICT',
  dueDate: analysis.risks[0].treatment.dueDate,
  status: 'OPEN',
  riskTreatmentId: null,
};

function service(reader: AnalysisReader) {
  const facilities = {
    byCodes: async (codes: readonly string[]) =>
      codes.filter((c) => c === 'GMS').map((code) => ({ code, name: 'Gemeenschappelijk Meldkamersysteem' })),
  } as unknown as FacilityService;
  const findings = {
    ofParty: async (party: string) => (party === 'kmar' ? [finding] : []),
  } as unknown as FindingViewService;
  return new RiskExportService(new FixedClock(now), facilities, findings, reader);
}

describe('the export service', () => {
  it('writes the POA&M of the caller’s party through the reader, valid OSCAL with the clock’s time', async () => {
    const reader = new FakeReader([analysis]);
    const file = await service(reader).poam(principal, null);
    expect(reader.calls).toEqual([['register', null]]);
    expect(file).toMatchObject({
      filename: `poam-kmar-${now.toISOString().slice(0, 10)}.json`,
      contentType: 'application/json',
    });
    const doc = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    expect(validateOscalPoam(doc)).toEqual([]);
    expect(doc['plan-of-action-and-milestones'].metadata['last-modified']).toBe(now.toISOString());
    expect(doc['plan-of-action-and-milestones'].findings).toHaveLength(1);
    // The same clock and data: the same document.
    expect((await service(reader).poam(principal, null)).contentBase64).toBe(file.contentBase64);
  });

  it('writes the PDF and the workbook from what the reader gives', async () => {
    const reader = new FakeReader([analysis]);
    const pdf = await service(reader).analysisPdf(principal, analysis.id);
    expect(pdf.contentType).toBe('application/pdf');
    const xlsx = await service(reader).registerXlsx(principal, 'kmar');
    expect(xlsx.filename).toMatch(/^risicoregister-kmar-/);
    expect(reader.calls).toEqual([
      ['view', analysis.id],
      ['register', 'kmar'],
    ]);
  });

  it('passes the reader’s refusal on', async () => {
    await expect(service(new FakeReader([])).analysisPdf(principal, 'other')).rejects.toThrow('NOT_FOUND');
  });
});
