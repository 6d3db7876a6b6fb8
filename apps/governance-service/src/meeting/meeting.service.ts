import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  agendaSource,
  assertAgendaChangeAllowed,
  Board,
  boardOfParty,
  BOARDS,
  checkAgendaOrder,
  checkMeetingPlan,
  checkMinutes,
  governance as m,
  MinutesFields,
  partyOfBoard,
  PlanMeetingFields,
} from '@mkib/domain-governance';
import { badUserInput, Clock, fieldRules, toIsoDay } from '@mkib/domain-shared';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { BbpYearEntity } from '../bbp/bbp-year.entity';
import { PartyEntity } from '../party/party.entity';
import { SmbSignalEntity } from '../smb-signal/smb-signal.entity';
import { AttendeeRow, MeetingAgendaEntryEntity, MeetingEntity } from './meeting.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MeetingAgendaItemInput {
  meetingId: string;
  boardItemId?: string | null;
  signalId?: string | null;
  wishesYear?: number | null;
  freeTitle?: string | null;
  freeDescription?: string | null;
}

export interface MeetingMinutesInput extends MinutesFields {
  meetingId: string;
}

/** What a meeting is, for the audit log's before/after. */
const snapshot = (meeting: MeetingEntity, agenda: MeetingAgendaEntryEntity[]) => ({
  board: meeting.board,
  date: toIsoDay(meeting.date),
  title: meeting.title,
  location: meeting.location,
  state: meeting.state,
  attendance: meeting.attendance,
  minutes: meeting.minutes,
  agenda: [...agenda]
    .sort((a, b) => a.position - b.position)
    .map((e) => ({ boardItemId: e.agendaItemId, minute: e.minute })),
});

/**
 * The meetings of the SMB and the BMB (issue 18): the board secretary plans a meeting, assembles its
 * agenda from the boards' items (any kind), signals of the SMB's feed, the wishes of a BBP year or a free
 * item, and records attendance and minutes. Advice and decisions stay on the items (AgendaService). A
 * secretary manages the meetings of their own board: another board's meeting is NOT_FOUND for changes.
 */
