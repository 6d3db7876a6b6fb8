// The integration tier runs the acceptance files too: on the same shared platform, and it is about a
// real PostgreSQL server: refuse to run without one rather than pass on the embedded database.
import acceptanceGlobalSetup from './acceptance-global-setup';

export default async function globalSetup(): Promise<void> {
  if (!process.env.MKIB_TEST_DATABASE_URL) {
    throw new Error(
      'MKIB_TEST_DATABASE_URL is not set. Start PostgreSQL (tools/postgres/start.sh does) and set it to a superuser URL, ' +
        'e.g. postgres://postgres@127.0.0.1:55432/postgres',
    );
  }
  await acceptanceGlobalSetup();
}
