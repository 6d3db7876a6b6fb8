import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'framework' })
export class FrameworkEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  version!: string;

  @Column({ type: 'text' })
  publisher!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'text' })
  licence!: string;

  @Column({ type: 'text' })
  attribution!: string;
}
