import { Query, Resolver } from '@nestjs/graphql';
import { Authorise } from '@mkib/server-graphql';
import { MeldkamerService } from './meldkamer.service';

@Resolver('Meldkamer')
export class MeldkamerResolver {
  constructor(private readonly meldkamers: MeldkamerService) {}

  @Query('meldkamers')
  @Authorise('meldkamer.read')
  list() {
    return this.meldkamers.list();
  }
}
