import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type {
  ImplementationPlanState,
  PlanExceptionRef,
  PlanLineKind,
  PlanLineStatus,
} from '@mkib/domain-icv';

/** An organisation's implementation plan for one policy version (table `icv.implementation_plan`). */
@Entity({ name: 'implementation_plan' })
@Unique('implementation_plan_party_version', ['party', 'policyVersion'])
export class ImplementationPlanEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ type: 'text' })
  state!: ImplementationPlanState;

  @Column({ name: 'update_due_date', type: 'date', nullable: true })
  updateDueDate!: string | null;

  @Column({ name: 'previous_policy_version', type: 'integer', nullable: true })
  previousPolicyVersion!: number | null;

  @Column({ name: 'confirmed_by', type: 'text', nullable: true })
  confirmedBy!: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One line of a plan (table `icv.plan_line`); its links are lists of ids and exception references. */
@Entity({ name: 'plan_line' })
export class PlanLineEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  kind!: PlanLineKind;

  @Column({ name: 'framework_code', type: 'text', nullable: true })
  frameworkCode!: string | null;

  @Column({ type: 'text', nullable: true })
  identifier!: string | null;

  @Column({ name: 'policy_rule', type: 'text', nullable: true })
  policyRule!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  owner!: string | null;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ type: 'text' })
  status!: PlanLineStatus;

  @Column({ name: 'carried_over', type: 'boolean', default: false })
  carriedOver!: boolean;

  @Column({ name: 'finding_ids', type: 'jsonb', default: () => `'[]'` })
  findingIds!: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  exceptions!: PlanExceptionRef[];

  @Column({ name: 'risk_treatment_ids', type: 'jsonb', default: () => `'[]'` })
  riskTreatmentIds!: string[];

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The policy versions icv learned were adopted (`policy.version.adopted`); none: version 1 is in force. */
@Entity({ name: 'policy_version_seen' })
export class PolicyVersionSeenEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;
}

/**
 * A risk treatment of a final analysis, as `risk.treatment.changed` told it (table `icv.risk_treatment_view`), keyed
 * by the treatment's origin (its line across versions of the analysis).
 */
@Entity({ name: 'risk_treatment_view' })
export class RiskTreatmentViewEntity {
  @PrimaryColumn({ name: 'treatment_id', type: 'uuid' })
  treatmentId!: string;

  @Column({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @Column({ name: 'analysis_number', type: 'text' })
  analysisNumber!: string;

  @Column({ name: 'analysis_version', type: 'integer' })
  analysisVersion!: number;

  @Column({ name: 'owner_party', type: 'text' })
  ownerParty!: string;

  @Column({ name: 'risk_title', type: 'text' })
  riskTitle!: string;

  @Column({ name: 'facility_code', type: 'text' })
  facilityCode!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;
}
