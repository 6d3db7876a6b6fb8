import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PolicyContent, PolicyRequirements } from '@mkib/domain-policy';

/** A published version of the information-security policy (SK-2.2); the highest is in force. */
@Entity({ name: 'policy_version' })
export class PolicyVersionEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Responsibilities, norms, rules and the re-calibration period. */
  @Column({ type: 'jsonb' })
  content!: PolicyContent;

  /** The BBN profile version and the common frameworks in force when it was adopted. */
  @Column({ type: 'jsonb' })
  requirements!: PolicyRequirements;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;

  @Column({ name: 'adopted_by', type: 'text' })
  adoptedBy!: string;

  /** The adopted change proposal; null for version 1. */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  /** The governance agenda item whose BMB decision adopted it; null for version 1. */
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;
}
