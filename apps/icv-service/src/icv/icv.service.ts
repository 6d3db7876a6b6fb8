import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { IcvSubmitted } from '@mkib/contracts';
import {
  assertEditable,
  canRead,
  checkComplyOrExplain,
  checkNamedMissing,
  checkStatement,
  checkYear,
  correct,
  givesIcv,
  icvMessage as m,
  IcvDraft,
  IcvReader,
  measureKey,
  NamedMissing,
  prepare,
  scopeFor,
  sign,
  submit,
} from '@mkib/domain-icv';
import { badUserInput, Clock, toIsoTimestamp } from '@mkib/domain-shared';
import { authorise, Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { AssessmentService } from '../assessment/assessment.service';
import { MedegebruikerReportService } from '../medegebruiker-report/medegebruiker-report.service';
import { ApplicableMeasureRepository } from '../read-models/applicable-measure.repository';
import { PartyRefRepository } from '../read-models/party-ref.repository';
import { toIcvException } from './icv-exception.view';
import { IcvEntity } from './icv.entity';
import { MissingReportExplanationInput, UpdateIcvInput } from './icv.input';
import { IcvRepository } from './icv.repository';

/** The GraphQL shape of an ICV version, kept apart from the entity. */
export const toIcv = (r: IcvEntity) => ({
  id: r.id,
  version: r.version,
  party: r.party,
  year: r.year,
  scope: r.scope,
  state: r.state,
  statement: r.statement,
  exceptions: r.exceptions.map(toIcvException),
  namedMissing: r.namedMissing,
  correctionReason: r.correctionReason,
  createdBy: r.createdBy,
  preparedBy: r.preparedBy,
  preparedAt: toIsoTimestamp(r.preparedAt),
  signedBy: r.signedBy,
  signedAt: toIsoTimestamp(r.signedAt),
  submittedAt: toIsoTimestamp(r.submittedAt),
});
export type IcvView = ReturnType<typeof toIcv>;

/** A new ICV version (the first, or a correction) is prepared, signed and submitted by nobody yet. */
const NOT_YET_PREPARED = {
  preparedBy: null,
  preparedAt: null,
  signedBy: null,
  signedAt: null,
  submittedAt: null,
} as const;

@Injectable()
export class IcvService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentService,
    private readonly medegebruikerReports: MedegebruikerReportService,
    private readonly clock: Clock,
  ) {}

  /** The medegebruikers that report to the ICV's party in its year. */
  private async coUsersOf(row: { party: string; year: number }, manager: EntityManager): Promise<string[]> {
    const [reports] = await this.medegebruikerReports.reportsTo(
      [{ party: row.party, year: row.year }],
      manager,
    );
    return reports?.expected ?? [];
  }

  /** The reader the authorisation table makes of the caller. */
  private reader(principal: Principal): IcvReader {
    const grants = authorise(principal, 'icv.read');
    if (grants.some((g) => g.condition === 'any')) return { kind: 'all' };
    if (grants.some((g) => g.condition === 'before-my-board'))
      return { kind: 'submitted-and-own', party: principal.party };
    return { kind: 'own', party: principal.party };
  }

  /** Another party's ICV the caller may not see is as unknown as a missing one (NOT_FOUND). */
  async icv(principal: Principal, year: number, party: string | null): Promise<IcvView> {
    const notVisible = (wanted: string) => m.notFound('icv.notVisible', { party: wanted, year });
    const wanted = readablePartyOrNotFound(principal, 'icv.read', party, notVisible);
    const row = await new IcvRepository(this.dataSource.manager).current(wanted, year);
    if (!row || !canRead(this.reader(principal), row)) throw notVisible(wanted);
    return toIcv(row);
  }

  async icvs(principal: Principal, year: number): Promise<IcvView[]> {
    const reader = this.reader(principal);
    const rows = await new IcvRepository(this.dataSource.manager).currentOfYear(year);
    return rows.filter((r) => canRead(reader, r)).map(toIcv);
  }

  /** Starts the ICV of the caller's organisation: the LMS and the hoofdgebruikers give one (SK-4.6, SK-5.5). */
  start(acting: ActingContext, principal: Principal, year: number) {
    return this.unitOfWork.run(acting, async (tx) => {
      const ref = await new PartyRefRepository(tx.manager).get(principal.party);
      // The party's kind, not the caller's role, rules this out: an operation it may never perform.
      if (!ref || !givesIcv(ref.kind)) throw m.forbidden('icv.givesNoIcv', { party: principal.party });
      const problems = checkYear('year', year, this.clock.now());
      if (problems.length) throw badUserInput(problems);
      const icvs = new IcvRepository(tx.manager);
      if (await icvs.current(principal.party, year))
        throw m.conflict('icv.startedAlready', { party: principal.party, year });
      const row: IcvEntity = {
        id: randomUUID(),
        version: 1,
        party: principal.party,
        year,
        scope: scopeFor(ref.kind),
        state: 'CONCEPT',
        statement: null,
        exceptions: [],
        namedMissing: [],
        correctionReason: null,
        createdBy: acting.actor,
        createdAt: this.clock.now(),
        ...NOT_YET_PREPARED,
      };
      // Started once: of starts at once, the one whose insert lands wins (one current version a year).
      if (!(await icvs.insertIfNone(row)))
        throw m.conflict('icv.startedAlready', { party: principal.party, year });
      await tx.audit('icv.started', `${row.party}/${year}`, { icvId: row.id, scope: row.scope });
      return toIcv(row);
    });
  }

  private draftOf(row: IcvEntity): IcvDraft {
    return {
      state: row.state,
      version: row.version,
      statement: row.statement,
      exceptions: row.exceptions,
      preparedBy: row.preparedBy,
      signedBy: row.signedBy,
    };
  }

  /** Runs a step on the caller's own current ICV under a row lock, audited; `work` saves the change. */
  private step(
    acting: ActingContext,
    principal: Principal,
    year: number,
    action: string,
    work: (row: IcvEntity, icvs: IcvRepository, tx: Transaction) => Promise<Record<string, unknown>>,
    yearField = 'year',
  ) {
    const problems = checkYear(yearField, year, this.clock.now());
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const icvs = new IcvRepository(tx.manager);
      const row = await icvs.current(principal.party, year, true);
      if (!row) throw m.notFound('icv.notStarted', { party: principal.party, year });
      const details = await work(row, icvs, tx);
      await tx.audit(action, `${row.party}/${year}`, { icvId: row.id, version: row.version, ...details });
      return toIcv((await icvs.current(principal.party, year))!);
    });
  }

  update(acting: ActingContext, principal: Principal, input: UpdateIcvInput) {
    const statement = input.statement ?? null;
    return this.step(
      acting,
      principal,
      input.year,
      'icv.updated',
      async (row, icvs, tx) => {
        const nextState = assertEditable(this.draftOf(row));
        const applicable = (await new ApplicableMeasureRepository(tx.manager).ofParty(row.party)).map(
          measureKey,
        );
        const exceptions = input.exceptions.map((e) => ({
          measures: e.measures.map((r) => ({ frameworkCode: r.frameworkCode, identifier: r.identifier })),
          explanation: e.explanation.trim(),
          plannedDate: e.plannedDate,
        }));
        const problems = [
          ...checkStatement(statement, exceptions, new Set(applicable)),
          ...checkNamedMissing(input.namedMissing, await this.coUsersOf(row, tx.manager)),
        ];
        if (problems.length) throw badUserInput(problems);
        Object.assign(row, {
          statement,
          exceptions,
          namedMissing: input.namedMissing,
          state: nextState,
          preparedBy: null,
          preparedAt: null,
          signedBy: null,
          signedAt: null,
        });
        await icvs.save(row);
        return { statement, exceptions: input.exceptions.length, namedMissing: input.namedMissing };
      },
      'input.year',
    );
  }

  /**
   * Marks the draft ready for signature once it complies or explains (SK-5.5, SK-3.5): every applicable
   * measure that is NIET, DEELS or unassessed is an exception with an explanation and a planned date (or
   * the statement is NIET_IN_CONTROL), and every missing medegebruiker report is explained; explanations
   * given with the call are recorded first. Refused with one problem per measure or report otherwise.
   */
  prepare(
    acting: ActingContext,
    principal: Principal,
    year: number,
    missingReportExplanations: MissingReportExplanationInput[] = [],
  ) {
    const explained: NamedMissing[] = missingReportExplanations.map((e) => ({
      party: e.party,
      reason: e.explanation.trim(),
    }));
    return this.step(acting, principal, year, 'icv.prepared', async (row, icvs, tx) => {
      // The ICV first (NOT_FOUND when not started), then the input.
      const input = checkNamedMissing(
        explained,
        await this.coUsersOf(row, tx.manager),
        'missingReportExplanations',
        'explanation',
      );
      if (input.length) throw badUserInput(input);
      const next = prepare(this.draftOf(row), acting.actor);
      const namedMissing = [
        ...row.namedMissing.filter((n) => !explained.some((e) => e.party === n.party)),
        ...explained,
      ];
      const problems = await this.complyOrExplain(row, namedMissing, tx.manager);
      if (problems.length) throw badUserInput(problems);
      Object.assign(row, next, { namedMissing, preparedAt: this.clock.now() });
      await icvs.save(row);
      return explained.length ? { missingReportExplanations: explained } : {};
    });
  }

  /**
   * What keeps the ICV from complying or explaining (SK-5.5, SK-3.5), against the assessment and the
   * medegebruikers' reports as they stand: checked at prepare, and again at submission, since the
   * assessment may have changed after signing.
   */
  private async complyOrExplain(row: IcvEntity, namedMissing: NamedMissing[], manager: EntityManager) {
    const assessment = await this.assessments.assessment(row.party, row.year, manager);
    const [coUsers] =
      row.scope === 'BEHEERORGANISATIE'
        ? [{ expected: [], received: [] }]
        : await this.medegebruikerReports.reportsTo([row], manager);
    return checkComplyOrExplain({
      statement: row.statement,
      exceptions: row.exceptions,
      measures: assessment.entries.map((e) => ({
        frameworkCode: e.frameworkCode,
        identifier: e.identifier,
        status: e.status,
      })),
      coUsers: {
        expected: coUsers.expected,
        received: coUsers.received.map((r) => r.party),
        namedMissing,
      },
      now: this.clock.now(),
    });
  }

  sign(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.signed', async (row, icvs) => {
      Object.assign(row, sign(this.draftOf(row), acting.actor), { signedAt: this.clock.now() });
      await icvs.save(row);
      return { statement: row.statement };
    });
  }

  /**
   * Submits the signed ICV to the SMB: with every medegebruiker's report or a named reason (SK-5.4), and
   * announces it with the assessment's compliance figures (the SMB agenda).
   */
  submit(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.submitted', async (row, icvs, tx) => {
      const [coUsers] =
        row.scope === 'BEHEERORGANISATIE'
          ? [{ expected: [], received: [] }]
          : await this.medegebruikerReports.reportsTo([row], tx.manager);
      const received = coUsers.received.map((r) => r.party);
      const next = submit(this.draftOf(row), {
        expected: coUsers.expected,
        received,
        namedMissing: row.namedMissing,
      });
      // The assessment may have changed since it was prepared: it must still comply or explain.
      const problems = await this.complyOrExplain(row, row.namedMissing, tx.manager);
      if (problems.length) throw badUserInput(problems);
      Object.assign(row, next, { submittedAt: this.clock.now() });
      await icvs.save(row);
      // Frozen means frozen: the assessment as of submission, read for this year from now on.
      await this.assessments.freeze(row, tx.manager);
      const compliance = await this.assessments.compliance(row.party, row.year, tx.manager);
      const proposal = await this.assessments.proposal(row.party, row.year, tx.manager);
      await tx.emit(IcvSubmitted, row.id, {
        compliance,
        proposal,
        missingReports: coUsers.expected
          .filter((p) => !received.includes(p))
          .map((party) => ({
            party,
            explanation: row.namedMissing.find((n) => n.party === party)?.reason ?? '',
          })),
        icvId: row.id,
        party: row.party,
        year: row.year,
        version: row.version,
        statement: row.statement!,
        scope: row.scope,
        exceptionCount: row.exceptions.length,
        exceptions: row.exceptions.map((e) => ({ ...e, legacy: e.legacy ?? null })),
        signedBy: row.signedBy!,
        replacesVersion: row.version > 1 ? row.version - 1 : null,
      });
      return { statement: row.statement, coUserReports: received };
    });
  }

  correct(acting: ActingContext, principal: Principal, year: number, reason: string) {
    return this.step(acting, principal, year, 'icv.correction-started', async (row, icvs) => {
      const { previous, next } = correct(this.draftOf(row), reason);
      const replaced = { ...row };
      row.state = previous;
      await icvs.save(row);
      await icvs.insert({
        ...replaced,
        version: next.version,
        state: next.state,
        correctionReason: reason.trim(),
        createdBy: acting.actor,
        createdAt: this.clock.now(),
        ...NOT_YET_PREPARED,
      });
      return { reason: reason.trim(), newVersion: next.version };
    });
  }
}
