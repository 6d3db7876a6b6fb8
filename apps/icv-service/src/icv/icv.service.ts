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
  IcvScope,
  IcvState,
  MAX_TEXT,
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

export interface IcvRow {
  id: string;
  version: number;
  party: string;
  year: number;
  scope: IcvScope;
  state: IcvState;
  statement: Statement | null;
  exceptions: IcvException[];
  named_missing: { party: string; reason: string }[];
  correction_reason: string | null;
  created_by: string;
  created_at: Date;
  prepared_by: string | null;
  prepared_at: Date | null;
  signed_by: string | null;
  signed_at: Date | null;
  submitted_at: Date | null;
}

export interface CoUserReportRow {
  id: string;
  year: number;
  party: string;
  reports_to: string;
  status: string;
  summary: string;
  submitted_by: string;
  submitted_at: Date;
}

export const toIcv = (r: IcvRow) => ({
  id: r.id,
  version: r.version,
  party: r.party,
  year: r.year,
  scope: r.scope,
  state: r.state,
  statement: r.statement,
  exceptions: r.exceptions,
  namedMissing: r.named_missing,
  correctionReason: r.correction_reason,
  createdBy: r.created_by,
  preparedBy: r.prepared_by,
  preparedAt: toIsoTimestamp(r.prepared_at),
  signedBy: r.signed_by,
  signedAt: toIsoTimestamp(r.signed_at),
  submittedAt: toIsoTimestamp(r.submitted_at),
});
export type IcvView = ReturnType<typeof toIcv>;
export const toReport = (r: CoUserReportRow) => ({
  id: r.id,
  year: r.year,
  party: r.party,
  reportsTo: r.reports_to,
  status: r.status,
  summary: r.summary,
  submittedBy: r.submitted_by,
  submittedAt: new Date(r.submitted_at).toISOString(),
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

  private visible(v: IcvVisibility, row: IcvRow): boolean {
    if (v.kind === 'all' || row.party === v.party) return true;
    return v.kind === 'submitted-and-own' && (row.state === 'INGEDIEND' || row.state === 'VERVANGEN');
  }

  private async current(
    party: string,
    year: number,
    manager: EntityManager,
    lock = false,
  ): Promise<IcvRow | null> {
    const [row] = await manager.query(
      `SELECT * FROM icv.icv WHERE party = $1 AND year = $2 AND state <> 'VERVANGEN'${lock ? ' FOR UPDATE' : ''}`,
      [party, year],
    );
    return (row as IcvRow) ?? null;
  }

  async icv(principal: Principal, year: number, party: string | null): Promise<IcvView> {
    const wanted = party ?? principal.party;
    const row = await this.current(wanted, year, this.dataSource.manager);
    if (!row || !this.visible(this.visibility(principal), row))
      throw notFound(`There is no ICV of ${wanted} for ${year} that you may see.`);
    return toIcv(row);
  }

  async icvs(principal: Principal, year: number): Promise<IcvView[]> {
    const v = this.visibility(principal);
    const rows: IcvRow[] = await this.dataSource.query(
      `SELECT * FROM icv.icv WHERE year = $1 AND state <> 'VERVANGEN' ORDER BY party`,
      [year],
    );
    return rows.filter((r) => this.visible(v, r)).map(toIcv);
  }

  async versions(icvId: string): Promise<IcvView[]> {
    const rows: IcvRow[] = await this.dataSource.query(
      `SELECT * FROM icv.icv WHERE id = $1 ORDER BY version DESC`,
      [icvId],
    );
    return rows.map(toIcv);
  }

  /** The co-users an ICV covers, each with its report or the reason it is missing. */
  async coverage(icv: IcvView) {
    if (icv.scope === 'BEHEERORGANISATIE') return [];
    const expected: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM icv.party_ref WHERE reports_to = $1 AND kind = 'MEDEGEBRUIKER' ORDER BY code`,
      [icv.party],
    );
    const reports: CoUserReportRow[] = await this.dataSource.query(
      `SELECT * FROM icv.co_user_report WHERE year = $1 AND reports_to = $2`,
      [icv.year, icv.party],
    );
    return expected.map(({ code }) => {
      const report = reports.find((r) => r.party === code);
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
    const rows: CoUserReportRow[] = await this.dataSource.query(
      `SELECT * FROM icv.co_user_report WHERE year = $1 ${all ? '' : 'AND (party = $2 OR reports_to = $2)'} ORDER BY party`,
      all ? [year] : [year, principal.party],
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
      const [ref] = await tx.manager.query(`SELECT reports_to FROM icv.party_ref WHERE code = $1`, [
        principal.party,
      ]);
      if (!ref?.reports_to)
        throw forbidden(`${principal.party} is not a co-user that reports to a hoofdgebruiker or the LMS.`);
      const [existing] = await tx.manager.query(
        `SELECT 1 FROM icv.co_user_report WHERE year = $1 AND party = $2`,
        [input.year, principal.party],
      );
      if (existing) throw conflict(`${principal.party} has reported for ${input.year} already.`);
      const row: CoUserReportRow = {
        id: randomUUID(),
        year: input.year,
        party: principal.party,
        reports_to: ref.reports_to,
        status: input.status,
        summary,
        submitted_by: acting.actor,
        submitted_at: new Date(),
      };
      await tx.manager.query(
        `INSERT INTO icv.co_user_report (id, year, party, reports_to, status, summary, submitted_by, submitted_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [
          row.id,
          row.year,
          row.party,
          row.reports_to,
          row.status,
          row.summary,
          row.submitted_by,
          row.submitted_at,
        ],
      );
      await tx.emit(CoUserReportSubmitted, row.party, {
        party: row.party,
        year: row.year,
        reportsTo: row.reports_to,
        status: row.status as 'GEIMPLEMENTEERD' | 'DEELS' | 'NIET',
      });
      await tx.audit('co-user-report.submitted', row.id, {
        year: row.year,
        party: row.party,
        reportsTo: row.reports_to,
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
      const [ref] = await tx.manager.query(`SELECT kind FROM icv.party_ref WHERE code = $1`, [
        principal.party,
      ]);
      if (!ref || !['BEHEERDER', 'HOOFDGEBRUIKER'].includes(ref.kind))
        throw forbidden(
          `${principal.party} gives no ICV: the LMS and the hoofdgebruikers do (co-users report to them).`,
        );
      if (await this.current(principal.party, year, tx.manager))
        throw conflict(`${principal.party} has an ICV for ${year} already; change it or start a correction.`);
      const row = {
        id: randomUUID(),
        version: 1,
        party: principal.party,
        year,
        scope: scopeFor(ref.kind as 'BEHEERDER' | 'HOOFDGEBRUIKER'),
        state: 'CONCEPT' as const,
      };
      await tx.manager.query(
        `INSERT INTO icv.icv (id, version, party, year, scope, state, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,now())`,
        [row.id, row.version, row.party, row.year, row.scope, row.state, acting.actor],
      );
      await tx.audit('icv.started', `${row.party}/${year}`, { icvId: row.id, scope: row.scope });
      return toIcv((await this.current(principal.party, year, tx.manager))!);
    });
  }

  private draftOf(row: IcvRow): IcvDraft {
    return {
      state: row.state,
      version: row.version,
      statement: row.statement,
      exceptions: row.exceptions,
      preparedBy: row.prepared_by,
      signedBy: row.signed_by,
    };
  }

  /** Runs a step on the caller's own current ICV under a row lock, audited. */
  private step(
    acting: ActingContext,
    principal: Principal,
    year: number,
    action: string,
    work: (row: IcvRow, manager: EntityManager) => Promise<Record<string, unknown>>,
  ) {
    const problems = checkYear(year);
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const row = await this.current(principal.party, year, tx.manager, true);
      if (!row) throw notFound(`${principal.party} has no ICV for ${year}: start it first.`);
      const details = await work(row, tx.manager);
      await tx.audit(action, `${row.party}/${year}`, { icvId: row.id, version: row.version, ...details });
      if (action === 'icv.submitted') {
        const after = (await this.current(principal.party, year, tx.manager))!;
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
          signedBy: after.signed_by!,
          replacesVersion: after.version > 1 ? after.version - 1 : null,
        });
      }
      return toIcv((await this.current(principal.party, year, tx.manager))!);
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
      await manager.query(
        `UPDATE icv.icv SET statement = $3, exceptions = $4, named_missing = $5, state = $6, prepared_by = NULL, prepared_at = NULL,
                signed_by = NULL, signed_at = NULL
          WHERE id = $1 AND version = $2`,
        [
          row.id,
          row.version,
          input.statement,
          JSON.stringify(input.exceptions),
          JSON.stringify(input.namedMissing),
          nextState,
        ],
      );
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
      await manager.query(
        `UPDATE icv.icv SET state = $3, prepared_by = $4, prepared_at = now() WHERE id = $1 AND version = $2`,
        [row.id, row.version, next.state, next.preparedBy],
      );
      return {};
    });
  }

  sign(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.signed', async (row, manager) => {
      const next = sign(this.draftOf(row), acting.actor);
      await manager.query(
        `UPDATE icv.icv SET state = $3, signed_by = $4, signed_at = now() WHERE id = $1 AND version = $2`,
        [row.id, row.version, next.state, next.signedBy],
      );
      return { statement: row.statement };
    });
  }

  submit(acting: ActingContext, principal: Principal, year: number) {
    return this.step(acting, principal, year, 'icv.submitted', async (row, manager) => {
      const expected: { code: string }[] =
        row.scope === 'BEHEERORGANISATIE'
          ? []
          : await manager.query(
              `SELECT code FROM icv.party_ref WHERE reports_to = $1 AND kind = 'MEDEGEBRUIKER'`,
              [row.party],
            );
      const received: { party: string }[] = await manager.query(
        `SELECT party FROM icv.co_user_report WHERE year = $1 AND reports_to = $2`,
        [row.year, row.party],
      );
      const next = submit(this.draftOf(row), {
        expected: expected.map((e) => e.code),
        received: received.map((r) => r.party),
        namedMissing: row.named_missing,
      });
      await manager.query(
        `UPDATE icv.icv SET state = $3, submitted_at = now() WHERE id = $1 AND version = $2`,
        [row.id, row.version, next.state],
      );
      return { statement: row.statement, coUserReports: received.map((r) => r.party) };
    });
  }

  correct(acting: ActingContext, principal: Principal, year: number, reason: string) {
    return this.step(acting, principal, year, 'icv.correction-started', async (row, manager) => {
      const { previous, next } = correct(this.draftOf(row), reason);
      await manager.query(`UPDATE icv.icv SET state = $3 WHERE id = $1 AND version = $2`, [
        row.id,
        row.version,
        previous,
      ]);
      await manager.query(
        `INSERT INTO icv.icv (id, version, party, year, scope, state, statement, exceptions, named_missing, correction_reason, created_by, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,now())`,
        [
          row.id,
          next.version,
          row.party,
          row.year,
          row.scope,
          next.state,
          row.statement,
          JSON.stringify(row.exceptions),
          JSON.stringify(row.named_missing),
          reason.trim(),
          acting.actor,
        ],
      );
      return { reason: reason.trim(), newVersion: next.version };
    });
  }
}
