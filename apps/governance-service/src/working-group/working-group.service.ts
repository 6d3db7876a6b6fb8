import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  assertWorkingGroupActive,
  checkWorkingGroup,
  checkWorkingGroupReport,
  governance as m,
  normaliseMembers,
  PartyKind,
  workingGroupReportTitle,
} from '@mkib/domain-governance';
import { badUserInput, Clock } from '@mkib/domain-shared';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { insertIfAbsent } from '@mkib/server-persistence';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { PartyEntity } from '../party/party.entity';
import { WorkingGroupEntity, WorkingGroupMember, WorkingGroupReportDetails } from './working-group.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UNIQUE_VIOLATION = '23505';

export interface WorkingGroupInput {
  id?: string | null;
  name: string;
  mandate: string;
  members: WorkingGroupMember[];
}

export interface WorkingGroupReportInput {
  workingGroupId: string;
  title: string;
  summary: string;
}

/** What an audit entry keeps of a group (before/after of a change). */
const snapshot = (g: WorkingGroupEntity) => ({
  name: g.name,
  mandate: g.mandate,
  members: g.members,
  state: g.state,
});

/**
 * The SMB's working groups (SK-3.7): the SMB secretary sets one up with a mandate and members from the
 * beheerder and the hoofdgebruikers, changes or dissolves it, and puts its reports on the SMB agenda as
 * WORKING_GROUP_REPORT items (advised by the SMB, decided by the BMB like every board item). Every party
 * reads the groups.
 */
