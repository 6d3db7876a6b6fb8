import { Args, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { MeetingPackService } from './meeting-pack.service';

@Resolver()
export class MeetingPackResolver {
  constructor(private readonly packs: MeetingPackService) {}

  @Query('meetingPackPdf')
  @Authorise('agenda.read')
  meetingPack(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.packs.meetingPack(principal, year);
  }
}
