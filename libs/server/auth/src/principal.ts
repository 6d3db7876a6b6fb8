/** Realm roles (Keycloak realm `meldkamer`). */
export const ROLES = [
  'viewer',
  'security-officer',
  'accountable-official',
  'lms-operator',
  'board-secretary',
  'smb-member',
  'bmb-member',
  'auditor',
  'medegebruiker',
  /** The Minister of JenV's evaluation of the regulation by audits (SK-6); the auditor stays read-only. */
  'evaluator',
] as const;
export type Role = (typeof ROLES)[number];

/** The verified caller, as read from the access token. */
export interface Principal {
  subject: string;
  username: string;
  party: string;
  roles: Role[];
  /** For a medegebruiker: the hoofdgebruiker responsible for its party. */
  responsibleParty: string | null;
  /** The `email` claim, when the account has one (the reminder digest's address). */
  email?: string | null;
}

/** The realm, audience and claim names shared by Keycloak and the development issuer. */
export const REALM = 'meldkamer';
export const API_AUDIENCE = 'mkib-api';
export const SHELL_CLIENT_ID = 'mkib-shell';
export const realmIssuer = (baseUrl: string): string => `${baseUrl.replace(/\/$/, '')}/realms/${REALM}`;
