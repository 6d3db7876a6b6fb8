import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CoUserReportSubmitted, IcvSubmitted } from '@mkib/contracts';
import {
  assertEditable,
  checkStatement,
  correct,
  IcvDraft,
  IcvException,
  MAX_TEXT,
  MedegebruikerStatus,
  prepare,
  scopeFor,
  sign,
  Statement,
  submit,
} from '@mkib/domain-icv';
import {
  badUserInput,
  conflict,
  FieldProblem,
  forbidden,
  notFound,
  toIsoTimestamp,
} from '@mkib/domain-shared';
import { authorise, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { AssessmentService } from '../assessment/assessment.service';
import { MedegebruikerReportEntity } from '../medegebruiker-report/medegebruiker-report.entity';
import { MedegebruikerReportRepository } from '../medegebruiker-report/medegebruiker-report.repository';
import { PartyRefRepository } from '../read-models/party-ref.repository';
import { IcvEntity } from './icv.entity';
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
  exceptions: r.exceptions,
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
export const toReport = (r: MedegebruikerReportEntity) => ({
  id: r.id,
  year: r.year,
  party: r.party,
  reportsTo: r.reportsTo,
  status: r.status,
  summary: r.summary,
  submittedBy: r.submittedBy,
  submittedAt: new Date(r.submittedAt).toISOString(),
});

const checkYear = (year: number): FieldProblem[] => {
  const now = new Date().getUTCFullYear();
  return Number.isInteger(year) && year >= now - 2 && year <= now + 1
    ? []
    : [{ field: 'year', message: `must be between ${now - 2} and ${now + 1}` }];
};

/** Who may see which ICVs: the own party; the boards only submitted ones; the auditor every one. */
type IcvVisibility =
  | { kind: 'all' }
  | { kind: 'submitted-and-own'; party: string }
  | { kind: 'own'; party: string };

@Injectable()
export class IcvService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentService,
  ) {}

  private visibility(principal: Principal): IcvVisibility {
    const grants = authorise(principal, 'icv.read');
    if (grants.some((g) => g.condition === 'any')) return { kind: 'all' };
    if (grants.some((g) => g.condition === 'before-my-board'))
      return { kind: 'submitted-and-own', party: principal.party };
    return { kind: 'own', party: principal.party };
  }

  private visible(v: IcvVisibility, row: IcvEntity): boolean {
    if (v.kind === 'all' || row.party === v.party) return true;
    return v.kind === 'submitted-and-own' && (row.state === 'INGEDIEND' || row.state === 'VERVANGEN');
  }

  async icv(principal: Principal, year: number, party: string | null): Promise<IcvView> {
    const wanted = party ?? principal.party;
    const row = await new IcvRepository(this.dataSource.manager).current(wanted, year);
    if (!row || !this.visible(this.visibility(principal), row))
      throw notFound(`There is no ICV of ${wanted} for ${year} that you may see.`);
    return toIcv(row);
  }

  async icvs(principal: Principal, year: number): Promise<IcvView[]> {
    const v = this.visibility(principal);
    const rows = await new IcvRepository(this.dataSource.manager).currentOfYear(year);
    return rows.filter((r) => this.visible(v, r)).map(toIcv);
  }

  async versions(icvId: string): Promise<IcvView[]> {
    return (await new IcvRepository(this.dataSource.manager).versionsOf([icvId])).map(toIcv);
  }

  /** The co-users an ICV covers, each with its report or the reason it is missing. */
  async coverage(icv: IcvView) {
    if (icv.scope === 'BEHEERORGANISATIE') return [];
    const m = this.dataSource.manager;
    const expected = await new PartyRefRepository(m).medegebruikersOf([icv.party]);
    const reports = await new MedegebruikerReportRepository(m).toParties([
      { reportsTo: icv.party, year: icv.year },
    ]);
    return expected.map(({ code }) => {
      const report = reports.find((r) => r.party === code && r.year === icv.year);
      return {
        party: code,
        report: report ? toReport(report) : null,
        missingReason: report ? null : (icv.namedMissing.find((n) => n.party === code)?.reason ?? null),
      };
    });
  }

  async coUserReports(principal: Principal, year: number) {
    const grants = authorise(principal, 'co-user-report.read');
    const all = grants.some((g) => g.condition === 'any');
    const rows = await new MedegebruikerReportRepository(this.dataSource.manager).ofYear(
      year,
      all ? null : principal.party,
    );
    return rows.map(toReport);
  }

  /** A medegebruiker (or bijzondere gebruiker) reports its status once a year to whom it reports to. */
  submitCoUserReport(
    acting: ActingContext,
    principal: Principal,
    input: { year: number; status: string; summary: string },
  ) {
    const problems = checkYear(input.year).map((p) => ({ ...p, field: `input.${p.field}` }));
    const summary = input.summary.trim();
    if (summary.length < 10)
      problems.push({ field: 'input.summary', message: 'describe the status in at least 10 characters' });
    if (summary.length > MAX_TEXT)
      problems.push({ field: 'input.summary', message: `must be at most ${MAX_TEXT} characters` });
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const ref = await new PartyRefRepository(tx.manager).get(principal.party);
      if (!ref?.reportsTo)
        throw forbidden(`${principal.party} is not a co-user that reports to a hoofdgebruiker or the LMS.`);
      const reports = new MedegebruikerReportRepository(tx.manager);
      if (await reports.exists(input.year, principal.party))
        throw conflict(`${principal.party} has reported for ${input.year} already.`);
      const row: MedegebruikerReportEntity = {
        id: randomUUID(),
        year: input.year,
        party: principal.party,
        reportsTo: ref.reportsTo,
        status: input.status as MedegebruikerStatus,
        summary,
        submittedBy: acting.actor,
        submittedAt: new Date(),
      };
      await reports.insert(row);
      await tx.emit(CoUserReportSubmitted, row.party, {
        party: row.party,
        year: row.year,
        reportsTo: row.reportsTo,
        status: row.status,
      });
      await tx.audit('co-user-report.submitted', row.id, {
        year: row.year,
        party: row.party,
        reportsTo: row.reportsTo,
        status: row.status,
      });
      return toReport(row);
    });
  }

  /** Starts the ICV of the caller's organisation: the LMS and the hoofdgebruikers give one (SK-4.6, SK-5.5). */
  start(acting: ActingContext, principal: Principal, year: number) {
    const problems = checkYear(year);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const ref = await new PartyRefRepository(tx.manager).get(principal.party);
      if (!ref || !['BEHEERDER', 'HOOFDGEBRUIKER'].includes(ref.kind))
        throw forbidden(
          `${principal.party} gives no ICV: the LMS and the hoofdgebruikers do (co-users report to them).`,
        );
      const icvs = new IcvRepository(tx.manager);
      if (await icvs.current(principal.party, year))
        throw conflict(`${principal.party} has an ICV for ${year} already; change it or start a correction.`);
      const row: IcvEntity = {
        id: randomUUID(),
        version: 1,
        party: principal.party,
        year,
        scope: scopeFor(ref.kind as 'BEHEERDER' | 'HOOFDGEBRUIKER'),
        state: 'CONCEPT',
        statement: null,
        exceptions: [],
        namedMissing: [],
        correctionReason: null,
        createdBy: acting.actor,
        createdAt: new Date(),
        preparedBy: null,
        preparedAt: null,
        signedBy: null,
        signedAt: null,
        submittedAt: null,
      };
      await icvs.insert(row);
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

  /** Runs a step on the caller's own current ICV under a row lock, audited. */
  private step(
    acting: ActingContext,
    principal: Principal,
    year: number,
    action: string,
    work: (row: IcvEntity, manager: EntityManager) => Promise<Record<string, unknown>>,
  ) {
    const problems = checkYear(year);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const icvs = new IcvRepository(tx.manager);
      const row = await icvs.current(principal.party, year, true);
      if (!row) throw notFound(`${principal.party} has no ICV for ${year}: start it first.`);
      const details = await work(row, tx.manager);
      await tx.audit(action, `${row.party}/${year}`, { icvId: row.id, version: row.version, ...details });
      if (action === 'icv.submitted') {
        const after = (await icvs.current(principal.party, year))!;
        const assessment = await this.assessments.assessment(after.party, after.year, tx.manager);
        await tx.emit(IcvSubmitted, after.id, {
          compliance: {
            percentImplemented: assessment.progress.percentImplemented,
            byFacility: assessment.byFacility.map((f) => ({
              facilityCode: f.facilityCode,
              percentImplemented: f.progress.percentImplemented,
            })),
          },
          icvId: after.id,
          party: after.party,
          year: after.year,
          version: after.version,
          statement: after.statement!,
          scope: after.scope,
          exceptionCount: after.exceptions.length,
          exceptions: after.exceptions,
          signedBy: after.signedBy!,
          replacesVersion: after.version > 1 ? after.version - 1 : null,
        });
      }
      return toIcv((await icvs.current(principal.party, year))!);
    });
  }

  update(
    acting: ActingContext,
    principal: Principal,
    input: {
      year: number;
      statement: string | null;
      exceptions: IcvException[];
      namedMissing: { party: string; reason: string }[];
    },
  ) {
    return this.step(acting, principal, input.year, 'icv.updated', async (row, manager) => {
      const nextState = assertEditable(this.draftOf(row));
      const problems = checkStatement(input.statement, input.exceptions);
      input.namedMissing.forEach((n, i) => {
        if (n.reason.trim().length < 10)
          problems.push({
            field: `input.namedMissing[${i}].reason`,
            message: 'give the reason in at least 10 characters',
          });
      });
      if (problems.length) throw badUserInput(problems);
      Object.assign(row, {
        statement: input.statement as Statement | null,
        exceptions: input.exceptions,
        namedMissing: input.namedMissing,
        state: nextState,
        preparedBy: null,
        preparedAt: null,
        signedBy: null,
        signedAt: null,
      });
      await new IcvRepository(manager).save(row);
      return {
        statement: input.statement,
        exceptions: input.exceptions.length,
        namedMissing: input.namedMissing,
      };
    });
  }

  prepare(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.prepared', async (row, manager) => {
      const next = prepare(this.draftOf(row), acting.actor);
      Object.assign(row, next, { preparedAt: new Date() });
      await new IcvRepository(manager).save(row);
      return {};
    });
  }

  sign(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.signed', async (row, manager) => {
      const next = sign(this.draftOf(row), acting.actor);
      Object.assign(row, next, { signedAt: new Date() });
      await new IcvRepository(manager).save(row);
      return { statement: row.statement };
    });
  }

  submit(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.submitted', async (row, manager) => {
      const expected =
        row.scope === 'BEHEERORGANISATIE'
          ? []
          : await new PartyRefRepository(manager).medegebruikersOf([row.party]);
      const received = (
        await new MedegebruikerReportRepository(manager).toParties([{ reportsTo: row.party, year: row.year }])
      ).filter((r) => r.year === row.year);
      const next = submit(this.draftOf(row), {
        expected: expected.map((e) => e.code),
        received: received.map((r) => r.party),
        namedMissing: row.namedMissing,
      });
      Object.assign(row, next, { submittedAt: new Date() });
      await new IcvRepository(manager).save(row);
      return { statement: row.statement, coUserReports: received.map((r) => r.party) };
    });
  }

  correct(acting: ActingContext, principal: Principal, year: number, reason: string) {
    return this.step(acting, principal, year, 'icv.correction-started', async (row, manager) => {
      const { previous, next } = correct(this.draftOf(row), reason);
      const icvs = new IcvRepository(manager);
      const replaced = { ...row };
      row.state = previous;
      await icvs.save(row);
      await icvs.insert({
        ...replaced,
        version: next.version,
        state: next.state,
        correctionReason: reason.trim(),
        createdBy: acting.actor,
        createdAt: new Date(),
        preparedBy: null,
        preparedAt: null,
        signedBy: null,
        signedAt: null,
        submittedAt: null,
      });
      return { reason: reason.trim(), newVersion: next.version };
    });
  }
}
