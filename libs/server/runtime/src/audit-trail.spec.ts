import type { Principal, Role } from '@mkib/server-auth';
import { auditTrailCriteria, auditTrailVisibility, COMMON_AUDIT_ACTIONS } from './audit-trail';

const principal = (role: Role, party: string): Principal => ({
  subject: `${role}@${party}`,
  username: `${role}@${party}`,
  party,
  roles: [role],
  responsibleParty: null,
});
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('[SK-T3] audit trail visibility', () => {
  it('gives the auditor every row, a board the governance trail, the LMS the common objects, a party its own', () => {
    expect(auditTrailVisibility(principal('auditor', 'jenv'), 'icv')).toEqual({ all: true });
    expect(auditTrailVisibility(principal('smb-member', 'smb'), 'governance')).toEqual({ all: true });
    expect(auditTrailVisibility(principal('smb-member', 'smb'), 'policy')).toEqual({
      all: false,
      party: 'smb',
      actionPrefixes: COMMON_AUDIT_ACTIONS.policy,
    });
    expect(auditTrailVisibility(principal('lms-operator', 'lms'), 'governance')).toEqual({
      all: false,
      party: 'lms',
      actionPrefixes: ['cycle.', 'smb-signal.'],
    });
    // An lms-operator role at another party is no beheerder: its own rows only.
    expect(auditTrailVisibility(principal('lms-operator', 'politie'), 'risk')).toEqual({
      all: false,
      party: 'politie',
      actionPrefixes: [],
    });
    expect(auditTrailVisibility(principal('viewer', 'ambulance'), 'risk')).toEqual({
      all: false,
      party: 'ambulance',
      actionPrefixes: [],
    });
  });
});

describe('audit trail filter', () => {
  it('defaults to the first 50 and reads dates as whole days, timestamps as instants', () => {
    expect(auditTrailCriteria(null)).toEqual(
      expect.objectContaining({ offset: 0, limit: 50, from: null, to: null, actor: null }),
    );
    const c = auditTrailCriteria({ from: day(-1), to: day(-1), actor: ' lms-operator@lms ' });
    expect(c.from!.toISOString()).toBe(`${day(-1)}T00:00:00.000Z`);
    expect(c.to!.toISOString()).toBe(`${day(-1)}T23:59:59.999Z`);
    expect(c.actor).toBe('lms-operator@lms');
    const now = new Date().toISOString();
    expect(auditTrailCriteria({ from: now }).from!.toISOString()).toBe(now);
  });

  it('refuses what it cannot read, with a problem per field', () => {
    expect(() =>
      auditTrailCriteria({ limit: 500, offset: -3, from: 'morgen', to: `${day(0)}T25:00Z` }),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        problems: [
          expect.objectContaining({ field: 'filter.limit' }),
          expect.objectContaining({ field: 'filter.offset' }),
          expect.objectContaining({ field: 'filter.from' }),
          expect.objectContaining({ field: 'filter.to' }),
        ],
      }),
    );
    expect(() => auditTrailCriteria({ from: day(0), to: day(-1) })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'filter.to' })] }),
    );
  });
});
