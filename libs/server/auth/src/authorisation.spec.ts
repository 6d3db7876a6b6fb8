import { DomainError } from '@mkib/domain-shared';
import { authorise, AUTHORISATION_TABLE, partyScope } from './authorisation';
import { Principal, Role } from './principal';

const who = (party: string, ...roles: Role[]): Principal => ({
  subject: 'x',
  username: `x@${party}`,
  party,
  roles,
  responsibleParty: null,
});

describe('authorisation table', () => {
  it('only an LMS operator of the LMS classifies facilities', () => {
    expect(() => authorise(who('lms', 'lms-operator'), 'facility.classify')).not.toThrow();
    for (const p of [
      who('politie', 'security-officer'),
      who('politie', 'lms-operator'),
      who('lms', 'viewer'),
      who('jenv', 'auditor'),
    ]) {
      expect(() => authorise(p, 'facility.classify')).toThrow(DomainError);
    }
  });

  it('refuses with FORBIDDEN and says what the action is', () => {
    try {
      authorise(who('politie', 'viewer'), 'facility.classify');
      throw new Error('not refused');
    } catch (e) {
      expect((e as DomainError).code).toBe('FORBIDDEN');
      expect((e as DomainError).message).toMatch(/BIV rating and BBN/);
    }
  });

  it('shows the SMB feed to the boards, the LMS and the auditor, not to a discipline', () => {
    expect(() => authorise(who('smb', 'smb-member'), 'smb-signal.read')).not.toThrow();
    expect(() => authorise(who('jenv', 'auditor'), 'smb-signal.read')).not.toThrow();
    expect(() => authorise(who('politie', 'security-officer'), 'smb-signal.read')).toThrow(DomainError);
  });

  it('a token without roles is refused everywhere', () => {
    for (const action of Object.keys(AUTHORISATION_TABLE) as (keyof typeof AUTHORISATION_TABLE)[]) {
      expect(() => authorise(who('politie'), action)).toThrow(DomainError);
    }
  });
});

describe('party scope for row filtering', () => {
  it('reaches every party for reference data and refuses what the table refuses', () => {
    expect(partyScope(who('politie', 'viewer'), 'facility.read')).toEqual({ all: true });
    expect(() => partyScope(who('politie', 'viewer'), 'smb-signal.read')).toThrow(DomainError);
  });
});
