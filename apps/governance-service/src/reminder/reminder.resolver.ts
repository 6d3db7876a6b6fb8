import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { ReminderService } from './reminder.service';

@Resolver('Reminder')
export class ReminderResolver {
  constructor(private readonly reminders: ReminderService) {}

  @Query('reminders')
  @Authorise('reminder.read')
  list(@Args('year') year: number | null | undefined, @CurrentPrincipal() principal: Principal) {
    return this.reminders.reminders(principal, year ?? null);
  }

  @Query('reminderSettings')
  @Authorise('reminder.read')
  settings() {
    return this.reminders.settings();
  }

  @Mutation('setReminderLeadTime')
  @Authorise('reminder-settings.manage')
  setLeadTime(
    @Args('milestone') milestone: string,
    @Args('leadDays') leadDays: number,
    @Acting() acting: ActingContext,
  ) {
    return this.reminders.setLeadTime(acting, milestone, leadDays);
  }
}
