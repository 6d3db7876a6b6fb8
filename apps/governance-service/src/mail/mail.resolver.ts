import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Acting, Authorise } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { DigestService } from './digest.service';

@Resolver('OutboxMail')
export class MailResolver {
  constructor(private readonly digest: DigestService) {}

  @Query('mailOutbox')
  @Authorise('mail-outbox.read')
  outbox(@Args('limit') limit: number | null, @Args('offset') offset: number | null) {
    return this.digest.outbox(limit ?? 50, offset ?? 0);
  }

  @Mutation('sendReminderDigest')
  @Authorise('reminder-digest.send')
  send(@Acting() acting: ActingContext) {
    return this.digest.send(acting);
  }
}
