import {
  createTestDatabase,
  DistributedPlatform,
  keycloakPasswordGrant,
  startDistributed,
  TestDatabase,
} from '@mkib/testing';
import { describeYearWalk, YEAR_WALK_ACCOUNTS } from './year-walk';

/**
 * The whole in-control year again, now distributed: every service its own process, events over the real
 * Kafka broker, tokens from the real Keycloak, PostgreSQL from MKIB_TEST_DATABASE_URL.
 */
let db: TestDatabase;
let platform: DistributedPlatform;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startDistributed({
    databaseUrl: db.url,
    brokers: process.env.MKIB_KAFKA_BROKERS!,
    issuer: process.env.MKIB_KEYCLOAK_ISSUER!,
  });
  for (const account of YEAR_WALK_ACCOUNTS)
    tokens[account] = await keycloakPasswordGrant(process.env.MKIB_KEYCLOAK_ISSUER!, account);
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describeYearWalk('the yearly in-control cycle (distributed, over Kafka)', {
  graphqlUrl: () => platform.graphqlUrl,
  token: (account) => tokens[account],
});
