import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, fieldRules } from '@mkib/domain-shared';
import { SmbSignalEntity } from './smb-signal.entity';

export const MAX_PAGE_SIZE = 200;

/** The SMB's monitoring feed (SK-3.3). */
@Injectable()
export class SmbSignalService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. */
  async page(limit: number, offset: number) {
    const problems = fieldRules.page(limit, offset, MAX_PAGE_SIZE);
    if (problems.length) throw badUserInput(problems);
    const [items, total] = await this.dataSource
      .getRepository(SmbSignalEntity)
      .findAndCount({ order: { receivedAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
    return { items, total };
  }
}
