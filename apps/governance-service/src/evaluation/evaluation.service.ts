import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { EvaluationRecorded } from '@mkib/contracts';
import {
  assertEvaluationOpen,
  checkEvaluationCompletion,
  checkEvaluationFindings,
  checkEvaluationStart,
  checkReportFile,
  entryIntoForce,
  evaluationSchedule,
  EvaluationKind,
  FindingInput,
  governance as m,
  regulationPublishedOn,
  normaliseReportFilename,
} from '@mkib/domain-governance';
import { badUserInput, Clock, FieldProblem, toIsoDay } from '@mkib/domain-shared';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { EvaluationEntity, EvaluationFinding } from './evaluation.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface StartEvaluation {
  kind: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  scope: string;
  auditor: string;
  reason?: string | null;
}

export interface EvaluationResult {
  evaluationId: string;
  findings: FindingInput[];
  report?: { filename: string; contentType: string; contentBase64: string } | null;
  completedOn?: string | null;
}

const unknownEvaluation = (id: string) => m.notFound('governance.evaluation.notFound', { id });

/**
 * The regulation's entry into force (art. 7): the day after its publication in the Staatscourant, from
 * MKIB_REGULATION_PUBLISHED_ON (default: the regulation's date, 13 February 2024, the earliest possible
 * issue date). Read and validated once, at start: a malformed value stops the service.
 */
@Injectable()
export class EvaluationSettings {
  readonly publishedOn = regulationPublishedOn(process.env.MKIB_REGULATION_PUBLISHED_ON);
  readonly inForceSince = entryIntoForce(this.publishedOn);
}

/** What the audit keeps of an evaluation: everything but the report's bytes. */
const audited = (e: EvaluationEntity) => ({
  kind: e.kind,
  title: e.title,
  periodFrom: toIsoDay(e.periodFrom),
  periodTo: toIsoDay(e.periodTo),
  scope: e.scope,
  auditor: e.auditor,
  reason: e.reason,
  state: e.state,
  findings: e.findings,
  report: e.reportFilename
    ? { filename: e.reportFilename, contentType: e.reportContentType, size: e.reportSize }
    : null,
  completedOn: e.completedOn ? toIsoDay(e.completedOn) : null,
});

