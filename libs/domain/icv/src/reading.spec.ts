import { canRead, givesIcv } from './icv';

describe('[SK-3.5] who reads an ICV', () => {
  it('shows a party its own, the boards the submitted ones, the auditor all', () => {
    const draft = { party: 'politie', state: 'CONCEPT' as const };
    const submitted = { party: 'politie', state: 'INGEDIEND' as const };
    expect(canRead({ kind: 'own', party: 'ambulance' }, submitted)).toBe(false);
    expect(canRead({ kind: 'own', party: 'politie' }, draft)).toBe(true);
    expect(canRead({ kind: 'submitted-and-own', party: 'smb' }, draft)).toBe(false);
    expect(canRead({ kind: 'submitted-and-own', party: 'smb' }, submitted)).toBe(true);
    expect(canRead({ kind: 'all' }, draft)).toBe(true);
    expect(['BEHEERDER', 'HOOFDGEBRUIKER', 'MEDEGEBRUIKER'].map(givesIcv)).toEqual([true, true, false]);
  });
});
