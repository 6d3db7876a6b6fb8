import { Column, Entity, PrimaryColumn } from 'typeorm';
import { quoteSchema } from './platform-tables';

/**
 * A head of another service's audit chain, as that service anchored it (`<context>.audit.anchored`):
 * governance keeps those of policy, risk and icv, policy keeps governance's. One row per anchor, in the
 * keeping service's own schema (table `audit_anchor`, created by its migration), in the order received.
 */
@Entity({ name: 'audit_anchor' })
export class AuditAnchorEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  service!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({
    name: 'previous_seq',
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  previousSeq!: number | null;

  @Column({ name: 'previous_hash', type: 'char', length: 64, nullable: true })
  previousHash!: string | null;

  @Column({ name: 'anchored_at', type: 'timestamptz' })
  anchoredAt!: Date;
}

/** The table of `AuditAnchorEntity`, for the keeping services' migrations. */
export const auditAnchorTableUp = (schema: string): string =>
  `CREATE TABLE ${quoteSchema(schema)}.audit_anchor (
    service text NOT NULL,
    seq bigint NOT NULL,
    hash char(64) NOT NULL,
    previous_seq bigint,
    previous_hash char(64),
    anchored_at timestamptz NOT NULL,
    event_id uuid PRIMARY KEY
  )`;
