import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A lead time the LMS or the board secretary set for a milestone (else the domain's default applies). */
@Entity({ name: 'reminder_setting' })
export class ReminderSettingEntity {
  @PrimaryColumn({ type: 'text' })
  milestone!: string;

  @Column({ name: 'lead_days', type: 'integer' })
  leadDays!: number;

  @Column({ name: 'set_by', type: 'text' })
  setBy!: string;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt!: Date;
}

/** A finding of a party as icv last announced it (icv.finding.changed): the BEVINDING reminders. */
@Entity({ name: 'finding_deadline' })
export class FindingDeadlineEntity {
  @PrimaryColumn({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** OPEN or AFGEROND. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

/**
 * An open treatment of a final risk analysis that has a deadline to meet (OVERDRAGEN, VERMIJDEN), from
 * `risk.treatment.changed`: the RISICOBEHANDELING reminders. A row exists while the treatment is OPEN;
 * AFGEROND and VERVALLEN (superseded) remove it. MITIGEREN is reminded as its icv finding, ACCEPTEREN has
 * its own review date.
 */
@Entity({ name: 'risk_treatment_deadline' })
export class RiskTreatmentDeadlineEntity {
  @PrimaryColumn({ name: 'treatment_id', type: 'uuid' })
  treatmentId!: string;

  @Column({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  party!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'facility_code', type: 'text' })
  facilityCode!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;
}

/** A facility's BIV review date (risk.facility.classified): the LMS's BIV_HERIJKING reminders. */
@Entity({ name: 'facility_review' })
export class FacilityReviewEntity {
  @PrimaryColumn({ name: 'facility_code', type: 'text' })
  facilityCode!: string;

  @Column({ name: 'review_due', type: 'date' })
  reviewDue!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The time of the event the date came from: an older event does not overwrite it. */
  @Column({ name: 'announced_at', type: 'timestamptz', nullable: true })
  announcedAt!: Date | null;
}
