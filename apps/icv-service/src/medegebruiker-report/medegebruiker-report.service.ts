import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CoUserReportSubmitted } from '@mkib/contracts';
import { checkMedegebruikerReport, icvMessage as m, NamedMissing } from '@mkib/domain-icv';
import { Clock, badUserInput } from '@mkib/domain-shared';
import { authorise, Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { PartyRefRepository } from '../read-models/party-ref.repository';
import { MedegebruikerReportEntity } from './medegebruiker-report.entity';
import { MedegebruikerReportInput } from './medegebruiker-report.input';
import { MedegebruikerReportRepository } from './medegebruiker-report.repository';

/** The GraphQL shape of a report (type `CoUserReport`), kept apart from the entity. */
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
export type MedegebruikerReportView = ReturnType<typeof toReport>;

/** The medegebruikers a party answers for in a year, with the reports received from them. */
export interface MedegebruikerReports {
  party: string;
  year: number;
  /** The medegebruikers that report to the party, by code. */
  expected: string[];
  received: MedegebruikerReportEntity[];
}

/** One medegebruiker an ICV covers (GraphQL `CoUserCoverage`): its report, or the reason it is missing. */
export const coverageOf = (reports: MedegebruikerReports, namedMissing: NamedMissing[]) =>
  reports.expected.map((party) => {
    const report = reports.received.find((r) => r.party === party);
    return {
      party,
      report: report ? toReport(report) : null,
      missingReason: report ? null : (namedMissing.find((n) => n.party === party)?.reason ?? null),
    };
  });

/**
 * Medegebruikersrapportages (SK-5.4): a medegebruiker (or bijzondere gebruiker) reports its
 * implementation status once a year to the party it reports to; that party's ICV covers them.
 */
@Injectable()
export class MedegebruikerReportService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Your own reports (medegebruiker), those reported to your party, or all (auditor). */
  async reports(principal: Principal, year: number): Promise<MedegebruikerReportView[]> {
    const grants = authorise(principal, 'co-user-report.read');
    const all = grants.some((g) => g.condition === 'any');
    const rows = await new MedegebruikerReportRepository(this.dataSource.manager).ofYear(
      year,
      all ? null : principal.party,
    );
    return rows.map(toReport);
  }

  /** For each party and year: the medegebruikers reporting to it and their reports (two queries in all). */
  async reportsTo(
    keys: readonly { party: string; year: number }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MedegebruikerReports[]> {
    const parties = [...new Set(keys.map((k) => k.party))];
    const medegebruikers = await new PartyRefRepository(manager).medegebruikersOf(parties);
    const reports = await new MedegebruikerReportRepository(manager).toParties(
      keys.map((k) => ({ reportsTo: k.party, year: k.year })),
    );
    return keys.map(({ party, year }) => ({
      party,
      year,
      // A co-user whose admission ended before the year began owes no report of that year (SK-5.4).
      expected: medegebruikers
        .filter((p) => p.reportsTo === party && (!p.endsOn || p.endsOn >= `${year}-01-01`))
        .map((p) => p.code),
      received: reports.filter((r) => r.reportsTo === party && r.year === year),
    }));
  }

  submit(acting: ActingContext, principal: Principal, input: MedegebruikerReportInput) {
    const summary = input.summary.trim();
    return this.unitOfWork.run(acting, async (tx) => {
      const ref = await new PartyRefRepository(tx.manager).get(principal.party);
      // Only a medegebruiker or bijzondere gebruiker reports: an operation this party may never perform,
      // refused before its input is looked at.
      if (!ref?.reportsTo)
        throw m.forbidden('icv.medegebruikerReport.notAMedegebruiker', { party: principal.party });
      const problems = checkMedegebruikerReport(input, this.clock.now());
      if (problems.length) throw badUserInput(problems);
      const reports = new MedegebruikerReportRepository(tx.manager);
      const reportedAlready = () =>
        m.conflict('icv.medegebruikerReport.reportedAlready', { party: principal.party, year: input.year });
      if (await reports.exists(input.year, principal.party)) throw reportedAlready();
      const row: MedegebruikerReportEntity = {
        id: randomUUID(),
        year: input.year,
        party: principal.party,
        reportsTo: ref.reportsTo,
        status: input.status,
        summary,
        submittedBy: acting.actor,
        submittedAt: this.clock.now(),
      };
      // Once a year: of reports at once, the one whose insert lands wins.
      if (!(await reports.insert(row))) throw reportedAlready();
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
}
