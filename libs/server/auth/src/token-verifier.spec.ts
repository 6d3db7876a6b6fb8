import { principalFromClaims } from './token-verifier';

describe('the principal from a verified token', () => {
  const claims = {
    sub: 'u-1',
    preferred_username: 'security-officer@politie',
    party: 'politie',
    realm_access: { roles: ['security-officer', 'offline_access'] },
  };

  it('carries the email claim when the account has a well-formed, verified one (the reminder digest)', () => {
    const address = 'security-officer.politie@mkib.invalid';
    expect(principalFromClaims({ ...claims, email: address, email_verified: true })).toEqual({
      subject: 'u-1',
      username: 'security-officer@politie',
      party: 'politie',
      roles: ['security-officer'],
      responsibleParty: null,
      email: 'security-officer.politie@mkib.invalid',
    });
    expect(principalFromClaims(claims).email).toBeNull();
    expect(
      principalFromClaims({ ...claims, email: 'not an address', email_verified: true }).email,
    ).toBeNull();
    expect(principalFromClaims({ ...claims, email: 42, email_verified: true }).email).toBeNull();
  });

  it('ignores an e-mail address the identity provider did not verify', () => {
    const address = 'security-officer.politie@mkib.invalid';
    expect(principalFromClaims({ ...claims, email: address }).email).toBeNull();
    expect(principalFromClaims({ ...claims, email: address, email_verified: false }).email).toBeNull();
    expect(principalFromClaims({ ...claims, email: address, email_verified: 'true' }).email).toBeNull();
  });
});
