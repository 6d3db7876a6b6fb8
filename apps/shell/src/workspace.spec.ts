import { listedParty, remotesOfParty } from './workspace';

const remotes = [
  { name: 'web-admin', parties: ['lms'] },
  { name: 'web-politie', parties: ['politie'] },
  { name: 'web-kmar', parties: ['kmar'] },
  { name: 'web-boards', parties: ['smb', 'bmb', 'jenv'] },
];
const names = (rs: { name: string }[]) => rs.map((r) => r.name);

describe("[SK-5.4] a co-user's workspace derives from the register", () => {
  it('a fixed party opens the remotes that list it', () => {
    expect(names(remotesOfParty(remotes, 'politie'))).toEqual(['web-politie']);
    expect(listedParty(remotes, 'politie')).toBe(true);
    expect(listedParty(remotes, 'kustwacht')).toBe(false);
  });

  it("a medegebruiker opens its hoofdgebruiker's remote", () => {
    expect(
      names(
        remotesOfParty(remotes, 'kustwacht', {
          kind: 'MEDEGEBRUIKER',
          responsibleHoofdgebruiker: { code: 'kmar' },
        }),
      ),
    ).toEqual(['web-kmar']);
  });

  it("a bijzondere gebruiker opens the LMS's", () => {
    expect(
      names(
        remotesOfParty(remotes, 'nza', { kind: 'BIJZONDERE_GEBRUIKER', responsibleHoofdgebruiker: null }),
      ),
    ).toEqual(['web-admin']);
  });

  it('a party the register does not know (yet) opens nothing', () => {
    expect(remotesOfParty(remotes, 'kustwacht')).toEqual([]);
    expect(remotesOfParty(remotes, 'x', { kind: 'HOOFDGEBRUIKER', responsibleHoofdgebruiker: null })).toEqual(
      [],
    );
  });
});
