import { riskAnalysisTriggerLabel, supplementaryProposal } from './risk-analysis-proposal';

const ref = (identifier: string, frameworkCode = 'BIO2') => ({ frameworkCode, identifier });
const KINDS: Record<string, string> = {
  'BIO2:8.24.01': 'MAATREGEL',
  'BIO2:5.15.01': 'MAATREGEL',
  'BIO2:5': 'THEMA',
};
const kindOf = (r: { frameworkCode: string; identifier: string }) =>
  KINDS[`${r.frameworkCode}:${r.identifier}`] ?? null;

describe('[SK-4.3] the change proposal of a final supplementary risk analysis', () => {
  it('proposes the measures per facility, titled and reasoned from the analysis', () => {
    const p = supplementaryProposal(
      {
        number: 'RA-1-004',
        title: 'GMS naar BBN3',
        facilityCodes: ['GMS'],
        supplementaryMeasures: [
          { facilityCode: 'GMS', measures: [ref('8.24.01'), ref('5.15.01'), ref('8.24.01')] },
        ],
      },
      kindOf,
    );
    expect(p).toEqual({
      title: 'Aanvullende maatregelen GMS (RA-1-004)',
      rationale:
        'De aanvullende risicoanalyse RA-1-004 (GMS naar BBN3) voor GMS is definitief. De maatregelen van de ' +
        'mitigerende behandelingen worden voorgesteld als aanvullende maatregelen van de voorziening.',
      supplementaryMeasures: [
        {
          facilityCode: 'GMS',
          measures: [ref('8.24.01'), ref('5.15.01')],
          rationale: 'Aanvullende risicoanalyse RA-1-004: GMS naar BBN3',
        },
      ],
      leftOut: [],
    });
  });

  it('leaves out what the catalogue does not know as a measure, and says so in the rationale', () => {
    const p = supplementaryProposal(
      {
        number: 'RA-1-005',
        title: 'OIS',
        facilityCodes: ['OIS'],
        supplementaryMeasures: [
          { facilityCode: 'OIS', measures: [ref('99.1'), ref('5'), ref('8.24.01')] },
          { facilityCode: 'NOPE', measures: [ref('8.24.01')] },
        ],
      },
      kindOf,
    );
    expect(p.supplementaryMeasures).toEqual([
      expect.objectContaining({ facilityCode: 'OIS', measures: [ref('8.24.01')] }),
    ]);
    expect(p.leftOut).toEqual(['BIO2:99.1', 'BIO2:5', 'BIO2:8.24.01 (NOPE)']);
    expect(p.rationale).toMatch(
      /Niet opgenomen, want niet bekend als maatregel in de catalogus: BIO2:99\.1, BIO2:5, BIO2:8\.24\.01 \(NOPE\)\.$/,
    );
    const none = supplementaryProposal(
      {
        number: 'RA-1-006',
        title: 'X',
        facilityCodes: ['OIS'],
        supplementaryMeasures: [{ facilityCode: 'OIS', measures: [ref('99.1')] }],
      },
      kindOf,
    );
    expect(none.supplementaryMeasures).toEqual([]);
  });

  it('labels a linked risk analysis by number and title', () => {
    expect(riskAnalysisTriggerLabel({ number: 'RA-1-001', title: 'GMS' })).toBe(
      'Risicoanalyse RA-1-001: GMS',
    );
  });
});
