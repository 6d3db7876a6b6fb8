/**
 * The parties of the regulation (SK Art. 1). A medegebruiker (co-user) falls under exactly one
 * hoofdgebruiker (main user) that answers for it; a bijzondere gebruiker (special user) falls under none
 * and reports to the beheerder (the LMS).
 */
export const PARTY_KINDS = [
  'HOOFDGEBRUIKER',
  'BEHEERDER',
  'MEDEGEBRUIKER',
  'BIJZONDERE_GEBRUIKER',
  'BESTUURSORGAAN',
  'MINISTERIE',
] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export interface PartyDefinition {
  code: string;
  name: string;
  kind: PartyKind;
  /** For a medegebruiker: the hoofdgebruiker responsible for it. */
  responsibleHoofdgebruiker?: string;
}

export const PARTIES: PartyDefinition[] = [
  { code: 'politie', name: 'Politie', kind: 'HOOFDGEBRUIKER' },
  { code: 'ambulance', name: 'Regionale Ambulancevoorzieningen (ambulancezorg)', kind: 'HOOFDGEBRUIKER' },
  { code: 'brandweer', name: 'Brandweer (veiligheidsregio’s)', kind: 'HOOFDGEBRUIKER' },
  { code: 'kmar', name: 'Koninklijke Marechaussee', kind: 'HOOFDGEBRUIKER' },
  { code: 'defensie', name: 'Ministerie van Defensie (hoofdgebruiker C2000)', kind: 'HOOFDGEBRUIKER' },
  { code: 'lms', name: 'Landelijke Meldkamer Samenwerking', kind: 'BEHEERDER' },
  { code: 'jenv', name: 'Ministerie van Justitie en Veiligheid', kind: 'MINISTERIE' },
  { code: 'smb', name: 'Strategisch Meldkamer Beraad', kind: 'BESTUURSORGAAN' },
  { code: 'bmb', name: 'Bestuurlijk Meldkamer Beraad', kind: 'BESTUURSORGAAN' },
  {
    code: 'handhaving-amsterdam',
    name: 'Gemeente Amsterdam, Handhaving (boa’s)',
    kind: 'MEDEGEBRUIKER',
    responsibleHoofdgebruiker: 'politie',
  },
  {
    code: 'rode-kruis',
    name: 'Nederlandse Rode Kruis, evenementenhulpverlening',
    kind: 'MEDEGEBRUIKER',
    responsibleHoofdgebruiker: 'ambulance',
  },
  { code: 'rijkswaterstaat', name: 'Rijkswaterstaat, verkeerscentrales', kind: 'BIJZONDERE_GEBRUIKER' },
];

/** Checks the register's own consistency: every medegebruiker names an existing hoofdgebruiker. */
export function validatePartyRegister(parties: PartyDefinition[]): string[] {
  const byCode = new Map(parties.map((p) => [p.code, p]));
  const problems: string[] = [];
  for (const p of parties) {
    if (p.kind === 'MEDEGEBRUIKER') {
      const responsible = p.responsibleHoofdgebruiker && byCode.get(p.responsibleHoofdgebruiker);
      if (!responsible) problems.push(`${p.code}: a medegebruiker needs a responsible hoofdgebruiker`);
      else if (responsible.kind !== 'HOOFDGEBRUIKER')
        problems.push(`${p.code}: ${responsible.code} is not a hoofdgebruiker`);
    } else if (p.responsibleHoofdgebruiker) {
      problems.push(`${p.code}: only a medegebruiker falls under a hoofdgebruiker`);
    }
  }
  return problems;
}

/** To whom a party reports its implementation status (SK-5.4): a medegebruiker to its hoofdgebruiker, a
 * bijzondere gebruiker to the beheerder (the LMS); others to no one. */
export const reportsTo = (p: PartyDefinition): string | null =>
  p.kind === 'MEDEGEBRUIKER'
    ? (p.responsibleHoofdgebruiker ?? null)
    : p.kind === 'BIJZONDERE_GEBRUIKER'
      ? 'lms'
      : null;
