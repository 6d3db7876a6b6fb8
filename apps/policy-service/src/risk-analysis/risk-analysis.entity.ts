import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A final risk analysis, as the risk context announced it (risk.analysis.finalised). */
@Entity({ name: 'risk_analysis' })
export class RiskAnalysisEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** RA-<year>-<nnn>. */
  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: 'REGULIER' | 'AANVULLEND';

  @Column({ type: 'text' })
  scope!: 'GEDEELDE_VOORZIENING' | 'EIGEN_GEBRUIK';

  @Column({ name: 'owner_party', type: 'text' })
  ownerParty!: string;

  @Column({ name: 'facility_codes', type: 'text', array: true })
  facilityCodes!: string[];

  @Column({ name: 'finalised_at', type: 'timestamptz' })
  finalisedAt!: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The change proposal a supplementary analysis drafted (once). */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId!: string | null;
}
