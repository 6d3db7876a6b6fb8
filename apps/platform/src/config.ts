import { join } from 'node:path';
import { Clock, clockFromEnvironment } from '@mkib/domain-shared';
import { DatabaseTimeouts, databaseTimeoutsFromEnvironment } from '@mkib/server-persistence';

/**
 * The all-in-one configuration, read once at boot. Every variable has a default, so `npm start` needs
 * none; `sensitive` ones are never logged.
 */
export interface PlatformConfig {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  demoPassword: string;
  webDir: string;
  corsOrigins: string[];
  /** An external OpenID Connect issuer (Keycloak realm URL); null runs the built-in issuer. */
  oidcIssuer: string | null;
  oidcJwksUrl: string | null;
  development: boolean;
  /** Development and tests only: serve `/__test/sql-statements/<correlation id>` (refused in production). */
  countSql: boolean;
  /** The system's time, or outside production the instant in `MKIB_NOW`, running on from there. */
  clock: Clock;
  /** How often each service anchors its audit chain's head (ms; 0: only on request). */
  auditAnchorIntervalMs: number;
  /** Requests one account may send the gateway per minute. */
  rateLimitPerMinute: number;
  /** Retry a query once on a reset subgraph connection (`MKIB_GATEWAY_RETRY=off` disables it). */
  gatewayRetry: boolean;
  /** Connect and query limits on an external PostgreSQL (`MKIB_DATABASE_CONNECT_TIMEOUT_MS`, `..._QUERY_...`). */
  databaseTimeouts: DatabaseTimeouts;
  /** How long SIGTERM lets in-flight requests finish (default `MKIB_SHUTDOWN_TIMEOUT_MS` or 20 s). */
  shutdownTimeoutMs?: number;
}

export const PLATFORM_VARIABLES = {
  MKIB_PORT: {
    description: 'Port of the single origin (shell, /graphql, /realms/meldkamer).',
    default: '8080',
    sensitive: false,
  },
  MKIB_HOST: { description: 'Interface to listen on.', default: '127.0.0.1', sensitive: false },
  MKIB_PUBLIC_URL: {
    description: 'Origin as browsers see it; the issuer URL derives from it.',
    default: 'http://localhost:<port>',
    sensitive: false,
  },
  MKIB_DATA_DIR: {
    description: 'Embedded database and issuer keys, kept across restarts.',
    default: '.data',
    sensitive: false,
  },
  MKIB_DATABASE_URL: {
    description: 'Use this PostgreSQL server instead of the embedded database.',
    default: '(embedded)',
    sensitive: true,
  },
  MKIB_DATABASE_CONNECT_TIMEOUT_MS: {
    description:
      'With MKIB_DATABASE_URL: how long (ms) a request waits for a database connection before it answers SERVICE_UNAVAILABLE.',
    default: '10000',
    sensitive: false,
  },
  MKIB_DATABASE_QUERY_TIMEOUT_MS: {
    description:
      'With MKIB_DATABASE_URL: how long (ms) a query waits for an answer before it answers SERVICE_UNAVAILABLE (not for migrations).',
    default: '60000',
    sensitive: false,
  },
  MKIB_DEMO_PASSWORD: {
    description: 'Password of every demo account of the built-in issuer.',
    default: 'demo',
    sensitive: true,
  },
  MKIB_CORS_ORIGINS: {
    description: 'Comma-separated extra browser origins allowed to call /graphql.',
    default: '(none)',
    sensitive: false,
  },
  MKIB_OIDC_ISSUER: {
    description: 'Trust this issuer (e.g. https://keycloak/realms/meldkamer) instead of the built-in one.',
    default: '(built-in)',
    sensitive: false,
  },
  MKIB_OIDC_JWKS_URL: {
    description: 'Where that issuer publishes its keys, if not at the Keycloak path.',
    default: '<issuer>/protocol/openid-connect/certs',
    sensitive: false,
  },
  MKIB_WEB_DIR: {
    description: 'Where the built shell and remotes are.',
    default: 'dist/apps',
    sensitive: false,
  },
  MKIB_COUNT_SQL: {
    description:
      'Tests only: `1` serves the number of SQL statements a request caused at /__test/sql-statements/<correlation id>. Refused in production.',
    default: '(off)',
    sensitive: false,
  },
  MKIB_NOW: {
    description:
      'Development and tests only: start the clock at this instant (ISO date or timestamp); it runs on from there. Refused in production.',
    default: '(the system time)',
    sensitive: false,
  },
  MKIB_AUDIT_ANCHOR_INTERVAL_MS: {
    description:
      "How often (ms) each service anchors its audit chain's head with another service; 0: only on request.",
    default: '300000',
    sensitive: false,
  },
  MKIB_RATE_LIMIT_PER_MINUTE: {
    description: 'Requests one account may send the gateway per minute (the soak raises it).',
    default: '600',
    sensitive: false,
  },
  MKIB_IDEMPOTENCY_WINDOW_HOURS: {
    description:
      "How long (hours) a mutation's Idempotency-Key gives its first result again; every service reads it.",
    default: '24',
    sensitive: false,
  },
  MKIB_SMTP_URL: {
    description:
      'The SMTP server of the daily reminder digest (smtp://user:password@host:587, smtps://…); unset, mails stay in the local outbox table (governance reads it).',
    default: '(none: local outbox)',
    sensitive: true,
  },
  MKIB_MAIL_FROM: {
    description: 'Sender of the reminder digest (governance reads it).',
    default: 'MKIB <noreply@mkib.invalid>',
    sensitive: false,
  },
  MKIB_GATEWAY_RETRY: {
    description:
      'The gateway retries a query once when a subgraph connection is reset: a second line of defence; `off` disables it (the soak runs with it off).',
    default: 'on',
    sensitive: false,
  },
} as const;

