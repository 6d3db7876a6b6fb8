import { Column, Entity, PrimaryColumn } from 'typeorm';
import type {
  MeasureRef,
  RiskAcceptanceState,
  RiskAnalysisKind,
  RiskAnalysisScope,
  RiskAnalysisState,
  RiskConsultationPosition,
  RiskLevel,
  RiskScaleStep,
  RiskTreatmentKind,
  RiskTreatmentStatus,
} from '@mkib/domain-risk';

/** The risk scale in force: one row. */
@Entity({ name: 'risk_scale' })
export class RiskScaleEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'jsonb' })
  likelihood!: RiskScaleStep[];

  @Column({ type: 'jsonb' })
  impact!: RiskScaleStep[];

  @Column({ type: 'jsonb' })
  levels!: { level: RiskLevel; label: string }[];

  @Column({ type: 'jsonb' })
  matrix!: RiskLevel[][];

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;
}

/** A threat of the seeded catalogue. */
@Entity({ name: 'threat' })
export class ThreatEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  source!: string;
}

@Entity({ name: 'analysis' })
export class RiskAnalysisEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  kind!: RiskAnalysisKind;

  @Column({ type: 'text' })
  scope!: RiskAnalysisScope;

  @Column({ name: 'owner_party', type: 'text' })
  ownerParty!: string;

  @Column({ name: 'facility_codes', type: 'text', array: true })
  facilityCodes!: string[];

  @Column({ type: 'text' })
  method!: string;

  @Column({ type: 'text' })
  state!: RiskAnalysisState;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finalised_by', type: 'text', nullable: true })
  finalisedBy!: string | null;

  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true })
  finalisedAt!: Date | null;

  @Column({ name: 'finalised_late', type: 'boolean', default: false })
  finalisedLate!: boolean;

  @Column({ name: 'finalised_past_deadline_note', type: 'text', nullable: true })
  finalisedPastDeadlineNote!: string | null;

  @Column({ name: 'missing_responses', type: 'text', array: true, default: () => "'{}'" })
  missingResponses!: string[];

  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById!: string | null;

  @Column({ name: 'row_version', type: 'integer', default: 1 })
  rowVersion!: number;
}

@Entity({ name: 'analysis_threat' })
export class AnalysisThreatEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'catalogue_code', type: 'text', nullable: true })
  catalogueCode!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;
}

@Entity({ name: 'risk' })
export class RiskEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'facility_code', type: 'text' })
  facilityCode!: string;

  @Column({ name: 'threat_ids', type: 'uuid', array: true })
  threatIds!: string[];

  @Column({ name: 'inherent_likelihood', type: 'integer' })
  inherentLikelihood!: number;

  @Column({ name: 'inherent_impact', type: 'integer' })
  inherentImpact!: number;

  @Column({ name: 'inherent_level', type: 'text' })
  inherentLevel!: RiskLevel;

  @Column({ name: 'residual_likelihood', type: 'integer' })
  residualLikelihood!: number;

  @Column({ name: 'residual_impact', type: 'integer' })
  residualImpact!: number;

  @Column({ name: 'residual_level', type: 'text' })
  residualLevel!: RiskLevel;
}

@Entity({ name: 'treatment' })
export class RiskTreatmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'risk_id', type: 'uuid' })
  riskId!: string;

  /** The treatment's identity across versions: a revision copies it; a new treatment starts with its id. */
  @Column({ name: 'origin_id', type: 'uuid' })
  originId!: string;

  @Column({ type: 'text' })
  kind!: RiskTreatmentKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'jsonb' })
  measures!: MeasureRef[];

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** OPEN until the owner party reports it done (issue 17); a revision's copy starts OPEN. */
  @Column({ type: 'text', default: 'OPEN' })
  status!: RiskTreatmentStatus;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completion_note', type: 'text', nullable: true })
  completionNote!: string | null;
}

@Entity({ name: 'acceptance' })
export class RiskAcceptanceEntity {
  @PrimaryColumn({ name: 'risk_id', type: 'uuid' })
  riskId!: string;

  @Column({ type: 'text' })
  state!: RiskAcceptanceState;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reasoning!: string | null;

  @Column({ name: 'review_date', type: 'date', nullable: true })
  reviewDate!: string | null;
}

@Entity({ name: 'consultation' })
export class RiskConsultationEntity {
  @PrimaryColumn({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @Column({ name: 'respond_by', type: 'date' })
  respondBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ type: 'text', array: true })
  parties!: string[];
}

@Entity({ name: 'consultation_response' })
export class RiskConsultationResponseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  position!: RiskConsultationPosition;

  @Column({ type: 'text' })
  reasoning!: string;

  @Column({ name: 'responded_by', type: 'text' })
  respondedBy!: string;

  @Column({ name: 'responded_at', type: 'timestamptz' })
  respondedAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'answered_by', type: 'text', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}

@Entity({ name: 'acceptance_level' })
export class RiskAcceptanceLevelEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  level!: RiskLevel;

  @Column({ name: 'set_by', type: 'text' })
  setBy!: string;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt!: Date;
}

export const RISK_ANALYSIS_ENTITIES = [
  RiskScaleEntity,
  ThreatEntity,
  RiskAnalysisEntity,
  AnalysisThreatEntity,
  RiskEntity,
  RiskTreatmentEntity,
  RiskAcceptanceEntity,
  RiskConsultationEntity,
  RiskConsultationResponseEntity,
  RiskAcceptanceLevelEntity,
];
