import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { Decision } from '@mkib/domain-governance';

/**
 * An exception as icv.submitted carries it: version 2 names the measures (`measures`, `explanation`,
 * `plannedDate`); items from version 1 events hold the free text (`subject`, `description`,
 * `improvement`, `dueDate`). `toAgendaException` reads both.
 */
export interface AgendaException {
  measures?: { frameworkCode: string; identifier: string }[];
  explanation?: string;
  plannedDate?: string;
  legacy?: { subject: string; description: string; improvement: string } | null;
  subject?: string;
  description?: string;
  improvement?: string;
  dueDate?: string;
}

/** What the assessment proposed when the ICV was submitted, with its figures. */
export interface AgendaProposal {
  statement: string;
  applicable: number;
  implemented: number;
  partly: number;
  notImplemented: number;
  notApplicable: number;
  unassessed: number;
  percentImplemented: number;
}

export interface AgendaCompliance {
  percentImplemented: number;
  byFacility: { facilityCode: string; percentImplemented: number }[];
}

/** One submitted ICV version on the boards' agenda, with the SMB's advice and the BMB's decision. */
@Entity({ name: 'agenda_item' })
@Index('agenda_item_year', ['year', 'party'])
@Unique(['icvId', 'version'])
export class AgendaItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'icv_id', type: 'uuid' })
  icvId!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  statement!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ name: 'exception_count', type: 'integer' })
  exceptionCount!: number;

  @Column({ name: 'signed_by', type: 'text' })
  signedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** A later corrected version replaced this one. */
  @Column({ type: 'boolean', default: false })
  superseded!: boolean;

  @Column({ type: 'text', nullable: true })
  advice!: string | null;

  /** Unused since the first release (the advice is one text); kept because the table has it. */
  @Column({ name: 'advice_text', type: 'text', nullable: true })
  adviceText!: string | null;

  @Column({ name: 'advised_by', type: 'text', nullable: true })
  advisedBy!: string | null;

  @Column({ name: 'advised_at', type: 'timestamptz', nullable: true })
  advisedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decision!: Decision | null;

  @Column({ name: 'decision_text', type: 'text', nullable: true })
  decisionText!: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The icv.submitted event it came from: a second delivery cannot add a second item. */
  @Column({ name: 'source_event_id', type: 'uuid', unique: true })
  sourceEventId!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  exceptions!: AgendaException[];

  @Column({ type: 'jsonb', nullable: true })
  compliance!: AgendaCompliance | null;

  /** Null for an item announced by an icv.submitted of schema version 1. */
  @Column({ type: 'jsonb', nullable: true })
  proposal!: AgendaProposal | null;

  @Column({ name: 'missing_reports', type: 'jsonb', default: () => "'[]'" })
  missingReports!: { party: string; explanation: string }[];
}
