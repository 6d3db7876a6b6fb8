import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A framework a party attached to its scope (its extra measures). */
@Entity({ name: 'party_framework' })
export class PartyFrameworkEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @PrimaryColumn({ name: 'framework_code', type: 'text' })
  frameworkCode!: string;

  @Column({ name: 'attached_by', type: 'text' })
  attachedBy!: string;

  @Column({ name: 'attached_at', type: 'timestamptz' })
  attachedAt!: Date;
}
