import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  assertDecisionAllowed,
  checkCycle,
  CycleDates,
  Milestone,
  remindersDue,
  checkDecision,
  InstructionState,
  reportInstructionDone,
  reviewInstruction,
} from '@mkib/domain-governance';
import {
  badUserInput,
  conflict,
  FieldProblem,
  notFound,
  toIsoDay,
  toIsoTimestamp,
} from '@mkib/domain-shared';
import { applicableGrants, Principal } from '@mkib/server-auth';
import { asFile, PdfBlock, renderPdf } from '@mkib/server-documents';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';

const MAX_TEXT = 4_000;

const toCycle = (r: Record<string, any>) => ({
  year: r.year,
  medegebruikerRapportages: toIsoDay(r.medegebruiker_rapportages),
  icvIndiening: toIsoDay(r.icv_indiening),
  smbVergadering: toIsoDay(r.smb_vergadering),
  bmbVergadering: toIsoDay(r.bmb_vergadering),
  openedBy: r.opened_by,
  openedAt: toIsoTimestamp(r.opened_at),
});
export const toInstruction = (r: Record<string, any>) => ({
  id: r.id,
  agendaItemId: r.agenda_item_id,
  party: r.party,
  description: r.description,
  dueDate: toIsoDay(r.due_date),
  state: r.state as InstructionState,
  issuedBy: r.issued_by,
  doneReport: r.done_report,
  reportedBy: r.reported_by,
  reviewedBy: r.reviewed_by,
});
export const toAgendaItem = (r: Record<string, any>) => ({
  id: r.id,
  year: r.year,
  icvId: r.icv_id,
  party: r.party,
  version: r.version,
  statement: r.statement,
  scope: r.scope,
  exceptionCount: r.exception_count,
  exceptions: (r.exceptions ?? []) as {
    subject: string;
    description: string;
    improvement: string;
    dueDate: string;
  }[],
  compliance: (r.compliance ?? null) as {
    percentImplemented: number;
    byFacility: { facilityCode: string; percentImplemented: number }[];
  } | null,
  signedBy: r.signed_by,
  submittedAt: toIsoTimestamp(r.submitted_at),
  superseded: r.superseded,
  advice: r.advice,
  advisedBy: r.advised_by,
  advisedAt: toIsoTimestamp(r.advised_at),
  decision: r.decision,
  decisionText: r.decision_text,
  decidedBy: r.decided_by,
  decidedAt: toIsoTimestamp(r.decided_at),
});
export type AgendaItemView = ReturnType<typeof toAgendaItem>;

const text = (value: string, field: string, min = 10): FieldProblem[] => {
  const v = value.trim();
  if (v.length < min) return [{ field, message: `write at least ${min} characters` }];
  if (v.length > MAX_TEXT) return [{ field, message: `must be at most ${MAX_TEXT} characters` }];
  return [];
};

