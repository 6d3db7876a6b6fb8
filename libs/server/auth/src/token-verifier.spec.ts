import { principalFromClaims } from './token-verifier';

describe('the principal from a verified token', () => {
  const claims = {
    sub: 'u-1',
    preferred_username: 'security-officer@politie',
    party: 'politie',
    realm_access: { roles: ['security-officer', 'offline_access'] },
  };

  it('carries the email claim when the account has a well-formed one (the reminder digest)', () => {
    expect(principalFromClaims({ ...claims, email: 'security-officer.politie@mkib.invalid' })).toEqual({
      subject: 'u-1',
      username: 'security-officer@politie',
      party: 'politie',
      roles: ['security-officer'],
      responsibleParty: null,
      email: 'security-officer.politie@mkib.invalid',
    });
    expect(principalFromClaims(claims).email).toBeNull();
    expect(principalFromClaims({ ...claims, email: 'not an address' }).email).toBeNull();
    expect(principalFromClaims({ ...claims, email: 42 }).email).toBeNull();
  });
});
