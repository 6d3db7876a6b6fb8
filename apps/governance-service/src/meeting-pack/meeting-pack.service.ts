import { Injectable } from '@nestjs/common';
import { decisionLabel } from '@mkib/domain-governance';
import { Principal } from '@mkib/server-auth';
import { asFile, DocumentFile, PdfBlock, renderPdf } from '@mkib/server-documents';
import { toAgendaItem } from '../agenda/agenda-item.view';
import { AgendaService } from '../agenda/agenda.service';
import { CycleService } from '../cycle/cycle.service';
import { PartyService } from '../party/party.service';

/** The SMB's meeting pack of a year as PDF (SK-3.5). */
@Injectable()
export class MeetingPackService {
  constructor(
    private readonly cycles: CycleService,
    private readonly agenda: AgendaService,
    private readonly parties: PartyService,
  ) {}

  /** The meeting pack: what the SMB and BMB discuss, with the state of advice and decisions (SK-3.5). */
  async meetingPack(principal: Principal, year: number): Promise<DocumentFile> {
    const cycle = await this.cycles.get(year);
    const items = (await this.agenda.agenda(principal, year)).filter((i) => !i.superseded).map(toAgendaItem);
    // Names, not codes: the parties of the items and of the missing reports, in one query.
    const codes = [...new Set(items.flatMap((i) => [i.party, ...i.missingReports.map((r) => r.party)]))];
    const names = new Map(
      (codes.length ? await this.parties.byCodes(codes) : []).map((p) => [p.code, p.name]),
    );
    const party = (code: string) => names.get(code) ?? code;
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
          rows: items.map((i) => [
            party(i.party),
            String(i.version),
            (STATEMENT[i.statement] ?? i.statement) + (i.deviatesFromProposal ? ' (wijkt af)' : ''),
            String(i.exceptionCount),
            i.advice ? 'gegeven' : 'nog niet',
            i.decision ? decisionLabel('ICV', i.decision) : 'nog niet',
          ]),
          widths: [80, 45, 120, 80, 80, 90],
        },
      },
    ];
    for (const i of items) {
      blocks.push({ heading: `${party(i.party)}: ICV ${year}, versie ${i.version}` });
      const proposed = i.proposal
        ? `${STATEMENT[i.proposal.statement] ?? i.proposal.statement} (${i.proposal.percentImplemented}% geïmplementeerd; ` +
          `${i.proposal.notImplemented} niet, ${i.proposal.partly} deels, ${i.proposal.unassessed} niet beoordeeld ` +
          `van ${i.proposal.applicable} maatregelen)`
        : 'niet bekend (ingediend vóór voorstellen werden meegegeven)';
      blocks.push({
        facts: [
          ['Verklaring', STATEMENT[i.statement] ?? i.statement],
          ['Voorstel uit de zelfevaluatie', proposed],
          ...(i.deviatesFromProposal
            ? ([['Afwijking', 'De gekozen verklaring wijkt af van het voorstel uit de zelfevaluatie.']] as [
                string,
                string,
              ][])
            : []),
          ['Ondertekend door', i.signedBy],
          ['Ingediend', (i.submittedAt ?? '').slice(0, 10)],
          ['Advies SMB', i.advice ?? 'nog niet gegeven'],
          [
            'Besluit BMB',
            i.decision ? `${decisionLabel('ICV', i.decision)}: ${i.decisionText ?? ''}` : 'nog niet genomen',
          ],
        ],
      });
      if (i.exceptions.length)
        blocks.push({
          table: {
            columns: ['Maatregelen', 'Toelichting', 'Gepland gereed'],
            rows: i.exceptions.map((e) => [
              e.measures.map((r) => `${r.frameworkCode} ${r.identifier}`).join(', ') || e.subject,
              e.explanation,
              e.plannedDate,
            ]),
            widths: [120, 295, 80],
          },
        });
      if (i.missingReports.length)
        blocks.push({
          table: {
            columns: ['Medegebruiker zonder rapportage', 'Toelichting'],
            rows: i.missingReports.map((r) => [party(r.party), r.explanation]),
            widths: [160, 335],
          },
        });
    }
    // The policy change proposals of the year: the same boards advise and decide on them (SK-3.1).
    const changes = await this.agenda.policyChangesOf(year);
    if (changes.length) {
      blocks.push({ heading: 'Wijzigingsvoorstellen informatiebeveiligingsbeleid' });
      blocks.push({
        table: {
          columns: ['Voorstel', 'Ingediend', 'Advies SMB', 'Besluit BMB'],
          rows: changes.map((c) => [
            c.title,
            new Date(c.submittedAt).toISOString().slice(0, 10),
            c.advice ? 'gegeven' : 'nog niet',
            c.decision ? decisionLabel('POLICY_CHANGE', c.decision) : 'nog niet',
          ]),
          widths: [255, 70, 80, 90],
        },
      });
      for (const c of changes) if (c.details?.summary) blocks.push({ facts: [[c.title, c.details.summary]] });
    }
    // issue 18: meetings: the BBP and the progress reports of the year go before the same boards.
    const plans = (await this.agenda.boardItems(principal, { year })).filter(
      (i) => i.kind === 'BBP' || i.kind === 'PROGRESS_REPORTS',
    );
    if (plans.length) {
      blocks.push({ heading: 'Beleids- en bestedingsplan en voortgangsrapportages' });
      blocks.push({
        table: {
          columns: ['Agendapunt', 'Geagendeerd', 'Advies SMB', 'Besluit BMB'],
          rows: plans.map((c) => [
            c.title,
            new Date(c.submittedAt).toISOString().slice(0, 10),
            c.advice ? 'gegeven' : 'nog niet',
            c.decision ? decisionLabel(c.kind, c.decision) : 'nog niet',
          ]),
          widths: [255, 70, 80, 90],
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
}
