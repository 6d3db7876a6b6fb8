import { databaseTimeoutsFromEnvironment } from './database-timeouts';
import { createServiceDataSource } from './database';

describe('database timeouts', () => {
  it('default to generous limits', () => {
    expect(databaseTimeoutsFromEnvironment({})).toEqual({ connectTimeoutMs: 10_000, queryTimeoutMs: 60_000 });
  });

  it('read both settings', () => {
    expect(
      databaseTimeoutsFromEnvironment({
        MKIB_DATABASE_CONNECT_TIMEOUT_MS: '1000',
        MKIB_DATABASE_QUERY_TIMEOUT_MS: '2000',
      }),
    ).toEqual({ connectTimeoutMs: 1000, queryTimeoutMs: 2000 });
  });

  it.each(['0', '-5', '1.5', 'soon', '1e12'])('refuse %s with a message naming the setting', (value) => {
    expect(() => databaseTimeoutsFromEnvironment({ MKIB_DATABASE_QUERY_TIMEOUT_MS: value })).toThrow(
      /MKIB_DATABASE_QUERY_TIMEOUT_MS must be a whole number of milliseconds/,
    );
    expect(() => databaseTimeoutsFromEnvironment({ MKIB_DATABASE_CONNECT_TIMEOUT_MS: value })).toThrow(
      /MKIB_DATABASE_CONNECT_TIMEOUT_MS/,
    );
  });

  const source = (connection: Parameters<typeof createServiceDataSource>[0]['connection']) =>
    createServiceDataSource({ connection, schema: 'demo', entities: [], migrations: [] });
  const timeouts = { connectTimeoutMs: 1000, queryTimeoutMs: 2000 };

  it('reach the pg.Pool of a PostgreSQL server', () => {
    const ds = source({ url: 'postgres://x@127.0.0.1:1/x', timeouts });
    expect((ds.options as { extra?: object }).extra).toEqual({
      connectionTimeoutMillis: 1000,
      query_timeout: 2000,
    });
  });

  it('leave the embedded database (a driver of its own) alone', () => {
    const ds = source({ url: 'postgres://x@127.0.0.1:1/x', driver: {}, timeouts });
    expect((ds.options as { extra?: object }).extra).toBeUndefined();
  });
});
