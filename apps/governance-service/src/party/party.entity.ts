import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CoUserCategory, PartyKind } from '@mkib/domain-governance';

@Entity({ name: 'party' })
export class PartyEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PartyKind;

  @Column({ name: 'responsible_hoofdgebruiker', type: 'text', nullable: true })
  responsibleHoofdgebruiker!: string | null;

  /** A co-user's registration (SK-5.4); null for the fixed parties. */
  @Column({ type: 'text', nullable: true })
  category!: CoUserCategory | null;

  @Column({ name: 'admitted_on', type: 'date', nullable: true })
  admittedOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  facilities!: string[];

  @Column({ name: 'reporting_arrangement', type: 'text', nullable: true })
  reportingArrangement!: string | null;

  @Column({ name: 'report_due', type: 'date', nullable: true })
  reportDue!: string | null;
}

/** Who represents a party on the SMB and the BMB (SK-5.4). */
@Entity({ name: 'board_representation' })
export class BoardRepresentationEntity {
  @PrimaryColumn({ type: 'text' })
  party!: string;

  @Column({ type: 'text', array: true })
  smb!: string[];

  @Column({ type: 'text', array: true })
  bmb!: string[];

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
