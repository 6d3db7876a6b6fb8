import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The yearly in-control cycle with its four deadlines (SK-3.5). */
@Entity({ name: 'cycle' })
export class CycleEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'medegebruiker_rapportages', type: 'date' })
  medegebruikerRapportages!: string;

  @Column({ name: 'icv_indiening', type: 'date' })
  icvIndiening!: string;

  @Column({ name: 'smb_vergadering', type: 'date' })
  smbVergadering!: string;

  @Column({ name: 'bmb_vergadering', type: 'date' })
  bmbVergadering!: string;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;
}
