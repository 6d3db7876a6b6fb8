import { Injectable } from '@nestjs/common';
import { toIsoDate } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { asFile, DocumentFile, PdfBlock, renderPdf } from '@mkib/server-documents';
import { AgendaService } from '../agenda/agenda.service';
import { CycleService } from '../cycle/cycle.service';

/** The SMB's meeting pack of a year as PDF (SK-3.5). */
@Injectable()
export class MeetingPackService {
  constructor(
    private readonly cycles: CycleService,
    private readonly agenda: AgendaService,
  ) {}

  /** The meeting pack: what the SMB and BMB discuss, with the state of advice and decisions (SK-3.5). */
  async meetingPack(principal: Principal, year: number): Promise<DocumentFile> {
    const cycle = await this.cycles.get(year);
    const items = (await this.agenda.agenda(principal, year)).filter((i) => !i.superseded);
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
          ['Ingediend', toIsoDate(i.submittedAt)],
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
}
