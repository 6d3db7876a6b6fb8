import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A medegebruiker's report for a year reached the cycle (from the icv context): no more reminders. The
 * table keeps its first name, co_user_report_received.
 */
@Entity({ name: 'co_user_report_received' })
export class MedegebruikerReportReceivedEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ name: 'reports_to', type: 'text' })
  reportsTo!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