@Injectable()
export class MeetingService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private get meetings() {
    return this.dataSource.getRepository(MeetingEntity);
  }

  /** Newest first: of one board, or both. */
  list(board: Board | null): Promise<MeetingEntity[]> {
    if (board && !BOARDS.includes(board)) throw badUserInput(fieldRules.oneOf('board', board, BOARDS));
    return this.meetings.find({
      where: board ? { board } : {},
      order: { date: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
  }

  async get(id: string): Promise<MeetingEntity> {
    if (!UUID.test(id)) throw badUserInput([m.problem('id', 'governance.meeting.invalidId')]);
    const meeting = await this.meetings.findOneBy({ id });
    if (!meeting) throw m.notFound('governance.meeting.notFound', { id });
    return meeting;
  }

  /** The agenda entries of these meetings, in order: one query for every meeting of a request. */
  entriesOf(meetingIds: readonly string[]): Promise<MeetingAgendaEntryEntity[]> {
    if (!meetingIds.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(MeetingAgendaEntryEntity)
      .find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
  }

  plan(acting: ActingContext, input: PlanMeetingFields): Promise<MeetingEntity> {
    const problems = checkMeetingPlan(input, this.clock.now());
    if (problems.length) throw badUserInput(problems);
    const own = boardOfParty(acting.party);
    // A secretary plans the meetings of their own board.
    if (own !== input.board) throw badUserInput([m.problem('input.board', 'governance.meeting.ownBoard')]);
    return this.unitOfWork.run(acting, async (tx) => {
      const meeting = tx.manager.getRepository(MeetingEntity).create({
        id: randomUUID(),
        board: input.board as Board,
        date: input.date,
        title: input.title.trim(),
        location: input.location?.trim() || null,
        state: 'GEPLAND',
        attendance: [],
        minutes: null,
        minutesRecordedBy: null,
        minutesRecordedAt: null,
        createdBy: acting.actor,
        createdAt: this.clock.now(),
      });
      await tx.manager.getRepository(MeetingEntity).insert(meeting);
      await tx.audit('meeting.planned', meeting.id, snapshot(meeting, []));
      return meeting;
    });
  }

  /** The meeting locked for a change by a secretary of its board: NOT_FOUND for an unknown or another board's. */
  private async locked(tx: Transaction, acting: ActingContext, id: string, field: string) {
    if (!UUID.test(id)) throw badUserInput([m.problem(field, 'governance.meeting.invalidId')]);
    const meeting = await tx.manager
      .getRepository(MeetingEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!meeting || meeting.board !== boardOfParty(acting.party))
      throw m.notFound('governance.meeting.notFound', { id });
    const agenda = await tx.manager
      .getRepository(MeetingAgendaEntryEntity)
      .find({ where: { meetingId: id }, order: { position: 'ASC' } });
    return { meeting, agenda };
  }

  addAgendaItem(acting: ActingContext, input: MeetingAgendaItemInput): Promise<MeetingEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const { meeting, agenda } = await this.locked(tx, acting, input.meetingId, 'input.meetingId');
      const now = this.clock.now();
      const source = agendaSource(input, now);
      assertAgendaChangeAllowed(meeting.state);
      let itemId: string;
      let created = false;
      if (source.kind === 'BOARD_ITEM') {
        if (!UUID.test(source.boardItemId))
          throw badUserInput([m.problem('input.boardItemId', 'governance.agendaItem.invalidId')]);
        const item = await tx.manager
          .getRepository(AgendaItemEntity)
          .findOne({ where: { id: source.boardItemId }, select: { id: true } });
        if (!item) throw m.notFound('governance.agendaItem.notFound', { id: source.boardItemId });
        itemId = item.id;
      } else if (source.kind === 'SIGNAL') {
        if (!UUID.test(source.signalId))
          throw badUserInput([m.problem('input.signalId', 'governance.meeting.invalidSignalId')]);
        // The signal locked: of adds at once, one creates its item and the others reuse it.
        const signal = await tx.manager
          .getRepository(SmbSignalEntity)
          .findOne({ where: { id: source.signalId }, lock: { mode: 'pessimistic_write' } });
        if (!signal) throw m.notFound('governance.meeting.signalNotFound', { id: source.signalId });
        const open = await tx.manager.getRepository(AgendaItemEntity).findOne({
          where: { kind: 'SIGNAL', subjectId: signal.id, decision: IsNull() },
          select: { id: true },
        });
        if (open) itemId = open.id;
        else {
          itemId = await this.addItem(tx, meeting, now, {
            kind: 'SIGNAL',
            subjectId: signal.id,
            title: `Signaal: ${signal.summary}`.slice(0, 300),
            year: Number(toIsoDay(meeting.date).slice(0, 4)),
            details: { signalKind: signal.kind, subject: signal.subject, occurredAt: signal.occurredAt },
          });
          created = true;
        }
      } else if (source.kind === 'WISHES') {
        const bbp = await tx.manager
          .getRepository(BbpYearEntity)
          .findOne({ where: { year: source.year }, lock: { mode: 'pessimistic_write' } });
        if (!bbp) throw m.notFound('governance.bbp.notOpened', { year: source.year });
        const open = await tx.manager.getRepository(AgendaItemEntity).findOne({
          where: { kind: 'WISHES', subjectId: bbp.id, decision: IsNull() },
          select: { id: true },
        });
        if (open) itemId = open.id;
        else {
          itemId = await this.addItem(tx, meeting, now, {
            kind: 'WISHES',
            subjectId: bbp.id,
            title: `Wensen BBP ${bbp.year}`,
            year: bbp.year,
            details: null,
          });
          created = true;
        }
      } else {
        itemId = await this.addItem(tx, meeting, now, {
          kind: 'FREE',
          subjectId: randomUUID(),
          title: source.title,
          year: Number(toIsoDay(meeting.date).slice(0, 4)),
          details: { description: source.description },
        });
        created = true;
      }
      if (agenda.some((e) => e.agendaItemId === itemId))
        throw m.conflict('governance.meeting.onAgendaAlready');
      const position = agenda.length ? Math.max(...agenda.map((e) => e.position)) + 1 : 1;
      await tx.manager
        .getRepository(MeetingAgendaEntryEntity)
        .insert({ meetingId: meeting.id, agendaItemId: itemId, position, minute: null });
      await tx.audit('meeting.agenda-item-added', meeting.id, { boardItemId: itemId, position, created });
      return meeting;
    });
  }

  /** A new item of kind SIGNAL, WISHES or FREE: the same creation path as the other kinds' items. */
  private async addItem(
    tx: Transaction,
    meeting: MeetingEntity,
    now: Date,
    item: {
      kind: 'SIGNAL' | 'WISHES' | 'FREE';
      subjectId: string;
      title: string;
      year: number;
      details: object | null;
    },
  ): Promise<string> {
    const id = randomUUID();
    const party = partyOfBoard(meeting.board);
    await tx.manager.getRepository(AgendaItemEntity).insert({
      id,
      kind: item.kind,
      subjectId: item.subjectId,
      title: item.title,
      year: item.year,
      party,
      details: item.details as never,
      submittedAt: now,
      sourceEventId: randomUUID(),
    });
    await tx.audit('agenda-item.added', id, {
      kind: item.kind,
      subjectId: item.subjectId,
      party,
      year: item.year,
      title: item.title,
      meetingId: meeting.id,
    });
    return id;
  }

  removeAgendaItem(acting: ActingContext, meetingId: string, boardItemId: string): Promise<MeetingEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const { meeting, agenda } = await this.locked(tx, acting, meetingId, 'meetingId');
      const entry = agenda.find((e) => e.agendaItemId === boardItemId);
      if (!entry) throw m.notFound('governance.meeting.entryNotFound', { id: boardItemId });
      assertAgendaChangeAllowed(meeting.state);
      const entries = tx.manager.getRepository(MeetingAgendaEntryEntity);
      await entries.delete({ meetingId, agendaItemId: boardItemId });
      await this.renumber(
        tx.manager,
        meetingId,
        agenda.filter((e) => e !== entry).map((e) => e.agendaItemId),
      );
      await tx.audit('meeting.agenda-item-removed', meeting.id, { boardItemId, position: entry.position });
      return meeting;
    });
  }

  reorder(acting: ActingContext, meetingId: string, boardItemIds: string[]): Promise<MeetingEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const { meeting, agenda } = await this.locked(tx, acting, meetingId, 'meetingId');
      const current = agenda.map((e) => e.agendaItemId);
      const problems = checkAgendaOrder(current, boardItemIds);
      if (problems.length) throw badUserInput(problems);
      assertAgendaChangeAllowed(meeting.state);
      await this.renumber(tx.manager, meetingId, boardItemIds);
      await tx.audit('meeting.agenda-reordered', meeting.id, { before: current, after: boardItemIds });
      return meeting;
    });
  }

  private async renumber(manager: EntityManager, meetingId: string, order: readonly string[]) {
    const entries = manager.getRepository(MeetingAgendaEntryEntity);
    for (const [i, agendaItemId] of order.entries())
      await entries.update({ meetingId, agendaItemId }, { position: i + 1 });
  }

  /** Attendance and minutes: the meeting is held; recorded again, they are corrected (before/after). */
  recordMinutes(acting: ActingContext, input: MeetingMinutesInput): Promise<MeetingEntity> {
    return this.unitOfWork.run(acting, async (tx) => {
      const { meeting, agenda } = await this.locked(tx, acting, input.meetingId, 'input.meetingId');
      const problems = checkMinutes(
        input,
        agenda.map((e) => e.agendaItemId),
      );
      // An attendee's party is one of the register's.
      const named = [...new Set(input.attendance.flatMap((a) => (a.party != null ? [a.party.trim()] : [])))];
      const known = named.length
        ? new Set(
            (
              await tx.manager
                .getRepository(PartyEntity)
                .find({ where: { code: In(named) }, select: { code: true } })
            ).map((p) => p.code),
          )
        : new Set<string>();
      input.attendance.forEach((a, i) => {
        if (a.party != null && !known.has(a.party.trim()))
          problems.push(m.problem(`input.attendance.${i}.party`, 'governance.meeting.attendeeParty'));
      });
      if (problems.length) throw badUserInput(problems);
      const before = snapshot(meeting, agenda);
      const attendance: AttendeeRow[] = input.attendance.map((a) => ({
        name: a.name.trim(),
        party: a.party?.trim() ?? null,
        present: a.present,
      }));
      const change = {
        attendance,
        minutes: input.minutes.trim(),
        state: 'GEHOUDEN' as const,
        minutesRecordedBy: acting.actor,
        minutesRecordedAt: this.clock.now(),
      };
      await tx.manager.getRepository(MeetingEntity).update({ id: meeting.id }, change);
      const minutes = new Map(
        (input.itemMinutes ?? []).map((im) => [im.boardItemId, im.minute.trim() || null]),
      );
      const entries = tx.manager.getRepository(MeetingAgendaEntryEntity);
      for (const e of agenda) {
        const minute = minutes.has(e.agendaItemId) ? minutes.get(e.agendaItemId)! : e.minute;
        if (minute !== e.minute)
          await entries.update({ meetingId: meeting.id, agendaItemId: e.agendaItemId }, { minute });
        e.minute = minute;
      }
      Object.assign(meeting, change);
      await tx.audit(
        before.state === 'GEHOUDEN' ? 'meeting.minutes-corrected' : 'meeting.minutes-recorded',
        meeting.id,
        {
          before,
          after: snapshot(meeting, agenda),
        },
      );
      return meeting;
    });
  }
}

/** Items of any kind by id, for a meeting's readers (the boards, the LMS, JenV: every kind). */
export const itemsByIds = (dataSource: DataSource, ids: readonly string[]) => {
  const valid = ids.filter((id) => UUID.test(id));
  return valid.length
    ? dataSource.getRepository(AgendaItemEntity).findBy({ id: In(valid) })
    : Promise.resolve([]);
};
