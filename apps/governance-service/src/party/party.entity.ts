import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartyKind } from '@mkib/domain-governance';

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
}
