import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Board, MeetingState } from '@mkib/domain-governance';

/** Someone at a meeting, and for which party (if any). */
export interface AttendeeRow {
  name: string;
  party: string | null;
  present: boolean;
}

/** A meeting of the SMB or the BMB: date, attendance, minutes; its agenda in meeting_agenda_entry. */
@Entity({ name: 'meeting' })
export class MeetingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  board!: Board;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'text' })
  state!: MeetingState;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attendance!: AttendeeRow[];

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ name: 'minutes_recorded_by', type: 'text', nullable: true })
  minutesRecordedBy!: string | null;

  @Column({ name: 'minutes_recorded_at', type: 'timestamptz', nullable: true })
  minutesRecordedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An item on a meeting's agenda, in the secretary's order, with what the minutes say of it. */
@Entity({ name: 'meeting_agenda_entry' })
export class MeetingAgendaEntryEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', nullable: true })
  minute!: string | null;
}
