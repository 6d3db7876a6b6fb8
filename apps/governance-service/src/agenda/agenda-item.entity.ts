import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { AgendaItemKind, Decision } from '@mkib/domain-governance';

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

/** What a policy change proposal's item keeps of policy.change.proposed, for the agenda. */
export interface PolicyChangeDetails {
  number: number;
  summary: string;
  triggerKind: string;
  baseVersion: number;
  carriesRequirementChanges: boolean;
  awaitingResponse: string[];
}

/**
 * PROGRESS_REPORTS: the period of the BBP calendar the item's reports are for, and, once the boards decided
 * it, the roll-up as it was at the decision (freezeProgressRollUp in progress/).
 */
export interface ProgressPeriodDetails {
  period: number;
  due: string;
  rollUp?: import('../progress/progress.service').PeriodOverview | null;
}

/** The period of a PROGRESS_REPORTS item; null for other kinds. */
export const progressPeriodOf = (item: Pick<AgendaItemEntity, 'kind' | 'details'>) =>
  item.kind === 'PROGRESS_REPORTS' ? (item.details as unknown as ProgressPeriodDetails) : null;

/**
 * One item on the boards' agenda, with the SMB's advice and the BMB's decision: a submitted ICV version
 * (kind ICV, the ICV columns filled) or a policy change proposal (kind POLICY_CHANGE, `details`).
 */
@Entity({ name: 'agenda_item' })
@Index('agenda_item_year', ['year', 'party'])
@Index('agenda_item_kind_year', ['kind', 'year'])
@Unique(['icvId', 'version'])
export class AgendaItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', default: 'ICV' })
  kind!: AgendaItemKind;

  /** The subject's id in its own context: the ICV's, the change proposal's. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** The ICV items' columns (null for other kinds). */
  @Column({ name: 'icv_id', type: 'uuid', nullable: true })
  icvId!: string | null;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer', nullable: true })
  version!: number | null;

  @Column({ type: 'text', nullable: true })
  statement!: string | null;

  @Column({ type: 'text', nullable: true })
  scope!: string | null;

  @Column({ name: 'exception_count', type: 'integer', nullable: true })
  exceptionCount!: number | null;

  @Column({ name: 'signed_by', type: 'text', nullable: true })
  signedBy!: string | null;

  /**
   * POLICY_CHANGE: what policy.change.proposed said about the proposal; PROGRESS_REPORTS: the period
   * (ProgressPeriodDetails, read with `progressPeriodOf`).
   */
  @Column({ type: 'jsonb', nullable: true })
  details!: PolicyChangeDetails | null;

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

  /** The event it came from (icv.submitted, policy.change.proposed): a second delivery cannot add a second item. */
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
