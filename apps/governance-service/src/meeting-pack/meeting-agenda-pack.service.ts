import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AGENDA_KIND_LABELS, boardLabel, decisionLabel } from '@mkib/domain-governance';
import { toIsoDay } from '@mkib/domain-shared';
import { asFile, DocumentFile, PdfBlock, renderPdf } from '@mkib/server-documents';
import { InstructionEntity } from '../instruction/instruction.entity';
import { itemsByIds, MeetingService } from '../meeting/meeting.service';
import { PartyService } from '../party/party.service';

const day = (d: Date | string | null) => (d ? toIsoDay(typeof d === 'string' ? d : new Date(d)) : '');

/**
 * The pack of one meeting of the SMB or the BMB as a Dutch PDF: the board, date, location, attendance,
 * every agenda entry in order with its kind, the SMB's advice, the BMB's decision and every aanwijzing
 * issued with it (addressee by name, due date), and the minutes.
 */
@Injectable()
export class MeetingAgendaPackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingService,
    private readonly parties: PartyService,
  ) {}

  async pack(meetingId: string): Promise<DocumentFile> {
    const meeting = await this.meetings.get(meetingId);
    const entries = await this.meetings.entriesOf([meeting.id]);
    const items = new Map(
      (
        await itemsByIds(
          this.dataSource,
          entries.map((e) => e.agendaItemId),
        )
      ).map((i) => [i.id, i]),
    );
    const instructions = entries.length
      ? await this.dataSource.getRepository(InstructionEntity).find({
          where: { agendaItemId: In(entries.map((e) => e.agendaItemId)) },
          order: { issuedAt: 'ASC' },
        })
      : [];
    const codes = [
      ...new Set([
        ...instructions.map((i) => i.party),
        ...meeting.attendance.flatMap((a) => (a.party ? [a.party] : [])),
      ]),
    ];
    const names = new Map(
      (codes.length ? await this.parties.byCodes(codes) : []).map((p) => [p.code, p.name]),
    );
    const party = (code: string) => names.get(code) ?? code;
    const date = day(meeting.date);
    const blocks: PdfBlock[] = [
      {
        facts: [
          ['Raad', boardLabel(meeting.board)],
          ['Datum', date],
          ['Locatie', meeting.location ?? 'niet opgegeven'],
          ['Status', meeting.state === 'GEHOUDEN' ? 'gehouden' : 'gepland'],
        ],
      },
      { heading: 'Aanwezigheid' },
      meeting.attendance.length
        ? {
            table: {
              columns: ['Naam', 'Partij', 'Aanwezig'],
              rows: meeting.attendance.map((a) => [
                a.name,
                a.party ? party(a.party) : '',
                a.present ? 'ja' : 'nee',
              ]),
              widths: [200, 200, 95],
            },
          }
        : { paragraph: 'Nog niet vastgelegd.' },
      { heading: 'Agenda' },
    ];
    if (!entries.length) blocks.push({ paragraph: 'Er staan geen punten op de agenda.' });
    for (const [n, e] of entries.entries()) {
      const item = items.get(e.agendaItemId);
      if (!item) continue;
      blocks.push({ heading: `${n + 1}. ${item.title}` });
      const description = (item.details as { description?: string } | null)?.description;
      blocks.push({
        facts: [
          ['Soort', AGENDA_KIND_LABELS[item.kind] ?? item.kind],
          ...(description ? ([['Toelichting', description]] as [string, string][]) : []),
          [
            'Advies SMB',
            item.advice
              ? `${item.advice} (${item.advisedBy ?? ''}, ${day(item.advisedAt)})`
              : 'nog niet gegeven',
          ],
          [
            'Besluit BMB',
            item.decision
              ? `${decisionLabel(item.kind, item.decision)}: ${item.decisionText ?? ''} (${item.decidedBy ?? ''}, ${day(item.decidedAt)})`
              : 'nog niet genomen',
          ],
          ...(e.minute ? ([['Notulen', e.minute]] as [string, string][]) : []),
        ],
      });
      const issued = instructions.filter((i) => i.agendaItemId === item.id);
      if (issued.length)
        blocks.push({
          table: {
            columns: ['Aanwijzing', 'Aan', 'Uiterlijk'],
            rows: issued.map((i) => [i.description, party(i.party), day(i.dueDate)]),
            widths: [285, 130, 80],
          },
        });
    }
    blocks.push({ heading: 'Notulen' }, { paragraph: meeting.minutes ?? 'Nog niet vastgelegd.' });
    const board = meeting.board === 'SMB' ? 'SMB' : 'BMB';
    const bytes = await renderPdf({
      title: `Vergaderstukken ${board}: ${meeting.title}`,
      subtitle: `${boardLabel(meeting.board)}, vergadering van ${date}`,
      footer: `MKIB — vergaderstukken ${board} ${date}`,
      blocks,
    });
    return asFile(`vergaderstukken-${board.toLowerCase()}-${date}.pdf`, 'application/pdf', bytes);
  }
}
