import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InstructionState } from '@mkib/domain-governance';

/** An improvement instruction (aanwijzing) of the BMB to a party (SK-3.6). */
@Entity({ name: 'instruction' })
export class InstructionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The agenda item whose decision issued it (a foreign key to agenda_item); null for a standalone one. */
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  /** A standalone aanwijzing (issueInstruction): why it was given. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** A standalone aanwijzing: the board item whose SMB advice it follows, if any. */
  @Column({ name: 'follows_item_id', type: 'uuid', nullable: true })
  followsItemId!: string | null;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  state!: InstructionState;

  @Column({ name: 'issued_by', type: 'text' })
  issuedBy!: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'done_report', type: 'text', nullable: true })
  doneReport!: string | null;

  @Column({ name: 'reported_by', type: 'text', nullable: true })
  reportedBy!: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
