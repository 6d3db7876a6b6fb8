import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WorkingGroupState } from '@mkib/domain-governance';

/** A member of a working group: a person, for the beheerder (lms) or a hoofdgebruiker. */
export interface WorkingGroupMember {
  party: string;
  name: string;
}

/** A working group (hulpstructuur) of the SMB (SK-3.7): its mandate and members. */
@Entity({ name: 'working_group' })
export class WorkingGroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Unique among the active groups (case-insensitive; the index working_group_active_name). */
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  mandate!: string;

  @Column({ type: 'jsonb' })
  members!: WorkingGroupMember[];

  @Column({ type: 'text' })
  state!: WorkingGroupState;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn!: string;

  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** What a WORKING_GROUP_REPORT agenda item keeps in `details`. */
export interface WorkingGroupReportDetails {
  workingGroupId: string;
  summary: string;
}
