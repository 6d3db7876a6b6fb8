import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The policy versions adopted, from policy.version.adopted: the highest is the version in force (1, the
 * seeded policy, while none was adopted). A BBP year records the version in force when it was opened.
 */
@Entity({ name: 'policy_version_adopted' })
export class PolicyVersionAdoptedEntity {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt!: Date;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId!: string;
}
