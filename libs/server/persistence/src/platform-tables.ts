/**
 * The tables every service schema has besides its own: the audit log, the outbox and the inbox. Each
 * service's first migration calls these, so all services share one definition.
 */
const ident = (schema: string): string => {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
  return `"${schema}"`;
};

export function platformTablesUp(schema: string): string[] {
  const s = ident(schema);
  return [
    `CREATE TABLE ${s}.audit_log (
      seq bigint PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      actor text NOT NULL,
      party text,
      action text NOT NULL,
      subject text NOT NULL,
      correlation_id text NOT NULL,
      details jsonb NOT NULL,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL UNIQUE
    )`,
    // Append-only: the application can only insert. The hash chain still catches whoever bypasses this.
    `CREATE FUNCTION ${s}.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`,
    `CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON ${s}.audit_log
      FOR EACH ROW EXECUTE FUNCTION ${s}.audit_log_append_only()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${s}.audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.audit_log_append_only()`,
    `CREATE TABLE ${s}.outbox (
      seq bigserial PRIMARY KEY,
      event_id uuid NOT NULL UNIQUE,
      topic text NOT NULL,
      message_key text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`,
    `CREATE INDEX outbox_unpublished ON ${s}.outbox (seq) WHERE published_at IS NULL`,
    `CREATE TABLE ${s}.inbox (
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`,
  ];
}

export function platformTablesDown(schema: string): string[] {
  const s = ident(schema);
  return [
    `DROP TABLE ${s}.inbox`,
    `DROP TABLE ${s}.outbox`,
    `DROP TABLE ${s}.audit_log`,
    `DROP FUNCTION ${s}.audit_log_append_only()`,
  ];
}

export { ident as quoteSchema };
