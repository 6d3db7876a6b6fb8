import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A medegebruiker's report for a year reached the cycle (from the icv context): no more reminders. */
@Entity({ name: 'co_user_report_received' })
export class CoUserReportReceivedEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ name: 'reports_to', type: 'text' })
  reportsTo!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
