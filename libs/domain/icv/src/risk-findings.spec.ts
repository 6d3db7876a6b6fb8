import { findingsFromRiskTreatments, RiskTreatmentRef } from './risk-findings';

const treatment = (id: string, over: Partial<RiskTreatmentRef> = {}): RiskTreatmentRef => ({
  treatmentId: id,
  riskTitle: 'Uitval stroom',
  kind: 'MITIGEREN',
  description: 'Noodstroom uitbreiden',
  measures: [
    { frameworkCode: 'BIO2', identifier: '7.11.01' },
    { frameworkCode: 'BIO2', identifier: '5.30.01' },
  ],
  owner: 'hoofd ICT',
  dueDate: 'due',
  ...over,
});

describe('findings from the treatments of a final risk analysis', () => {
  it('gives one open finding per mitigating treatment, on its first measure, for the owner party', () => {
    const drafts = findingsFromRiskTreatments(
      {
        ownerParty: 'politie',
        treatments: [
          treatment('a'),
          treatment('b', { kind: 'ACCEPTEREN', measures: [] }),
          treatment('c', { kind: 'OVERDRAGEN' }),
          treatment('d', { riskTitle: 'Insider', description: 'Logging' }),
        ],
      },
      7,
      new Set(),
    );
    expect(drafts).toEqual([
      {
        riskTreatmentId: 'a',
        party: 'politie',
        year: 7,
        frameworkCode: 'BIO2',
        identifier: '7.11.01',
        description: 'Uitval stroom: Noodstroom uitbreiden',
        action: 'Noodstroom uitbreiden',
        owner: 'hoofd ICT',
        dueDate: 'due',
      },
      expect.objectContaining({ riskTreatmentId: 'd', description: 'Insider: Logging' }),
    ]);
  });

  it('skips treatments that already gave a finding, a treatment named twice, and one without a measure', () => {
    const drafts = findingsFromRiskTreatments(
      {
        ownerParty: 'lms',
        treatments: [treatment('a'), treatment('b'), treatment('b'), treatment('e', { measures: [] })],
      },
      7,
      new Set(['a']),
    );
    expect(drafts.map((d) => d.riskTreatmentId)).toEqual(['b']);
  });
});
