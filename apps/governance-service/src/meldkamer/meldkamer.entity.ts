import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'meldkamer' })
export class MeldkamerEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  location!: string;

  @Column({ type: 'text' })
  gemeente!: string;

  @Column({ type: 'text', array: true })
  werkgebied!: string[];
}