@Injectable()
export class WorkingGroupService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private get groups() {
    return this.dataSource.getRepository(WorkingGroupEntity);
  }

  /** Active groups first, then by name. */
  list(): Promise<WorkingGroupEntity[]> {
    return this.groups
      .createQueryBuilder('g')
      .orderBy(`CASE WHEN g.state = 'ACTIEF' THEN 0 ELSE 1 END`)
      .addOrderBy('lower(g.name)')
      .addOrderBy('g.id')
      .getMany();
  }

  async get(id: string): Promise<WorkingGroupEntity> {
    const group = UUID.test(id) ? await this.groups.findOneBy({ id }) : null;
    if (!group) throw m.notFound('governance.workingGroup.notFound', { id });
    return group;
  }

  /** The WORKING_GROUP_REPORT items of these groups, oldest first, in one query. */
  reportsOf(groupIds: readonly string[]): Promise<AgendaItemEntity[]> {
    const valid = groupIds.filter((id) => UUID.test(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('a')
      .where(`a.kind = 'WORKING_GROUP_REPORT'`)
      .andWhere(`a.details->>'workingGroupId' IN (:...ids)`, { ids: valid })
      .orderBy('a.submitted_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** The party kinds by code (the register), for the members' rule. */
  private async partyKinds(manager: EntityManager): Promise<(code: string) => PartyKind | undefined> {
    const parties = await manager.getRepository(PartyEntity).find({ select: { code: true, kind: true } });
    const kinds = new Map(parties.map((p) => [p.code, p.kind]));
    return (code) => kinds.get(code);
  }

  private async checkInput(manager: EntityManager, input: WorkingGroupInput) {
    const problems = checkWorkingGroup(input, await this.partyKinds(manager));
    if (problems.length) throw badUserInput(problems);
  }

  /** Sets up a group (no id) or changes an active one (its id). */
  save(acting: ActingContext, input: WorkingGroupInput): Promise<WorkingGroupEntity> {
    if (input.id != null) return this.change(acting, input.id, input);
    return this.unitOfWork.run(acting, async (tx) => {
      await this.checkInput(tx.manager, input);
      const now = this.clock.now();
      const repo = tx.manager.getRepository(WorkingGroupEntity);
      const group = repo.create({
        id: randomUUID(),
        name: input.name.trim(),
        mandate: input.mandate.trim(),
        members: normaliseMembers(input.members),
        state: 'ACTIEF',
        establishedOn: this.clock.today(),
        dissolvedOn: null,
        createdBy: acting.actor,
        createdAt: now,
        updatedBy: acting.actor,
        updatedAt: now,
      });
      // The name is unique among active groups: of calls at once, the one whose insert lands wins.
      if (!(await insertIfAbsent(repo, group)))
        throw m.conflict('governance.workingGroup.nameTaken', { name: group.name });
      await tx.audit('working-group.established', group.id, {
        ...snapshot(group),
        establishedOn: group.establishedOn,
      });
      return group;
    });
  }

  private change(acting: ActingContext, id: string, input: WorkingGroupInput): Promise<WorkingGroupEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const group = await this.locked(tx, id);
      await this.checkInput(tx.manager, input);
      assertWorkingGroupActive(group.state);
      const before = snapshot(group);
      const change = {
        name: input.name.trim(),
        mandate: input.mandate.trim(),
        members: normaliseMembers(input.members),
        updatedBy: acting.actor,
        updatedAt: this.clock.now(),
      };
      const repo = tx.manager.getRepository(WorkingGroupEntity);
      const taken = await repo
        .createQueryBuilder('g')
        .where(`g.state = 'ACTIEF' AND lower(g.name) = lower(:name) AND g.id <> :id`, {
          name: change.name,
          id,
        })
        .getExists();
      if (taken) throw m.conflict('governance.workingGroup.nameTaken', { name: change.name });
      try {
        await repo.update({ id }, change);
      } catch (e) {
        // Renamed at once to a name another group just took: the unique index answers.
        if (e instanceof QueryFailedError && (e as { code?: string }).code === UNIQUE_VIOLATION)
          throw m.conflict('governance.workingGroup.nameTaken', { name: change.name });
        throw e;
      }
      Object.assign(group, change);
      await tx.audit('working-group.changed', id, { before, after: snapshot(group) });
      return group;
    });
  }

  dissolve(acting: ActingContext, id: string): Promise<WorkingGroupEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const group = await this.locked(tx, id);
      assertWorkingGroupActive(group.state);
      const change = {
        state: 'OPGEHEVEN' as const,
        dissolvedOn: this.clock.today(),
        updatedBy: acting.actor,
        updatedAt: this.clock.now(),
      };
      await tx.manager.getRepository(WorkingGroupEntity).update({ id }, change);
      Object.assign(group, change);
      await tx.audit('working-group.dissolved', id, { name: group.name, dissolvedOn: group.dissolvedOn });
      return group;
    });
  }

  /** Puts a report of an active group on the SMB agenda: a WORKING_GROUP_REPORT item, in one unit of work. */
  submitReport(acting: ActingContext, input: WorkingGroupReportInput): Promise<AgendaItemEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      // Shared lock: a dissolution (which takes the row for update) waits for the reports in flight.
      const group = await this.locked(tx, input.workingGroupId, 'pessimistic_read');
      const problems = checkWorkingGroupReport(input);
      if (problems.length) throw badUserInput(problems);
      assertWorkingGroupActive(group.state);
      const now = this.clock.now();
      const details: WorkingGroupReportDetails = { workingGroupId: group.id, summary: input.summary.trim() };
      const items = tx.manager.getRepository(AgendaItemEntity);
      const item = items.create({
        id: randomUUID(),
        kind: 'WORKING_GROUP_REPORT',
        // The report has no record of its own: its id is the item's subject.
        subjectId: randomUUID(),
        title: workingGroupReportTitle(group.name, input.title),
        year: now.getUTCFullYear(),
        // The column takes no null: the item is the SMB's own, as the BBP's is.
        party: 'smb',
        icvId: null,
        version: null,
        statement: null,
        scope: null,
        exceptionCount: null,
        signedBy: null,
        details: details as unknown as AgendaItemEntity['details'],
        submittedAt: now,
        superseded: false,
        advice: null,
        adviceText: null,
        advisedBy: null,
        advisedAt: null,
        decision: null,
        decisionText: null,
        decidedBy: null,
        decidedAt: null,
        sourceEventId: randomUUID(),
        exceptions: [],
        compliance: null,
        proposal: null,
        missingReports: [],
      });
      await items.insert(item);
      await tx.audit('agenda-item.added', item.id, {
        kind: item.kind,
        subjectId: item.subjectId,
        party: item.party,
        year: item.year,
        title: item.title,
      });
      await tx.audit('working-group-report.submitted', group.id, {
        agendaItemId: item.id,
        reportId: item.subjectId,
        title: input.title.trim(),
        summary: details.summary,
      });
      return item;
    });
  }

  private async locked(
    tx: Transaction,
    id: string,
    mode: 'pessimistic_write' | 'pessimistic_read' = 'pessimistic_write',
  ): Promise<WorkingGroupEntity> {
    // A malformed id names no group: NOT_FOUND, as for an unknown one.
    const group = UUID.test(id)
      ? await tx.manager.getRepository(WorkingGroupEntity).findOne({ where: { id }, lock: { mode } })
      : null;
    if (!group) throw m.notFound('governance.workingGroup.notFound', { id });
    return group;
  }
}
