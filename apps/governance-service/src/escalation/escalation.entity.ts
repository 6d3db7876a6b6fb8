import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EscalationState, PositionStance } from '@mkib/domain-governance';

/** A decision point the parties cannot agree on, raised to the BMB (SK-3.8). */
@Entity({ name: 'escalation' })
export class EscalationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  question!: string;

  @Column({ name: 'raised_by', type: 'text' })
  raisedBy!: string;

  /** The raising party; the board secretary's own party (smb/bmb) when the secretary raised it. */
  @Column({ name: 'raised_by_party', type: 'text' })
  raisedByParty!: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt!: Date;

  /** YYYY-MM-DD */
  @Column({ name: 'positions_due', type: 'date' })
  positionsDue!: string;

  @Column({ type: 'text' })
  state!: EscalationState;

  /** The parties asked for a position, in the order asked. */
  @Column({ type: 'text', array: true })
  parties!: string[];

  @Column({ name: 'board_item_id', type: 'uuid', nullable: true })
  boardItemId!: string | null;
}

/** A party's position on an escalation: one per party, changed until the BMB decided. */
@Entity({ name: 'escalation_position' })
export class EscalationPositionEntity {
  @PrimaryColumn({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  stance!: PositionStance;

  @Column({ type: 'text' })
  reasoning!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
