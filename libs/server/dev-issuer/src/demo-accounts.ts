import type { Role } from '@mkib/server-auth';

/**
 * Demo accounts of the all-in-one mode: one per party and role, named `<role>@<party>`. They exist only
 * in the development issuer (and, later, Keycloak's development import), never in a production realm.
 */
export interface DemoAccount {
  username: string;
  name: string;
  party: string;
  roles: Role[];
  responsibleParty?: string;
  /** Derived from the username, which is unique; Keycloak's demo users carry the same (tools/keycloak). */
  email: string;
}

/** The e-mail address of a demo account: `<role>.<party>@mkib.invalid` (never deliverable outside tests). */
export const demoEmail = (username: string) => `${username.replace('@', '.')}@mkib.invalid`;

const ROLES_BY_PARTY: Record<string, Role[]> = {
  politie: ['viewer', 'security-officer', 'accountable-official'],
  ambulance: ['viewer', 'security-officer', 'accountable-official'],
  brandweer: ['viewer', 'security-officer', 'accountable-official'],
  kmar: ['viewer', 'security-officer', 'accountable-official'],
  defensie: ['viewer', 'security-officer', 'accountable-official'],
  lms: ['viewer', 'lms-operator', 'security-officer', 'accountable-official'],
  smb: ['smb-member', 'board-secretary'],
  bmb: ['bmb-member', 'board-secretary'],
  jenv: ['auditor', 'evaluator'],
};

export const DEMO_ACCOUNTS: DemoAccount[] = Object.entries(ROLES_BY_PARTY).flatMap(([party, roles]) =>
  roles.map((role) => ({
    username: `${role}@${party}`,
    name: `Demo ${role} (${party})`,
    party,
    roles: [role],
    email: demoEmail(`${role}@${party}`),
  })),
);

/**
 * One account holding two roles of one party, so four-eyes rules can be shown: it may propose a risk
 * acceptance as security officer and decide as accountable official, but never on its own proposal.
 */
DEMO_ACCOUNTS.push({
  username: 'officer-official@politie',
  name: 'Demo security-officer + accountable-official (politie)',
  party: 'politie',
  roles: ['security-officer', 'accountable-official'],
  email: demoEmail('officer-official@politie'),
});

export const findDemoAccount = (username: string): DemoAccount | undefined =>
  DEMO_ACCOUNTS.find((a) => a.username === username.trim().toLowerCase());

/** A co-user as the party register has it (SK-5.4): the LMS admits and ends them. */
export interface RegisteredCoUser {
  code: string;
  name: string;
  /** The hoofdgebruiker of a medegebruiker (or temporarily affiliated user); null for a bijzondere gebruiker. */
  responsibleParty: string | null;
}

/** The demo account `medegebruiker@<code>` of a registered co-user. */
export const coUserAccount = (c: RegisteredCoUser): DemoAccount => ({
  username: `medegebruiker@${c.code}`,
  name: `Demo medegebruiker (${c.name})`,
  party: c.code,
  roles: ['medegebruiker'],
  email: demoEmail(`medegebruiker@${c.code}`),
  ...(c.responsibleParty ? { responsibleParty: c.responsibleParty } : {}),
});

/**
 * The accounts of the moment: the fixed parties' demo accounts and, when the register is known, one
 * `medegebruiker@<code>` per co-user admitted and not ended (a co-user the LMS ended no longer signs in).
 * No co-user is hard-coded here: they come from the party register (the platform reads governance's;
 * tools/keycloak the seeded one).
 */
export function currentAccounts(registered: RegisteredCoUser[] | null): DemoAccount[] {
  return [...DEMO_ACCOUNTS, ...(registered ?? []).map(coUserAccount)];
}
