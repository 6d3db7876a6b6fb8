import { toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { MeetingAgendaEntryEntity, MeetingEntity } from './meeting.entity';

/** The GraphQL shape of a meeting (its agenda resolved per request, batched). */
export const toMeeting = (m: MeetingEntity) => ({
  id: m.id,
  board: m.board,
  date: toIsoDay(m.date),
  title: m.title,
  location: m.location,
  state: m.state,
  attendance: (m.attendance ?? []).map((a) => ({ name: a.name, partyCode: a.party, present: a.present })),
  minutes: m.minutes,
  minutesRecordedBy: m.minutesRecordedBy,
  minutesRecordedAt: toIsoTimestamp(m.minutesRecordedAt),
  createdBy: m.createdBy,
  createdAt: toIsoTimestamp(m.createdAt)!,
});
export type MeetingView = ReturnType<typeof toMeeting>;

export const toAgendaEntry = (e: MeetingAgendaEntryEntity) => ({
  position: e.position,
  boardItemId: e.agendaItemId,
  minute: e.minute,
});
export type MeetingAgendaEntryView = ReturnType<typeof toAgendaEntry>;
