import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The part of governance's party register the icv context needs (a read model fed by
 * `governance.party-register.published`): each party's kind and whom it reports to.
 */
@Entity({ name: 'party_ref' })
export class PartyRefEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ name: 'reports_to', type: 'text', nullable: true })
  reportsTo!: string | null;

  /** YYYY-MM-DD: the last day of a co-user's admission (the register, issue 18); null while it runs. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;
}
