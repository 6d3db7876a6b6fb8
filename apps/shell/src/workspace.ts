/** A remote as the platform's manifest lists it: which parties work in it. */
export interface RemoteParties {
  parties: string[];
}

/** A party as the register has it: `party(code) { kind responsibleHoofdgebruiker { code } }`. */
export interface RegisteredParty {
  kind: string;
  responsibleHoofdgebruiker: { code: string } | null;
}

/** What the shell asks the register for a party no remote lists (a co-user the LMS admitted). */
export const REGISTERED_PARTY_QUERY = `query RegisteredParty($code: ID!) {
  party(code: $code) { code kind responsibleHoofdgebruiker { code } }
}`;

/**
 * The remotes a party may open. The manifest lists the fixed parties only; a co-user's workspace derives
 * from the party register (SK-5.4): a medegebruiker (or temporarily affiliated user) works in its
 * hoofdgebruiker's remote, a bijzondere gebruiker in the LMS's (web-admin).
 */
export function remotesOfParty<R extends RemoteParties>(
  remotes: R[],
  party: string,
  registered?: RegisteredParty | null,
): R[] {
  const own = remotes.filter((r) => r.parties.includes(party));
  if (own.length || !registered) return own;
  const workspace =
    registered.kind === 'MEDEGEBRUIKER'
      ? registered.responsibleHoofdgebruiker?.code
      : registered.kind === 'BIJZONDERE_GEBRUIKER'
        ? 'lms'
        : undefined;
  return workspace ? remotes.filter((r) => r.parties.includes(workspace)) : [];
}

/** True when the manifest lists the party: no need to ask the register. */
export const listedParty = (remotes: RemoteParties[], party: string) =>
  remotes.some((r) => r.parties.includes(party));
