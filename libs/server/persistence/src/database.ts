import { DataSource, MixedList, EntitySchema, QueryRunner } from 'typeorm';
import { Clock, SystemClock } from '@mkib/domain-shared';
import { quoteSchema } from './platform-tables';
import { countingLogger } from './sql-statements';

/**
 * How a service reaches PostgreSQL. `driver` lets the all-in-one root hand every service one shared
 * connection to the embedded database (see embedded-postgres.ts); elsewhere it is the ordinary `pg`.
 */
export interface DatabaseConnection {
  url: string;
  driver?: unknown;
  poolSize?: number;
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
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${quoteSchema(schema)}`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
