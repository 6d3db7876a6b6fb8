import { quoteSchema } from './platform-tables';

/**
 * The idempotency keys a service keeps (issue 14, §3): per caller (`scope`), mutation field and key, the
 * hash of the request and the result of the unit of work that ran it. The row is written in the same
 * transaction as the effect, so a key is stored exactly when its effect committed. `result` is text (not
 * jsonb) so a replay gives back the very bytes the first call stored.
 */
export const idempotencyTableUp = (schema: string): string[] => [
  `CREATE TABLE ${quoteSchema(schema)}.idempotency_key (
    scope text NOT NULL,
    operation text NOT NULL,
    idempotency_key text NOT NULL,
    request_hash char(64) NOT NULL,
    result text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (scope, operation, idempotency_key)
  )`,
  `CREATE INDEX idempotency_key_created_at ON ${quoteSchema(schema)}.idempotency_key (created_at)`,
];

export const idempotencyTableDown = (schema: string): string[] => [
  `DROP TABLE ${quoteSchema(schema)}.idempotency_key`,
];
