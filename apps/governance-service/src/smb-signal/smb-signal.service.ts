import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, FieldProblem } from '@mkib/domain-shared';
import { SmbSignalEntity } from './smb-signal.entity';

export const MAX_PAGE_SIZE = 200;

/** The SMB's monitoring feed (SK-3.3). */
@Injectable()
export class SmbSignalService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. */
  async page(limit: number, offset: number) {
    const problems: FieldProblem[] = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
      problems.push({ field: 'limit', message: `must be between 1 and ${MAX_PAGE_SIZE}` });
    if (!Number.isInteger(offset) || offset < 0)
      problems.push({ field: 'offset', message: 'must be 0 or more' });
    if (problems.length) throw badUserInput(problems);
    const [items, total] = await this.dataSource
      .getRepository(SmbSignalEntity)
      .findAndCount({ order: { receivedAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
    return { items, total };
  }
}
