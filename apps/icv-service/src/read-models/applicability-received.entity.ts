import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which profile version the applicable measures of a party were last received for. */
@Entity({ name: 'applicability_received' })
export class ApplicabilityReceivedEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ name: 'profile_version', type: 'integer' })
  profileVersion!: number;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