export function readPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const port = Number(env.MKIB_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`MKIB_PORT must be a port number (1-65535), got "${env.MKIB_PORT}"`);
  }
  const publicUrl = (env.MKIB_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/[^/]+$/.test(publicUrl)) {
    throw new Error(`MKIB_PUBLIC_URL must be an origin such as http://localhost:8080, got "${publicUrl}"`);
  }
  const root = join(__dirname, '..', '..', '..');
  const countSql = env.MKIB_COUNT_SQL === '1';
  if (countSql && env.NODE_ENV === 'production') {
    throw new Error('MKIB_COUNT_SQL is for development and tests only: unset it in production');
  }
  return {
    port,
    host: env.MKIB_HOST ?? '127.0.0.1',
    publicUrl,
    dataDir: env.MKIB_DATA_DIR ?? join(root, '.data'),
    databaseUrl: env.MKIB_DATABASE_URL || null,
    demoPassword: env.MKIB_DEMO_PASSWORD ?? 'demo',
    webDir: env.MKIB_WEB_DIR ?? join(root, 'dist', 'apps'),
    corsOrigins: (env.MKIB_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    oidcIssuer: env.MKIB_OIDC_ISSUER ? env.MKIB_OIDC_ISSUER.replace(/\/$/, '') : null,
    oidcJwksUrl: env.MKIB_OIDC_JWKS_URL || null,
    // Introspection and field suggestions only outside production.
    development: env.NODE_ENV !== 'production',
    countSql,
    clock: clockFromEnvironment(env),
    auditAnchorIntervalMs: anchorInterval(env.MKIB_AUDIT_ANCHOR_INTERVAL_MS),
    rateLimitPerMinute: positiveInteger('MKIB_RATE_LIMIT_PER_MINUTE', env.MKIB_RATE_LIMIT_PER_MINUTE, 600),
    gatewayRetry: env.MKIB_GATEWAY_RETRY !== 'off',
    databaseTimeouts: databaseTimeoutsFromEnvironment(env),
  };
}

/** `MKIB_AUDIT_ANCHOR_INTERVAL_MS`: whole milliseconds, 0 or more (five minutes when unset). */
export function anchorInterval(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 300_000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error(`MKIB_AUDIT_ANCHOR_INTERVAL_MS must be whole milliseconds (0 or more), got "${value}"`);
  return ms;
}

/** A whole number above zero, or the default when unset. */
export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number above 0, got "${value}"`);
  return n;
}
