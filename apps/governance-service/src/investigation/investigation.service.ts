import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  assertReportAllowed,
  checkInvestigationProposal,
  checkReportFile,
  checkReportFindings,
  Decision,
  governance as m,
  investigationItemTitle,
  investigationStateAfterDecision,
  isBase64,
  MAX_REPORT_BYTES,
  normaliseReportFilename,
} from '@mkib/domain-governance';
import { badUserInput, Clock } from '@mkib/domain-shared';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { BoardItemKinds } from '../agenda/board-item-kinds';
import { InvestigationEntity } from './investigation.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ProposeInvestigationInput {
  title: string;
  scope: string;
  investigator: string;
  dueDate: string;
}

export interface InvestigationReportInput {
  investigationId: string;
  report: { filename: string; contentType: string; contentBase64: string };
  summary: string;
  findings: { id?: string | null; text: string; followUp?: string | null; state?: string | null }[];
}

const unknown = (id: string) =>
  m.notFound('governance.investigation.notFound', { id: String(id).slice(0, 100) });

/**
 * Investigations into how the policy works (SK-3.6): the board secretary proposes one (an INVESTIGATION
 * item on the boards' agenda, in the same unit of work); the BMB's decision on that item, after the SMB's
 * advice (the one mechanism of AgendaService), commissions it or not (the BoardItemKindHandler below);
 * the secretary records the report and findings of a commissioned one.
 */
