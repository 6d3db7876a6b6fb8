import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RequirementKind } from '@mkib/domain-policy';

@Entity({ name: 'requirement' })
export class RequirementEntity {
  @PrimaryColumn({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @PrimaryColumn({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text' })
  kind!: RequirementKind;

  @Column({ name: 'parent_identifier', type: 'text', nullable: true })
  parentIdentifier!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  status!: string | null;

  @Column({ name: 'refers_to', type: 'text', array: true })
  refersTo!: string[];

  /** Sort key: identifiers compared number by number (5.2 before 5.10). */
  @Column({ name: 'sort_key', type: 'text' })
  sortKey!: string;
}
