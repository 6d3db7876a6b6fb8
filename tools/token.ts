/**
 * Prints an access token for a demo account, obtained through the issuer's own code + PKCE flow:
 *   npm run token -- lms-operator@lms
 * MKIB_URL (default http://localhost:8080) and MKIB_DEMO_PASSWORD (default demo) can be set.
 */
import { signIn } from '@mkib/testing';

async function main() {
  const username = process.argv[2];
  if (!username) {
    console.error('usage: npm run token -- <role>@<party>   (for example lms-operator@lms)');
    process.exit(2);
  }
  const { accessToken } = await signIn({
    baseUrl: process.env.MKIB_URL ?? `http://localhost:${process.env.MKIB_PORT ?? 8080}`,
    username,
    password: process.env.MKIB_DEMO_PASSWORD ?? 'demo',
  });
  process.stdout.write(`${accessToken}\n`);
}

main().catch((err) => {
  console.error(
    `Could not get a token: ${err instanceof Error ? err.message : err}. Is MKIB running (npm start)?`,
  );
  process.exit(1);
});
