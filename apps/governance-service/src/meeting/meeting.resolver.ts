import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Board } from '@mkib/domain-governance';
import { Acting, Authorise, byKeys, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { BoardItemView, toBoardItem } from '../agenda/agenda-item.view';
import { MeetingAgendaPackService } from '../meeting-pack/meeting-agenda-pack.service';
import { partiesByCode } from '../party/party.resolver';
import { PartyService } from '../party/party.service';
import { itemsByIds, MeetingAgendaItemInput, MeetingMinutesInput, MeetingService } from './meeting.service';
import { MeetingAgendaEntryView, MeetingView, toAgendaEntry, toMeeting } from './meeting.view';

/** The meetings of the SMB and the BMB (issue 18): plan, agenda, minutes. */
@Resolver('Meeting')
export class MeetingResolver {
  constructor(private readonly meetings: MeetingService) {}

  @Query('meetings')
  @Authorise('meeting.read')
  async list(@Args('board') board: Board | null) {
    return (await this.meetings.list(board ?? null)).map(toMeeting);
  }

  @Query('meeting')
  @Authorise('meeting.read')
  async one(@Args('id') id: string) {
    return toMeeting(await this.meetings.get(id));
  }

  /** Every meeting's agenda of a request in one query. */
  @ResolveField('agenda')
  agenda(@Parent() meeting: MeetingView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, MeetingAgendaEntryView[]>('governance.meeting.agenda', async (ids) => {
        const entries = (await this.meetings.entriesOf(ids)).map((e) => ({
          meetingId: e.meetingId,
          ...toAgendaEntry(e),
        }));
        return ids.map((id) => entries.filter((e) => e.meetingId === id));
      })
      .load(meeting.id);
  }

  @Mutation('planMeeting')
  @Authorise('meeting.manage')
  async plan(
    @Args('input') input: { board: string; date: string; title: string; location?: string | null },
    @Acting() acting: ActingContext,
  ) {
    return toMeeting(await this.meetings.plan(acting, input));
  }

  @Mutation('addMeetingAgendaItem')
  @Authorise('meeting.manage')
  async add(@Args('input') input: MeetingAgendaItemInput, @Acting() acting: ActingContext) {
    return toMeeting(await this.meetings.addAgendaItem(acting, input));
  }

  @Mutation('removeMeetingAgendaItem')
  @Authorise('meeting.manage')
  async remove(
    @Args('meetingId') meetingId: string,
    @Args('boardItemId') boardItemId: string,
    @Acting() acting: ActingContext,
  ) {
    return toMeeting(await this.meetings.removeAgendaItem(acting, meetingId, boardItemId));
  }

  @Mutation('reorderMeetingAgenda')
  @Authorise('meeting.manage')
  async reorder(
    @Args('meetingId') meetingId: string,
    @Args('boardItemIds') boardItemIds: string[],
    @Acting() acting: ActingContext,
  ) {
    return toMeeting(await this.meetings.reorder(acting, meetingId, boardItemIds));
  }

  @Mutation('recordMeetingMinutes')
  @Authorise('meeting.manage')
  async minutes(@Args('input') input: MeetingMinutesInput, @Acting() acting: ActingContext) {
    return toMeeting(await this.meetings.recordMinutes(acting, input));
  }
}

/** An agenda entry's item: every entry's item of a request in one query. */
@Resolver('MeetingAgendaEntry')
export class MeetingAgendaEntryResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField('item')
  item(@Parent() entry: MeetingAgendaEntryView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<
        string,
        BoardItemView
      >('governance.meeting.board-item', async (ids) => byKeys(ids, (await itemsByIds(this.dataSource, ids)).map(toBoardItem), (i) => i.id))
      .load(entry.boardItemId);
  }
}

/** An attendee's party: names, not codes (one query per request). */
@Resolver('Attendee')
export class AttendeeResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() a: { partyCode: string | null }, @Loaders() loaders: RequestLoaders) {
    return a.partyCode ? partiesByCode(loaders, this.parties).load(a.partyCode) : null;
  }
}

/** A meeting's pack as PDF. */
@Resolver()
export class MeetingPackQueryResolver {
  constructor(private readonly packs: MeetingAgendaPackService) {}

  @Query('meetingPack')
  @Authorise('meeting.read')
  meetingPack(@Args('meetingId') meetingId: string) {
    return this.packs.pack(meetingId);
  }
}
