import { graphql } from '@mkib/web-data-access';

/** The meetings' GraphQL operations (issue 18), typed by `npm run codegen`. */

export const MEETING_FIELDS = graphql(`
  fragment MeetingFields on Meeting {
    id
    board
    date
    title
    location
    state
    minutes
    minutesRecordedBy
    minutesRecordedAt
    createdBy
    attendance {
      name
      present
      party {
        code
        name
      }
    }
    agenda {
      position
      minute
      # The item's fields written out: each fragment spread counts as a level of the gateway's depth limit.
      item {
        id
        kind
        title
        advice
        advisedBy
        advisedAt
        decision
        decisionText
        decidedBy
        decidedAt
        party
        year
        submittedAt
      }
    }
  }
`);

export const MEETINGS = graphql(`
  query Meetings($board: Board) {
    meetings(board: $board) {
      id
      board
      date
      title
      location
      state
    }
  }
`);

export const MEETING = graphql(`
  query MeetingOne($id: ID!) {
    meeting(id: $id) {
      ...MeetingFields
    }
  }
`);

export const MEETING_PACK = graphql(`
  query MeetingPackOfMeeting($id: ID!) {
    meetingPack(meetingId: $id) {
      filename
      contentType
      contentBase64
    }
  }
`);

/** What the agenda builder offers: the boards' items, the signal feed, the BBP years. */
export const MEETING_SOURCES = graphql(`
  query MeetingSources {
    boardItems {
      id
      kind
      title
      decision
    }
    smbSignals(limit: 50) {
      items {
        id
        kind
        summary
        receivedAt
      }
    }
    bbpYears {
      year
    }
  }
`);

export const MEETING_PARTIES = graphql(`
  query MeetingParties {
    parties {
      code
      name
      kind
    }
  }
`);

export const PLAN_MEETING = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      id
    }
  }
`);

export const ADD_MEETING_ITEM = graphql(`
  mutation AddMeetingAgendaItem($input: MeetingAgendaItemInput!) {
    addMeetingAgendaItem(input: $input) {
      ...MeetingFields
    }
  }
`);

export const REMOVE_MEETING_ITEM = graphql(`
  mutation RemoveMeetingAgendaItem($meetingId: ID!, $boardItemId: ID!) {
    removeMeetingAgendaItem(meetingId: $meetingId, boardItemId: $boardItemId) {
      ...MeetingFields
    }
  }
`);

export const REORDER_MEETING = graphql(`
  mutation ReorderMeetingAgenda($meetingId: ID!, $boardItemIds: [ID!]!) {
    reorderMeetingAgenda(meetingId: $meetingId, boardItemIds: $boardItemIds) {
      ...MeetingFields
    }
  }
`);

export const RECORD_MINUTES = graphql(`
  mutation RecordMeetingMinutes($input: MeetingMinutesInput!) {
    recordMeetingMinutes(input: $input) {
      ...MeetingFields
    }
  }
`);
