import { principalFromClaims } from '@mkib/server-auth';
import {
  PlatformProcess,
  errorCodes,
  graphql,
  isoDay,
  keycloakPasswordGrant,
  launchChromium,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';
// The development realm's users are made by the Keycloak tool, a script rather than a library.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEVELOPMENT_ACCOUNTS } from '../../../tools/keycloak/keycloak';

/**
 * Against the real Keycloak (started by the infra project's global setup): its tokens carry what the
 * development issuer's carry, and the platform gives the same answers with either.
 */
const kcIssuer = () => process.env.MKIB_KEYCLOAK_ISSUER!;
let withKeycloak: PlatformProcess;
let withDevIssuer: PlatformProcess;

const keycloakToken = (username: string) => keycloakPasswordGrant(kcIssuer(), username);
const devToken = async (username: string) =>
  (await signIn({ baseUrl: withDevIssuer.baseUrl, username, password: 'demo' })).accessToken;
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

beforeAll(async () => {
  const port = process.env.MKIB_INFRA_PLATFORM_PORT!;
  [withKeycloak, withDevIssuer] = await Promise.all([
    startPlatformProcess({
      MKIB_OIDC_ISSUER: kcIssuer(),
      MKIB_PORT: port,
      MKIB_PUBLIC_URL: `http://127.0.0.1:${port}`,
    }),
    startPlatformProcess(),
  ]);
});

afterAll(async () => {
  await withKeycloak?.stop();
  await withDevIssuer?.stop();
});

describe('[SK-T3] identity per party on a real Keycloak', () => {
  it('gives every demo account the same party, roles and co-user link as the development issuer (claims contract)', async () => {
    for (const account of DEVELOPMENT_ACCOUNTS) {
      const kc = claimsOf(await keycloakToken(account.username));
      const dev = claimsOf(await devToken(account.username));
      const { subject: _a, ...fromKeycloak } = principalFromClaims(kc);
      const { subject: _b, ...fromDev } = principalFromClaims(dev);
      expect({ account: account.username, ...fromKeycloak }).toEqual({
        account: account.username,
        ...fromDev,
      });
      for (const claims of [kc, dev]) {
        expect([claims.aud].flat()).toContain('mkib-api');
        expect(claims.typ).toBe('Bearer');
        expect(claims.iss).toMatch(/\/realms\/meldkamer$/);
      }
    }
  });

  it('the gateway and services give the same answers with Keycloak tokens as with development tokens', async () => {
    const probes: [string, string, Record<string, unknown>?][] = [
      ['viewer@ambulance', '{ facilities { code bbn usedBy { code kind } } }'],
      ['security-officer@politie', '{ parties { code kind responsibleHoofdgebruiker { code } } }'],
      ['security-officer@politie', '{ smbSignals { total } }'],
      ['smb-member@smb', '{ smbSignals { total } }'],
      ['auditor@jenv', '{ riskAuditLog { intact } }'],
      [
        'security-officer@politie',
        'mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }',
        {
          i: {
            facilityCode: 'GMS',
            biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
            bbn: 3,
            rationale: 'x',
            reviewDue: isoDay(365),
          },
        },
      ],
    ];
    for (const [account, query, variables] of probes) {
      const kc = await graphql(withKeycloak.graphqlUrl, query, variables, await keycloakToken(account));
      const dev = await graphql(withDevIssuer.graphqlUrl, query, variables, await devToken(account));
      expect({ account, query, data: kc.data ?? null, codes: errorCodes(kc) }).toEqual({
        account,
        query,
        data: dev.data ?? null,
        codes: errorCodes(dev),
      });
    }
  });

  it('refuses a development-issuer token at the Keycloak-configured platform, and the other way round', async () => {
    const dev = await graphql(
      withKeycloak.graphqlUrl,
      '{ facilities { code } }',
      {},
      await devToken('viewer@politie'),
    );
    expect(errorCodes(dev)).toEqual(['UNAUTHENTICATED']);
    const kc = await graphql(
      withDevIssuer.graphqlUrl,
      '{ facilities { code } }',
      {},
      await keycloakToken('viewer@politie'),
    );
    expect(errorCodes(kc)).toEqual(['UNAUTHENTICATED']);
  });

  it('an LMS operator signs in through the real Keycloak login page in the shell and classifies a facility', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const log: string[] = [];
      page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => log.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
      await page.goto(withKeycloak.baseUrl);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page
        .waitForURL((url) => url.href.startsWith(kcIssuer()), { timeout: 15_000 })
        .catch((err) => {
          throw new Error(`${err.message}\nbrowser log:\n${log.join('\n')}`);
        });
      await page.fill('#username', 'lms-operator@lms');
      await page.fill('#password', 'demo');
      await page.click('#kc-login');
      await page.getByText('Aangemeld als lms-operator@lms (lms)').waitFor();
      await page
        .getByRole('button', { name: 'Classificeren: Voorziening Huisvesting en facilitaire services' })
        .click();
      await page.selectOption('select[name=bbn]', '2');
      await page.fill('textarea[name=rationale]', 'Herijking na aanmelding via Keycloak');
      await page.fill('input[name=reviewDue]', isoDay(300));
      await page.getByRole('button', { name: 'Classificatie opslaan', exact: true }).click();
      await page
        .locator('tr[data-facility="HUISVESTING"] [data-column="bbn"]', { hasText: 'BBN2' })
        .waitFor();
    } finally {
      await browser.close();
    }
  });
});
