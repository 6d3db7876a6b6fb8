import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  ChangeRequestState,
  ConsultationPosition,
  ProposalState,
  TriggerKind,
} from '@mkib/domain-policy';
import type { ImportReport } from '../catalogue/catalogue.input';
import type { PolicyChangeInputValue } from './change-proposal.input';

/** A proposal to change the information-security policy (SK-3.1, SK-4.4). */
@Entity({ name: 'change_proposal' })
export class ChangeProposalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** 1, 2, … per policy. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  rationale!: string;

  @Column({ type: 'text' })
  state!: ProposalState;

  @Column({ name: 'trigger_kind', type: 'text' })
  triggerKind!: TriggerKind;

  @Column({ name: 'trigger_record_id', type: 'uuid', nullable: true })
  triggerRecordId!: string | null;

  @Column({ name: 'trigger_reference', type: 'text', nullable: true })
  triggerReference!: string | null;

  @Column({ name: 'trigger_label', type: 'text' })
  triggerLabel!: string;

  /** The PolicyChangeInput as given: the text edits and the carried requirement changes. */
  @Column({ type: 'jsonb' })
  change!: PolicyChangeInputValue;

  /** The dry-run reports of the carried framework imports, as last checked. */
  @Column({ name: 'import_reports', type: 'jsonb' })
  importReports!: ImportReport[];

  @Column({ name: 'carries_requirement_changes', type: 'boolean' })
  carriesRequirementChanges!: boolean;

  @Column({ name: 'base_version', type: 'integer' })
  baseVersion!: number;

  /** YYYY-MM-DD */
  @Column({ name: 'respond_by', type: 'date', nullable: true })
  respondBy!: string | null;

  @Column({ name: 'drafted_by', type: 'text' })
  draftedBy!: string;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ name: 'submitted_by', type: 'text', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ name: 'adopted_version', type: 'integer', nullable: true })
  adoptedVersion!: number | null;

  @Column({ name: 'withdraw_reason', type: 'text', nullable: true })
  withdrawReason!: string | null;

  /** Why an adopted proposal could not be applied (ADOPTION_FAILED), in Dutch. */
  @Column({ name: 'adoption_failure', type: 'text', nullable: true })
  adoptionFailure!: string | null;
}

/** A hoofdgebruiker's response to the consultation; revised in place until the proposal is submitted. */
@Entity({ name: 'consultation_response' })
export class ConsultationResponseEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  position!: ConsultationPosition;

  @Column({ type: 'text' })
  reasons!: string;

  @Column({ name: 'responded_by', type: 'text' })
  respondedBy!: string;

  @Column({ name: 'responded_at', type: 'timestamptz' })
  respondedAt!: Date;
}

/** A step of a proposal's life, for its trail. */
@Entity({ name: 'proposal_step' })
export class ProposalStepEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq!: number;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text', nullable: true })
  party!: string | null;

  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** A hoofdgebruiker's request for a policy change (SK-4.4). */
@Entity({ name: 'change_request' })
export class ChangeRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  motivation!: string;

  @Column({ type: 'text' })
  state!: ChangeRequestState;

  @Column({ name: 'requested_by', type: 'text' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Column({ name: 'declined_by', type: 'text', nullable: true })
  declinedBy!: string | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  @Column({ name: 'decline_reasons', type: 'text', nullable: true })
  declineReasons!: string | null;
}

/** The yearly jaaraanschrijving as the LMS recorded it (SK-4.4). */
@Entity({ name: 'jaaraanschrijving' })
export class JaaraanschrijvingEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** The BMB's decisions as governance announces them: what a proposal may name as its trigger. */
@Entity({ name: 'board_decision' })
export class BoardDecisionEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'text', nullable: true })
  party!: string | null;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  decision!: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt!: Date;

  @Column({ name: 'instruction_id', type: 'uuid', nullable: true })
  instructionId!: string | null;

  @Column({ name: 'instruction_description', type: 'text', nullable: true })
  instructionDescription!: string | null;
}
