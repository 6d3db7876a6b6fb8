import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A measure that applies to a party and through which facilities (a read model fed by
 * `policy.applicability.changed`); `position` keeps the order the policy context published.
 */
@Entity({ name: 'applicable_measure' })
export class ApplicableMeasureEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @PrimaryColumn({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @PrimaryColumn({ type: 'text' })
  identifier!: string;

  @Column({ type: 'text', array: true })
  facilities!: string[];

  @Column({ type: 'integer' })
  position!: number;

  /** The requirement's title and text, and its framework's version, as last published (null before). */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'framework_version', type: 'text', nullable: true })
  frameworkVersion!: string | null;
}
