import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A hoofdgebruiker's task to respond to a risk consultation of the LMS (from risk.consultation.requested);
 * done when it responds (risk.consultation.responded), closed when the analysis is final. The details stay
 * null while only the response arrived (events of one analysis may arrive in either order).
 */
@Entity({ name: 'risk_consultation_task' })
export class RiskConsultationTaskEntity {
  @PrimaryColumn({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ name: 'facility_code', type: 'text', nullable: true })
  facilityCode!: string | null;

  /** YYYY-MM-DD. */
  @Column({ name: 'respond_by', type: 'date', nullable: true })
  respondBy!: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
