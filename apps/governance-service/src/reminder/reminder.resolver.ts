import { Args, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ReminderService } from './reminder.service';

@Resolver('Reminder')
export class ReminderResolver {
  constructor(private readonly reminders: ReminderService) {}

  @Query('reminders')
  @Authorise('reminder.read')
  list(@Args('year') year: number, @CurrentPrincipal() principal: Principal) {
    return this.reminders.reminders(principal, year);
  }
}
