import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { badUserInput } from '@mkib/domain-shared';
import { Authorise } from '@mkib/server-graphql';
import { SmbSignalEntity } from './smb-signal.entity';

export const MAX_PAGE_SIZE = 200;

@Resolver('SmbSignal')
export class SmbSignalResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query('smbSignals')
  @Authorise('smb-signal.read')
  async list(@Args('limit') limit: number, @Args('offset') offset: number) {
    const problems = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
      problems.push({ field: 'limit', message: `must be between 1 and ${MAX_PAGE_SIZE}` });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ field: 'offset', message: 'must be 0 or more' });
    if (problems.length) throw badUserInput(problems);
    const [rows, total] = await this.dataSource
      .getRepository(SmbSignalEntity)
      .findAndCount({ order: { receivedAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
    return {
      total,
      items: rows.map((s) => ({
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