/** The Minister's evaluation audits (SK-6): started and recorded by JenV's evaluator. */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly settings: EvaluationSettings,
  ) {}

  private get evaluations() {
    return this.dataSource.getRepository(EvaluationEntity);
  }

  list(): Promise<EvaluationEntity[]> {
    return this.evaluations.find({ order: { startedAt: 'DESC' } });
  }

  async get(id: string): Promise<EvaluationEntity> {
    if (!UUID.test(id)) throw unknownEvaluation(id);
    const found = await this.evaluations.findOne({ where: { id } });
    if (!found) throw unknownEvaluation(id);
    return found;
  }

  /** Evaluations by id, in one query (the reference resolver's batch). */
  byIds(ids: readonly string[]): Promise<EvaluationEntity[]> {
    const valid = ids.filter((id) => UUID.test(id));
    return valid.length ? this.evaluations.find({ where: { id: In(valid) } }) : Promise.resolve([]);
  }

  async report(id: string): Promise<{ filename: string; contentType: string; contentBase64: string }> {
    if (!UUID.test(id)) throw unknownEvaluation(id);
    const found = await this.evaluations
      .createQueryBuilder('e')
      .addSelect('e.reportContent')
      .where('e.id = :id', { id })
      .getOne();
    if (!found) throw unknownEvaluation(id);
    if (!found.reportContent || !found.reportFilename)
      throw m.notFound('governance.evaluation.notFound', { id });
    return {
      filename: found.reportFilename,
      contentType: found.reportContentType ?? 'application/octet-stream',
      contentBase64: found.reportContent.toString('base64'),
    };
  }

  /** The last completed five-yearly evaluation's completion date, if any. */
  async lastCompletedFiveYearly(): Promise<string | null> {
    const last = await this.evaluations.findOne({
      where: { kind: 'VIJFJAARLIJKS', state: 'AFGEROND' },
      order: { completedOn: 'DESC' },
    });
    return last?.completedOn ? toIsoDay(last.completedOn) : null;
  }

  async schedule() {
    return evaluationSchedule(
      this.clock.today(),
      await this.lastCompletedFiveYearly(),
      this.settings.inForceSince,
    );
  }

  start(acting: ActingContext, input: StartEvaluation): Promise<EvaluationEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const problems = checkEvaluationStart(input);
      if (problems.length) throw badUserInput(problems);
      const evaluation: EvaluationEntity = Object.assign(new EvaluationEntity(), {
        id: randomUUID(),
        kind: input.kind as EvaluationKind,
        title: input.title.trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        scope: input.scope.trim(),
        auditor: input.auditor.trim(),
        reason: input.reason?.trim() || null,
        state: 'LOPEND' as const,
        findings: [],
        reportFilename: null,
        reportContentType: null,
        reportContent: null,
        reportSize: null,
        reportUploadedBy: null,
        reportUploadedAt: null,
        completedOn: null,
        startedBy: acting.actor,
        startedAt: this.clock.now(),
      });
      await tx.manager.getRepository(EvaluationEntity).insert(evaluation);
      await tx.audit('evaluation.started', evaluation.id, audited(evaluation));
      await this.publish(tx, evaluation);
      return evaluation;
    });
  }

  /**
   * Records findings with follow-up and the report; completes with completedOn. The record first
   * (NOT_FOUND), then the input (BAD_USER_INPUT), then the state (a completed one: CONFLICT).
   */
  record(acting: ActingContext, input: EvaluationResult): Promise<EvaluationEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(EvaluationEntity);
      if (!UUID.test(input.evaluationId)) throw unknownEvaluation(input.evaluationId);
      const evaluation = await repo.findOne({
        where: { id: input.evaluationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!evaluation) throw unknownEvaluation(input.evaluationId);
      const before = audited(evaluation);

      const problems: FieldProblem[] = checkEvaluationFindings(
        input.findings ?? [],
        evaluation.findings.map((f) => f.id),
      );
      let bytes: Buffer | null = null;
      if (input.report) {
        if (!BASE64.test(input.report.contentBase64 ?? ''))
          problems.push(m.problem('input.report.contentBase64', 'governance.report.empty'));
        else {
          bytes = Buffer.from(input.report.contentBase64, 'base64');
          problems.push(
            ...checkReportFile({
              filename: input.report.filename,
              contentType: input.report.contentType,
              bytes,
            }),
          );
        }
      }
      if (input.completedOn != null)
        problems.push(
          ...checkEvaluationCompletion(
            input.completedOn,
            bytes !== null || evaluation.reportFilename !== null,
            toIsoDay(evaluation.periodFrom),
            this.clock.today(),
          ),
        );
      if (problems.length) throw badUserInput(problems);
      assertEvaluationOpen(evaluation.state);

      const known = new Map(evaluation.findings.map((f) => [f.id, f]));
      const findings: EvaluationFinding[] = (input.findings ?? []).map((f) => ({
        id: f.id && known.has(f.id) ? f.id : randomUUID(),
        text: f.text.trim(),
        followUp: f.followUp?.trim() || null,
        state: f.state === 'AFGEHANDELD' ? 'AFGEHANDELD' : 'OPEN',
      }));
      const now = this.clock.now();
      const change: Partial<EvaluationEntity> = { findings };
      if (bytes && input.report)
        Object.assign(change, {
          reportFilename: normaliseReportFilename(input.report.filename),
          reportContentType: input.report.contentType,
          reportContent: bytes,
          reportSize: bytes.length,
          reportUploadedBy: acting.actor,
          reportUploadedAt: now,
        });
      if (input.completedOn != null)
        Object.assign(change, { state: 'AFGEROND', completedOn: input.completedOn });
      await repo.update({ id: evaluation.id }, change);
      Object.assign(evaluation, change);
      evaluation.reportContent = null;
      await tx.audit('evaluation.recorded', evaluation.id, { before, after: audited(evaluation) });
      await this.publish(tx, evaluation);
      return evaluation;
    });
  }

  private publish(tx: Transaction, e: EvaluationEntity) {
    return tx.emit(EvaluationRecorded, e.id, {
      evaluationId: e.id,
      kind: e.kind,
      title: e.title,
      periodFrom: toIsoDay(e.periodFrom),
      periodTo: toIsoDay(e.periodTo),
      state: e.state,
      completedOn: e.completedOn ? toIsoDay(e.completedOn) : null,
      findingCount: e.findings.length,
    });
  }
}
