import { exampleRiskAnalysisView } from './export-example';
import { responsesFor } from './risk-analysis-types';

describe('who reads the consultation responses (SK-T3)', () => {
  const v = exampleRiskAnalysisView(new Date());

  it('shows every response to the owner and to a caller that sees every party', () => {
    expect(responsesFor(v, { all: true, party: null })).toBe(v);
    expect(responsesFor(v, { all: false, party: 'lms' })).toBe(v);
  });

  it('shows a consulted party its own response only, naming the others as withheld', () => {
    const seen = responsesFor(v, { all: false, party: 'politie' });
    expect(seen.consultation!.responses.map((r) => r.party)).toEqual(['politie']);
    expect(seen.consultation!.withheld).toEqual(['ambulance']);
    expect(JSON.stringify(seen)).not.toContain(
      v.consultation!.responses.find((r) => r.party === 'ambulance')!.reasoning,
    );
    expect(seen.consultation!.parties).toEqual(v.consultation!.parties);
  });
});
