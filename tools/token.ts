/**
 * Prints an access token for a demo account:
 *   npm run token -- lms-operator@lms
 * From the development issuer of a running all-in-one (its own code + PKCE flow; MKIB_URL, default
 * http://localhost:8080), or from Keycloak when MKIB_OIDC_ISSUER (or --issuer <url>) names a Keycloak
 * realm, as in the distributed mode: the password grant of the development realm's `mkib-test` client,
 * else the browser's code + PKCE flow on Keycloak's login form (MKIB_PUBLIC_URL, default
 * http://localhost:8080, must be the URL the realm was imported with). MKIB_DEMO_PASSWORD (default demo).
 */
import { keycloakToken, signIn } from '@mkib/testing';

function parse(argv: string[]): { username?: string; issuer?: string } {
  const i = argv.indexOf('--issuer');
  const issuer = i >= 0 ? argv[i + 1] : process.env.MKIB_OIDC_ISSUER || undefined;
  const rest = i >= 0 ? [...argv.slice(0, i), ...argv.slice(i + 2)] : argv;
  return { username: rest[0], issuer };
}

async function main() {
  const { username, issuer } = parse(process.argv.slice(2));
  if (!username) {
    console.error(
      'usage: npm run token -- <role>@<party> [--issuer <keycloak realm URL>]   (for example lms-operator@lms)',
    );
    process.exit(2);
  }
  const password = process.env.MKIB_DEMO_PASSWORD ?? 'demo';
  const port = process.env.MKIB_PORT ?? 8080;
  const accessToken = issuer
    ? await keycloakToken({
        issuer,
        username,
        password,
        publicUrl: process.env.MKIB_PUBLIC_URL ?? `http://localhost:${port}`,
      }).catch((err) => {
        throw new Error(
          `${err instanceof Error ? err.message : err}. Is Keycloak running at ${issuer} (npm run start:distributed)?`,
        );
      })
    : (
        await signIn({
          baseUrl: process.env.MKIB_URL ?? `http://localhost:${port}`,
          username,
          password,
        }).catch((err) => {
          throw new Error(
            `${err instanceof Error ? err.message : err}. Is MKIB running (npm start)? ` +
              'For Keycloak (distributed mode) set MKIB_OIDC_ISSUER to its realm URL',
          );
        })
      ).accessToken;
  process.stdout.write(`${accessToken}\n`);
}

main().catch((err) => {
  console.error(`Could not get a token: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
