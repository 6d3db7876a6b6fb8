import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorise } from '@mkib/server-graphql';
import { SmbSignalService } from './smb-signal.service';

@Resolver('SmbSignal')
export class SmbSignalResolver {
  constructor(private readonly signals: SmbSignalService) {}

  @Query('smbSignals')
  @Authorise('smb-signal.read')
  async list(@Args('limit') limit: number, @Args('offset') offset: number) {
    const { items, total } = await this.signals.page(limit, offset);
    return {
      total,
      items: items.map((s) => ({
        id: s.id,
        kind: s.kind,
        subject: s.subject,
        summary: s.summary,
        occurredAt: s.occurredAt.toISOString(),
        receivedAt: s.receivedAt.toISOString(),
        actor: s.actor,
      })),
    };
  }
}
