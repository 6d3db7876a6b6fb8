import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importJWK, JWK, SignJWT } from 'jose';
import { PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
import { describeYearWalk, YEAR_WALK_ACCOUNTS } from './year-walk';

/** The whole in-control year in all-in-one mode (embedded database, in-process events). */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
let dual = '';

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of YEAR_WALK_ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  // One person with both roles (possible in a real realm): only the four-eyes rule stops them signing.
  const key: JWK = JSON.parse(readFileSync(join(platform.dataDir, 'issuer-keys.json'), 'utf8')).signing;
  dual = await new SignJWT({
    party: 'brandweer',
    realm_access: { roles: ['security-officer', 'accountable-official'] },
    preferred_username: 'dubbel@brandweer',
    typ: 'Bearer',
    azp: 'mkib-shell',
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
    .setSubject('dubbel@brandweer')
    .setIssuer(`${platform.baseUrl}/realms/meldkamer`)
    .setAudience('mkib-api')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(await importJWK(key, 'RS256'));
});
afterAll(() => platform?.stop());

describeYearWalk('the yearly in-control cycle (all-in-one)', {
  graphqlUrl: () => platform.graphqlUrl,
  token: (account) => tokens[account],
  dualRoleToken: () => dual,
});
