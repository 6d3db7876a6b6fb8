import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DigestFrequency } from '@mkib/domain-governance';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { NotificationService } from './notification.service';

@Resolver('Notification')
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query('myNotifications')
  @Authorise('notification.read')
  list(@Args('unreadOnly') unreadOnly: boolean | null, @CurrentPrincipal() principal: Principal) {
    return this.notifications.list(principal, unreadOnly === true);
  }

  @Mutation('markNotificationsRead')
  @Authorise('notification.manage')
  mark(
    @Args('ids') ids: string[],
    @Args('read') read: boolean | null,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.notifications.mark(acting, principal, ids, read !== false);
  }

  @Query('myMailPreference')
  @Authorise('notification.read')
  preference(@CurrentPrincipal() principal: Principal) {
    return this.notifications.preference(principal);
  }

  @Mutation('setMailPreference')
  @Authorise('notification.manage')
  setPreference(
    @Args('digest') digest: DigestFrequency,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.notifications.setPreference(acting, principal, digest);
  }
}
