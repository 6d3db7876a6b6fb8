import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MeldkamerEntity } from './meldkamer.entity';

/** The ten meldkamers (seeded, read only). */
@Injectable()
export class MeldkamerService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<MeldkamerEntity[]> {
    return this.dataSource.getRepository(MeldkamerEntity).find({ order: { code: 'ASC' } });
  }
}
