import { MELDKAMERS } from './meldkamers';
import { PARTIES, validatePartyRegister } from './parties';

describe('party register', () => {
  it('is consistent: every medegebruiker falls under a hoofdgebruiker', () => {
    expect(validatePartyRegister(PARTIES)).toEqual([]);
  });

  it('finds a medegebruiker without, or under a non-hoofdgebruiker', () => {
    expect(
      validatePartyRegister([
        { code: 'lms', name: 'LMS', kind: 'BEHEERDER' },
        { code: 'a', name: 'A', kind: 'MEDEGEBRUIKER' },
        { code: 'b', name: 'B', kind: 'MEDEGEBRUIKER', responsibleHoofdgebruiker: 'lms' },
        { code: 'c', name: 'C', kind: 'BIJZONDERE_GEBRUIKER', responsibleHoofdgebruiker: 'lms' },
      ]),
    ).toEqual([
      'a: a medegebruiker needs a responsible hoofdgebruiker',
      'b: lms is not a hoofdgebruiker',
      'c: only a medegebruiker falls under a hoofdgebruiker',
    ]);
  });

  it('holds the two example medegebruikers under different hoofdgebruikers', () => {
    const co = PARTIES.filter((p) => p.kind === 'MEDEGEBRUIKER');
    expect(new Set(co.map((p) => p.responsibleHoofdgebruiker)).size).toBe(2);
  });

  it('lists the ten meldkamers of the Besluit aanwijzing meldkamers', () => {
    expect(MELDKAMERS).toHaveLength(10);
    expect(MELDKAMERS.map((m) => m.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(MELDKAMERS.find((m) => m.code === 'j')?.location).toBe('Maastricht');
  });
});