/** The yearly cycle and the boards' part in it (SK-3.5, SK-3.6). */
@Injectable()
export class CycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** A party sees its own agenda items, instructions and reminders; the boards, the LMS and the auditor all. */
  private seesAll(principal: Principal, action: 'agenda.read' | 'reminder.read' = 'agenda.read') {
    return applicableGrants(principal, action).some((g) => g.condition !== 'own-party');
  }

  async cycle(year: number) {
    const [row] = await this.dataSource.query(`SELECT * FROM governance.cycle WHERE year = $1`, [year]);
    if (!row) throw notFound(`The cycle of ${year} is not opened yet.`);
    return toCycle(row);
  }

  openCycle(acting: ActingContext, input: Record<string, any>) {
    const dates = {
      MEDEGEBRUIKER_RAPPORTAGES: input.medegebruikerRapportages,
      ICV_INDIENING: input.icvIndiening,
      SMB_VERGADERING: input.smbVergadering,
      BMB_VERGADERING: input.bmbVergadering,
    };
    const problems = checkCycle(input.year, dates, new Date().getUTCFullYear(), {
      MEDEGEBRUIKER_RAPPORTAGES: 'medegebruikerRapportages',
      ICV_INDIENING: 'icvIndiening',
      SMB_VERGADERING: 'smbVergadering',
      BMB_VERGADERING: 'bmbVergadering',
    });
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const [existing] = await tx.manager.query(`SELECT 1 FROM governance.cycle WHERE year = $1`, [
        input.year,
      ]);
      if (existing) throw conflict(`The cycle of ${input.year} is open already.`);
      await tx.manager.query(
        `INSERT INTO governance.cycle (year, medegebruiker_rapportages, icv_indiening, smb_vergadering, bmb_vergadering, opened_by, opened_at)
         VALUES ($1,$2,$3,$4,$5,$6,now())`,
        [
          input.year,
          dates.MEDEGEBRUIKER_RAPPORTAGES,
          dates.ICV_INDIENING,
          dates.SMB_VERGADERING,
          dates.BMB_VERGADERING,
          acting.actor,
        ],
      );
      await tx.audit('cycle.opened', String(input.year), dates);
      const [row] = await tx.manager.query(`SELECT * FROM governance.cycle WHERE year = $1`, [input.year]);
      return toCycle(row);
    });
  }

  async agenda(principal: Principal, year: number): Promise<AgendaItemView[]> {
    const all = this.seesAll(principal);
    const rows = await this.dataSource.query(
      `SELECT * FROM governance.agenda_item WHERE year = $1 ${all ? '' : 'AND party = $2'} ORDER BY party, version`,
      all ? [year] : [year, principal.party],
    );
    return rows.map(toAgendaItem);
  }

  async instructionsOf(agendaItemId: string) {
    const rows = await this.dataSource.query(
      `SELECT * FROM governance.instruction WHERE agenda_item_id = $1 ORDER BY issued_at`,
      [agendaItemId],
    );
    return rows.map(toInstruction);
  }

  async instructions(principal: Principal) {
    const all = this.seesAll(principal);
    const rows = await this.dataSource.query(
      `SELECT * FROM governance.instruction ${all ? '' : 'WHERE party = $1'} ORDER BY issued_at`,
      all ? [] : [principal.party],
    );
    return rows.map(toInstruction);
  }

  private async lockedItem(manager: import('typeorm').EntityManager, id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw badUserInput([{ field: 'agendaItemId', message: 'must be an agenda item id' }]);
    const [row] = await manager.query(`SELECT * FROM governance.agenda_item WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound(`There is no agenda item ${id}.`);
    return row;
  }

  recordAdvice(acting: ActingContext, agendaItemId: string, advice: string) {
    const problems = text(advice, 'advice');
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const row = await this.lockedItem(tx.manager, agendaItemId);
      if (row.superseded)
        throw conflict('A corrected version of this ICV replaced this one: advise on the newest version.');
      if (row.advice) throw conflict('The SMB has advised on this ICV already.');
      await tx.manager.query(
        `UPDATE governance.agenda_item SET advice = $2, advised_by = $3, advised_at = now() WHERE id = $1`,
        [row.id, advice.trim(), acting.actor],
      );
      await tx.audit('icv.advised', row.id, {
        party: row.party,
        year: row.year,
        version: row.version,
        advice: advice.trim(),
      });
      const [after] = await tx.manager.query(`SELECT * FROM governance.agenda_item WHERE id = $1`, [row.id]);
      return toAgendaItem(after);
    });
  }

  recordDecision(
    acting: ActingContext,
    input: {
      agendaItemId: string;
      decision: string;
      text: string;
      instruction?: { description: string; dueDate: string } | null;
    },
  ) {
    const problems = [...checkDecision(input), ...text(input.text, 'input.text')];
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const row = await this.lockedItem(tx.manager, input.agendaItemId);
      if (row.superseded)
        throw conflict('A corrected version of this ICV replaced this one: decide on the newest version.');
      assertDecisionAllowed({
        icvSubmitted: true,
        advised: row.advice !== null,
        decided: row.decision !== null,
      });
      await tx.manager.query(
        `UPDATE governance.agenda_item SET decision = $2, decision_text = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
        [row.id, input.decision, input.text.trim(), acting.actor],
      );
      let instructionId: string | null = null;
      if (input.instruction) {
        instructionId = randomUUID();
        await tx.manager.query(
          `INSERT INTO governance.instruction (id, agenda_item_id, party, description, due_date, state, issued_by, issued_at)
           VALUES ($1,$2,$3,$4,$5,'OPEN',$6,now())`,
          [
            instructionId,
            row.id,
            row.party,
            input.instruction.description.trim(),
            input.instruction.dueDate,
            acting.actor,
          ],
        );
      }
      await tx.audit('icv.decided', row.id, {
        party: row.party,
        year: row.year,
        version: row.version,
        decision: input.decision,
        instructionId,
      });
      const [after] = await tx.manager.query(`SELECT * FROM governance.agenda_item WHERE id = $1`, [row.id]);
      return toAgendaItem(after);
    });
  }

  private async lockedInstruction(manager: import('typeorm').EntityManager, id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id))
      throw badUserInput([{ field: 'instructionId', message: 'must be an instruction id' }]);
    const [row] = await manager.query(`SELECT * FROM governance.instruction WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw notFound(`There is no instruction ${id}.`);
    return row;
  }

  reportDone(acting: ActingContext, principal: Principal, instructionId: string, report: string) {
    const problems = text(report, 'report');
    if (problems.length) throw badUserInput(problems);
    return this.unitOfWork.run(acting, async (tx) => {
      const row = await this.lockedInstruction(tx.manager, instructionId);
      // Another party's instruction is as unknown as a missing one.
      if (row.party !== principal.party) throw notFound(`There is no instruction ${instructionId}.`);
      const state = reportInstructionDone(row.state);
      await tx.manager.query(
        `UPDATE governance.instruction SET state = $2, done_report = $3, reported_by = $4, reported_at = now() WHERE id = $1`,
        [row.id, state, report.trim(), acting.actor],
      );
      await tx.audit('instruction.reported-done', row.id, { party: row.party, report: report.trim() });
      const [after] = await tx.manager.query(`SELECT * FROM governance.instruction WHERE id = $1`, [row.id]);
      return toInstruction(after);
    });
  }

  review(acting: ActingContext, instructionId: string, accept: boolean) {
    return this.unitOfWork.run(acting, async (tx) => {
      const row = await this.lockedInstruction(tx.manager, instructionId);
      const state = reviewInstruction(row.state, accept);
      await tx.manager.query(
        `UPDATE governance.instruction SET state = $2, reviewed_by = $3, reviewed_at = now() WHERE id = $1`,
        [row.id, state, acting.actor],
      );
      await tx.audit(accept ? 'instruction.closed' : 'instruction.reopened', row.id, { party: row.party });
      const [after] = await tx.manager.query(`SELECT * FROM governance.instruction WHERE id = $1`, [row.id]);
      return toInstruction(after);
    });
  }

  /** The meeting pack: what the SMB and BMB discuss, with the state of advice and decisions (SK-3.5). */
  async meetingPack(principal: Principal, year: number) {
    const cycle = await this.cycle(year);
    const items = (await this.agenda(principal, year)).filter((i: AgendaItemView) => !i.superseded);
    const STATEMENT: Record<string, string> = {
      IN_CONTROL: 'In control',
      IN_CONTROL_MET_UITZONDERINGEN: 'In control, met uitzonderingen',
      NIET_IN_CONTROL: 'Niet in control',
    };
    const blocks: PdfBlock[] = [
      {
        facts: [
          ['Rapportages medegebruikers', cycle.medegebruikerRapportages],
          ['Indiening ICV’s', cycle.icvIndiening],
          ['Vergadering SMB', cycle.smbVergadering],
          ['Vergadering BMB', cycle.bmbVergadering],
        ],
      },
      { heading: 'Overzicht' },
      {
        table: {
          columns: ['Partij', 'Versie', 'Verklaring', 'Uitzonderingen', 'Advies SMB', 'Besluit BMB'],
          rows: items.map((i: AgendaItemView) => [
            i.party,
            String(i.version),
            STATEMENT[i.statement] ?? i.statement,
            String(i.exceptionCount),
            i.advice ? 'gegeven' : 'nog niet',
            i.decision ?? 'nog niet',
          ]),
          widths: [80, 45, 120, 80, 80, 90],
        },
      },
    ];
    for (const i of items) {
      blocks.push({ heading: `${i.party}: ICV ${year}, versie ${i.version}` });
      blocks.push({
        facts: [
          ['Verklaring', STATEMENT[i.statement] ?? i.statement],
          ['Ondertekend door', i.signedBy],
          ['Ingediend', i.submittedAt?.slice(0, 10) ?? ''],
          ['Advies SMB', i.advice ?? 'nog niet gegeven'],
          ['Besluit BMB', i.decision ? `${i.decision}: ${i.decisionText ?? ''}` : 'nog niet genomen'],
        ],
      });
      if (i.exceptions.length)
        blocks.push({
          table: {
            columns: ['Onderwerp', 'Uitzondering', 'Verbetermaatregel', 'Gereed'],
            rows: i.exceptions.map((e) => [e.subject, e.description, e.improvement, e.dueDate]),
            widths: [90, 160, 165, 80],
          },
        });
    }
    const bytes = await renderPdf({
      title: `Vergaderstukken SMB: in-control-verklaringen ${year}`,
      subtitle: `Strategisch Meldkamer Beraad, vergadering van ${cycle.smbVergadering}`,
      footer: `MKIB — vergaderstukken ICV ${year}`,
      blocks,
    });
    return asFile(`vergaderstukken-smb-icv-${year}.pdf`, 'application/pdf', bytes);
  }

  /**
   * The reminders due today (SK-3.5): to whom still owes something, 14 and 3 days ahead of a deadline and
   * every day after it. A party sees its own; the boards, the LMS and the auditor see everyone's.
   */
  async reminders(principal: Principal, year: number, today = new Date().toISOString().slice(0, 10)) {
    const [row] = await this.dataSource.query(`SELECT * FROM governance.cycle WHERE year = $1`, [year]);
    if (!row) return [];
    const c = toCycle(row);
    const dates: CycleDates = {
      MEDEGEBRUIKER_RAPPORTAGES: c.medegebruikerRapportages,
      ICV_INDIENING: c.icvIndiening,
      SMB_VERGADERING: c.smbVergadering,
      BMB_VERGADERING: c.bmbVergadering,
    };
    const parties: { code: string; kind: string }[] = await this.dataSource.query(
      `SELECT code, kind FROM governance.party`,
    );
    const reported = new Set(
      (
        (await this.dataSource.query(`SELECT party FROM governance.co_user_report_received WHERE year = $1`, [
          year,
        ])) as {
          party: string;
        }[]
      ).map((r) => r.party),
    );
    const items: { party: string; advice: string | null; decision: string | null; superseded: boolean }[] =
      await this.dataSource.query(
        `SELECT party, advice, decision, superseded FROM governance.agenda_item WHERE year = $1`,
        [year],
      );
    const submitted = new Set(items.map((i) => i.party));
    const current = items.filter((i) => !i.superseded);
    const owed: { milestone: Milestone; party: string }[] = [];
    for (const p of parties) {
      if ((p.kind === 'MEDEGEBRUIKER' || p.kind === 'BIJZONDERE_GEBRUIKER') && !reported.has(p.code))
        owed.push({ milestone: 'MEDEGEBRUIKER_RAPPORTAGES', party: p.code });
      if ((p.kind === 'HOOFDGEBRUIKER' || p.kind === 'BEHEERDER') && !submitted.has(p.code))
        owed.push({ milestone: 'ICV_INDIENING', party: p.code });
    }
    if (current.some((i) => !i.advice)) owed.push({ milestone: 'SMB_VERGADERING', party: 'smb' });
    if (current.some((i) => !i.decision)) owed.push({ milestone: 'BMB_VERGADERING', party: 'bmb' });
    const all = this.seesAll(principal, 'reminder.read');
    return remindersDue(dates, owed, today).filter((r) => all || r.party === principal.party);
  }
}