@Injectable()
export class InvestigationService implements OnModuleInit {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly kinds: BoardItemKinds,
  ) {}

  onModuleInit() {
    this.kinds.register({
      kind: 'INVESTIGATION',
      afterDecision: (tx, item, decision) => this.applyDecision(tx, item, decision),
    });
  }

  private get investigations() {
    return this.dataSource.getRepository(InvestigationEntity);
  }

  /** Every investigation, newest first (common to every party). */
  list(): Promise<InvestigationEntity[]> {
    return this.investigations.find({ order: { proposedAt: 'DESC', id: 'ASC' } });
  }

  async get(id: string): Promise<InvestigationEntity> {
    if (typeof id !== 'string' || !UUID.test(id)) throw unknown(id);
    const investigation = await this.investigations.findOneBy({ id });
    if (!investigation) throw unknown(id);
    return investigation;
  }

  /** Investigations still owed a report (IN_UITVOERING), for the ONDERZOEK reminders. */
  inProgress(): Promise<InvestigationEntity[]> {
    return this.investigations.find({
      where: { state: 'IN_UITVOERING' },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
  }

  byIds(ids: readonly string[]): Promise<InvestigationEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? this.investigations.findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  /** The uploaded report; NOT_FOUND for an unknown investigation, CONFLICT while none is recorded. */
  async report(id: string): Promise<{ filename: string; contentType: string; contentBase64: string }> {
    if (typeof id !== 'string' || !UUID.test(id)) throw unknown(id);
    const row = await this.investigations
      .createQueryBuilder('i')
      .addSelect('i.reportContent')
      .where('i.id = :id', { id })
      .getOne();
    if (!row) throw unknown(id);
    if (!row.reportContent) throw m.conflict('governance.investigation.noReport');
    return {
      filename: row.reportFilename!,
      contentType: row.reportContentType!,
      contentBase64: Buffer.from(row.reportContent).toString('base64'),
    };
  }

  propose(acting: ActingContext, input: ProposeInvestigationInput): Promise<InvestigationEntity> {
    const problems = checkInvestigationProposal(input, this.clock.today());
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const now = this.clock.now();
      const id = randomUUID();
      const boardItemId = randomUUID();
      const title = input.title.trim();
      const itemTitle = investigationItemTitle(title);
      const year = Number(this.clock.today().slice(0, 4));
      await tx.manager.getRepository(AgendaItemEntity).insert({
        id: boardItemId,
        kind: 'INVESTIGATION',
        subjectId: id,
        title: itemTitle,
        year,
        // The boards' own matter: no party's (as the BBP's item).
        party: 'smb',
        submittedAt: now,
        sourceEventId: randomUUID(),
      });
      const investigation = tx.manager.getRepository(InvestigationEntity).create({
        id,
        title,
        scope: input.scope.trim(),
        investigator: input.investigator.trim(),
        dueDate: input.dueDate,
        state: 'VOORGESTELD',
        boardItemId,
        summary: null,
        findings: [],
        reportFilename: null,
        reportContentType: null,
        reportContent: null,
        reportSize: null,
        reportUploadedBy: null,
        reportUploadedAt: null,
        proposedBy: acting.actor,
        proposedAt: now,
        completedAt: null,
      });
      await tx.manager.getRepository(InvestigationEntity).insert(investigation);
      // One audit row for the one request: the investigation with the agenda item it put before the boards.
      await tx.audit('investigation.proposed', id, {
        title,
        scope: investigation.scope,
        investigator: investigation.investigator,
        dueDate: investigation.dueDate,
        agendaItem: { id: boardItemId, kind: 'INVESTIGATION', party: 'smb', year, title: itemTitle },
      });
      investigation.reportContent = null;
      return investigation;
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<InvestigationEntity> {
    if (typeof id !== 'string' || !UUID.test(id)) throw unknown(id);
    const investigation = await manager
      .getRepository(InvestigationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!investigation) throw unknown(id);
    return investigation;
  }

  recordReport(acting: ActingContext, input: InvestigationReportInput): Promise<InvestigationEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const investigation = await this.locked(tx.manager, input.investigationId);
      // The record first (NOT_FOUND), then the input, then the state.
      const file = input.report;
      const problems = [];
      let bytes = new Uint8Array();
      const encoded = typeof file?.contentBase64 === 'string' ? file.contentBase64.replace(/\s+/g, '') : '';
      if (encoded.length > Math.ceil(MAX_REPORT_BYTES / 3) * 4 + 4)
        problems.push(
          m.problem('input.report.contentBase64', 'governance.report.tooLarge', {
            max: MAX_REPORT_BYTES / 1_000_000,
          }),
        );
      else if (!isBase64(encoded))
        problems.push(m.problem('input.report.contentBase64', 'governance.report.base64'));
      else {
        bytes = new Uint8Array(Buffer.from(encoded, 'base64'));
        problems.push(
          ...checkReportFile({
            filename: String(file.filename ?? ''),
            contentType: String(file.contentType ?? ''),
            bytes,
          }),
        );
      }
      const checked = checkReportFindings(
        input,
        investigation.findings.map((f) => f.id),
        randomUUID,
      );
      problems.push(...checked.problems);
      if (problems.length) throw badUserInput(problems);
      assertReportAllowed(investigation.state);
      const now = this.clock.now();
      const change = {
        state: 'AFGEROND' as const,
        summary: input.summary.trim(),
        findings: checked.findings,
        reportFilename: normaliseReportFilename(file.filename),
        reportContentType: file.contentType,
        reportContent: Buffer.from(bytes),
        reportSize: bytes.length,
        reportUploadedBy: acting.actor,
        reportUploadedAt: now,
        completedAt: now,
      };
      await tx.manager.getRepository(InvestigationEntity).update({ id: investigation.id }, change);
      await tx.audit('investigation.completed', investigation.id, {
        before: { state: investigation.state },
        after: {
          state: change.state,
          summary: change.summary,
          findings: change.findings,
          report: {
            filename: change.reportFilename,
            contentType: change.reportContentType,
            size: change.reportSize,
          },
        },
      });
      return Object.assign(investigation, change, { reportContent: null });
    });
  }

  /** The BMB decided the investigation's item: commissioned (IN_UITVOERING) or not (NIET_VERLEEND). */
  private async applyDecision(tx: Transaction, item: AgendaItemEntity, decision: Decision) {
    const repo = tx.manager.getRepository(InvestigationEntity);
    const investigation = await repo.findOne({
      where: { id: item.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!investigation) return;
    const state = investigationStateAfterDecision(decision);
    await repo.update({ id: investigation.id }, { state });
    await tx.audit('investigation.decided', investigation.id, {
      agendaItemId: item.id,
      decision,
      before: { state: investigation.state },
      after: { state },
    });
  }
}
