import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PoamFinding } from '@mkib/domain-risk';
import { FindingViewEntity } from './finding-view.entity';

/** A party's findings as the risk service knows them from icv's events. */
@Injectable()
export class FindingViewService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every finding of the party, OPEN and AFGEROND, by due date. */
  async ofParty(party: string): Promise<PoamFinding[]> {
    const rows = await this.dataSource
      .getRepository(FindingViewEntity)
      .find({ where: { party }, order: { dueDate: 'ASC', findingId: 'ASC' } });
    return rows.map((r) => ({
      findingId: r.findingId,
      party: r.party,
      year: r.year,
      frameworkCode: r.frameworkCode,
      identifier: r.identifier,
      description: r.description,
      action: r.action,
      owner: r.owner,
      dueDate: r.dueDate,
      status: r.status,
      riskTreatmentId: r.riskTreatmentId,
    }));
  }
}
