import { DataSource, MixedList, EntitySchema, QueryRunner, MigrationExecutor } from 'typeorm';
import { Clock, SystemClock } from '@mkib/domain-shared';
import { quoteSchema } from './platform-tables';
import { countingLogger } from './sql-statements';
import type { DatabaseTimeouts } from './database-timeouts';

/**
 * How a service reaches PostgreSQL. `driver` lets the all-in-one root hand every service one shared
 * connection to the embedded database (see embedded-postgres.ts); elsewhere it is the ordinary `pg`.
 */
export interface DatabaseConnection {
  url: string;
  driver?: unknown;
  poolSize?: number;
  /** Connect and query limits for a PostgreSQL server (ignored with `driver`: the embedded database). */
  timeouts?: DatabaseTimeouts;
}

export interface ServiceDatabaseOptions {
  connection: DatabaseConnection;
  /** The service's own schema: one bounded context, one schema. */
  schema: string;
  entities: MixedList<string | Function | EntitySchema<any>>;
  migrations: MixedList<string | Function>;
}

export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  quoteSchema(options.schema);
  const { driver, timeouts } = options.connection;
  return new DataSource({
    type: 'postgres',
    url: options.connection.url,
    driver: options.connection.driver,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    logger: countingLogger,
    poolSize: options.connection.poolSize ?? 10,
    applicationName: `mkib-${options.schema}`,
    // pg.Pool options: a paused or unreachable server answers with an error (SERVICE_UNAVAILABLE), not a hang.
    ...(timeouts && !driver
      ? {
          extra: {
            connectionTimeoutMillis: timeouts.connectTimeoutMs,
            query_timeout: timeouts.queryTimeoutMs,
          },
        }
      : {}),
  });
}

/** The clock each data source's migrations seed with (see `migrationClock`). */
const migrationClocks = new WeakMap<DataSource, Clock>();

/** "Now" for a migration that seeds business data (e.g. a review date): the service's clock. */
export function migrationClock(q: QueryRunner): Clock {
  return migrationClocks.get(q.connection) ?? new SystemClock();
}

/**
 * Creates the schema if needed and applies pending migrations, each in its own transaction. Seeding
 * migrations read `clock` through `migrationClock`.
 */
export async function migrate(dataSource: DataSource, clock: Clock = new SystemClock()): Promise<string[]> {
  migrationClocks.set(dataSource, clock);
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('a service data source needs a schema');
  // raw SQL: DDL before the migrations can run; TypeORM has no call for it.
  // One connection for the whole run, without the client-side query limit: a migration may take long.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const client = (
    runner as unknown as { databaseConnection?: { connectionParameters?: { query_timeout?: unknown } } }
  ).databaseConnection?.connectionParameters;
  const queryTimeout = client?.query_timeout;
  if (client) client.query_timeout = undefined;
  try {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteSchema(schema)}`);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((m) => m.name);
  } finally {
    if (client) client.query_timeout = queryTimeout;
    await runner.release();
  }
}
