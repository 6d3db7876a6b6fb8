import { bio2Framework } from './bio';
import {
  applicabilityByParty,
  BbnProfileLevel,
  checkBbnProfile,
  measuresForBbn,
  startingBbnProfile,
  supplementaryMeasuresApply,
} from './bbn-profile';

const ref = (identifier: string) => ({ frameworkCode: 'BIO2', identifier });
const kinds: Record<string, string> = {
  'BIO2:5': 'THEMA',
  'BIO2:5.15': 'CONTROL',
  'BIO2:5.15.01': 'MAATREGEL',
  'BIO2:8.24.01': 'MAATREGEL',
};
const kindOf = (r: { frameworkCode: string; identifier: string }) =>
  kinds[`${r.frameworkCode}:${r.identifier}`] ?? null;

describe('[SK-2.2b] BBN profiles', () => {
  const levels: BbnProfileLevel[] = [
    { bbn: 1, measures: [ref('5.15.01')] },
    { bbn: 2, measures: [ref('5.15')] },
    { bbn: 3, measures: [ref('8.24.01')] },
  ];

  it('applies the measures of every level up to the facility BBN', () => {
    expect(measuresForBbn(levels, 1)).toEqual([ref('5.15.01')]);
    expect(measuresForBbn(levels, 2)).toEqual([ref('5.15.01'), ref('5.15')]);
    expect(measuresForBbn(levels, 3)).toEqual([ref('5.15.01'), ref('5.15'), ref('8.24.01')]);
  });

  it('counts the supplementary analysis only above BBN2', () => {
    expect([1, 2, 3].map(supplementaryMeasuresApply)).toEqual([false, false, true]);
  });

  it('accepts a well-formed profile', () => {
    expect(checkBbnProfile(levels, kindOf)).toEqual([]);
  });

  it('refuses unknown requirements, themes, a measure on two levels and an unknown level', () => {
    const problems = checkBbnProfile(
      [
        { bbn: 1, measures: [ref('5.15.01'), ref('9.9.9')] },
        { bbn: 2, measures: [ref('5'), ref('5.15.01')] },
        { bbn: 4, measures: [] },
      ],
      kindOf,
    );
    expect(problems).toEqual([
      {
        field: 'input.levels[0].measures[1]',
        message: '9.9.9 is not a requirement of BIO2 in the common catalogue',
      },
      { field: 'input.levels[1].measures[0]', message: 'BIO2:5 is a theme; choose its controls or measures' },
      { field: 'input.levels[1].measures[1]', message: 'BIO2:5.15.01 is already introduced at BBN1' },
      { field: 'input.levels[2].bbn', message: 'must be one of 1, 2, 3' },
    ]);
  });

  it('starts with every BIO2 government measure at BBN1 (BIO2 has no levels of its own)', () => {
    const start = startingBbnProfile(bio2Framework());
    expect(start.map((l) => [l.bbn, l.measures.length])).toEqual([
      [1, 117],
      [2, 0],
      [3, 0],
    ]);
  });
});

describe('[SK-2.2b] [SK-4.1] applicable measures per party', () => {
  const levels: BbnProfileLevel[] = [
    { bbn: 1, measures: [ref('5.15.01')] },
    { bbn: 2, measures: [ref('8.24.01')] },
    { bbn: 3, measures: [] },
  ];
  const result = applicabilityByParty({
    facilities: [
      { code: 'GMS', bbn: 2, usedBy: ['politie', 'ambulance'] },
      { code: 'SPOEDRESPONS', bbn: 3, usedBy: ['politie', 'defensie'] },
      { code: 'OIS', bbn: 1, usedBy: ['ambulance'] },
    ],
    levels,
    supplementary: new Map([['SPOEDRESPONS', [ref('8.16')]]]),
    partyFrameworkLeaves: new Map([['ambulance', [{ frameworkCode: 'NEN7510', identifier: 'A.1' }]]]),
  });

  it('gives a hoofdgebruiker the measures of the facilities it uses, with the facilities they apply through', () => {
    expect(result.get('politie')).toEqual([
      { frameworkCode: 'BIO2', identifier: '5.15.01', facilities: ['GMS', 'SPOEDRESPONS'] },
      { frameworkCode: 'BIO2', identifier: '8.24.01', facilities: ['GMS', 'SPOEDRESPONS'] },
      { frameworkCode: 'BIO2', identifier: '8.16', facilities: ['SPOEDRESPONS'] },
    ]);
  });

  it('adds a party its own extra frameworks, and leaves them out for the others', () => {
    expect(result.get('ambulance')).toEqual([
      { frameworkCode: 'BIO2', identifier: '5.15.01', facilities: ['GMS', 'OIS'] },
      { frameworkCode: 'BIO2', identifier: '8.24.01', facilities: ['GMS'] },
      { frameworkCode: 'NEN7510', identifier: 'A.1', facilities: [] },
    ]);
    expect(result.get('defensie')!.some((m) => m.frameworkCode === 'NEN7510')).toBe(false);
  });

  it('gives the beheerder (LMS) the measures of every facility it manages', () => {
    expect(result.get('lms')!.map((m) => m.facilities)).toEqual([
      ['GMS', 'SPOEDRESPONS', 'OIS'],
      ['GMS', 'SPOEDRESPONS'],
      ['SPOEDRESPONS'],
    ]);
  });
});
