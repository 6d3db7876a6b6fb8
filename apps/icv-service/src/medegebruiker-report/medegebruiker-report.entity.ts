import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { MedegebruikerStatus } from '@mkib/domain-icv';

/**
 * A medegebruiker's yearly report (medegebruikersrapportage, SK-5.4) to the party it reports to. The
 * table keeps its first name, `icv.co_user_report` (see docs/glossary.md, names kept).
 */
@Entity({ name: 'co_user_report' })
@Unique('co_user_report_year_party_key', ['year', 'party'])
export class MedegebruikerReportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  party!: string;

  @Column({ name: 'reports_to', type: 'text' })
  reportsTo!: string;

  @Column({ type: 'text' })
  status!: MedegebruikerStatus;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
