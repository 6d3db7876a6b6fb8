import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MappingRelationship } from '@mkib/domain-policy';

/** A mapping between requirements of two frameworks, read from the source's side. */
@Entity({ name: 'requirement_mapping' })
export class RequirementMappingEntity {
  @PrimaryColumn({ name: 'source_framework', type: 'text' })
  sourceFramework!: string;

  @PrimaryColumn({ name: 'source_identifier', type: 'text' })
  sourceIdentifier!: string;

  @PrimaryColumn({ name: 'target_framework', type: 'text' })
  targetFramework!: string;

  @PrimaryColumn({ name: 'target_identifier', type: 'text' })
  targetIdentifier!: string;

  @Column({ type: 'text' })
  relationship!: MappingRelationship;

  @Column({ name: 'imported_by', type: 'text' })
  importedBy!: string;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;
}
