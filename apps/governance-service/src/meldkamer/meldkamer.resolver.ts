import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authorise } from '@mkib/server-graphql';
import { MeldkamerEntity } from './meldkamer.entity';

@Resolver('Meldkamer')
export class MeldkamerResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query('meldkamers')
  @Authorise('meldkamer.read')
  list() {
    return this.dataSource.getRepository(MeldkamerEntity).find({ order: { code: 'ASC' } });
  }
}
