import { graphql } from '@mkib/web-data-access';

/** The BBP year's GraphQL operations (calendar, wishes round, consolidation, progress roll-up), typed by `npm run codegen`. */

export const BBP_CALENDAR = graphql(`
  query BbpCalendar($year: Int!) {
    calendar(year: $year) {
      milestone
      date
      label
      cycleYear
      period
    }
  }
`);

export const BBP_YEARS = graphql(`
  query BbpYears {
    bbpYears {
      year
      state
    }
  }
`);

export const BBP_YEAR = graphql(`
  fragment BbpYearFields on BbpYear {
    year
    policyVersion
    state
    wishesDeadline
    progressReportMoments
    smbMeetings
    bmbMeetings
    adoptionDate
    paragraph
    consolidatedBy
    consolidatedAt
    openedBy
    openedAt
    wishParties {
      party {
        code
        name
      }
      description
      submitted
      late
    }
    boardItem {
      ...BbpBoardItemFields
    }
  }
`);

export const BBP_BOARD_ITEM = graphql(`
  fragment BbpBoardItemFields on BoardItem {
    id
    kind
    title
    year
    submittedAt
    advice
    advisedBy
    advisedAt
    decision
    decisionText
    decidedBy
    decidedAt
  }
`);

export const BBP_YEAR_QUERY = graphql(`
  query BbpYear($year: Int!) {
    bbpYear(year: $year) {
      ...BbpYearFields
    }
  }
`);

/** The ICV cycle of year - 1 (its deadlines fall in the BBP year): to prefill the calendar form. */
export const BBP_ICV_CYCLE = graphql(`
  query BbpIcvCycle($year: Int!) {
    cycle(year: $year) {
      year
      medegebruikerRapportages
      icvIndiening
      smbVergadering
      bmbVergadering
    }
  }
`);

export const OPEN_BBP_YEAR = graphql(`
  mutation OpenBbpYear($input: BbpYearInput!) {
    openBbpYear(input: $input) {
      ...BbpYearFields
    }
  }
`);

export const UPDATE_BBP_CALENDAR = graphql(`
  mutation UpdateBbpCalendar($input: BbpYearInput!) {
    updateBbpCalendar(input: $input) {
      ...BbpYearFields
    }
  }
`);

export const BBP_WISH = graphql(`
  fragment BbpWishFields on Wish {
    id
    year
    party {
      code
      name
    }
    subject
    reasoning
    estimatedCost
    priority
    submittedBy
    submittedAt
    late
    withdrawn
    disposition
    dispositionNote
  }
`);

export const BBP_WISHES = graphql(`
  query BbpWishes($year: Int!) {
    wishes(year: $year) {
      ...BbpWishFields
    }
  }
`);

/** The secretary's consolidation screen: the year with its parties, and every wish. */
export const BBP_CONSOLIDATION = graphql(`
  query BbpConsolidation($year: Int!) {
    bbpYear(year: $year) {
      ...BbpYearFields
    }
    wishes(year: $year) {
      ...BbpWishFields
    }
  }
`);

export const SUBMIT_WISH = graphql(`
  mutation BbpSubmitWish($input: WishInput!) {
    submitWish(input: $input) {
      ...BbpWishFields
    }
  }
`);

export const WITHDRAW_WISH = graphql(`
  mutation BbpWithdrawWish($id: ID!) {
    withdrawWish(id: $id) {
      ...BbpWishFields
    }
  }
`);

export const CONSOLIDATE_BBP = graphql(`
  mutation ConsolidateBbp($input: BbpConsolidationInput!) {
    consolidateBbp(input: $input) {
      ...BbpYearFields
    }
  }
`);

export const SUBMIT_BBP_FOR_ADOPTION = graphql(`
  mutation SubmitBbpForAdoption($year: Int!) {
    submitBbpForAdoption(year: $year) {
      ...BbpYearFields
    }
  }
`);

export const BBP_PERIOD = graphql(`
  fragment BbpPeriodFields on ProgressPeriodOverview {
    year
    period
    due
    reports {
      party {
        code
        name
      }
      reportId
      policyVersion
      total
      done
      onTrack
      overdue
      withoutOwner
      percentOnTrack
      submittedAt
      late
    }
    missing {
      code
      name
    }
    total
    onTrack
    overdue
    withoutOwner
    percentOnTrack
  }
`);

export const BBP_PROGRESS_OVERVIEW = graphql(`
  query BbpProgressOverview($year: Int!) {
    progressOverview(year: $year) {
      year
      plans {
        party {
          code
          name
        }
        policyVersion
        state
        updateDueDate
        total
        onTrack
        overdue
        withoutOwner
        updatedAt
      }
      periods {
        ...BbpPeriodFields
      }
    }
    boardItems(kind: PROGRESS_REPORTS, year: $year) {
      ...BbpBoardItemFields
      progressPeriod {
        ...BbpPeriodFields
      }
    }
  }
`);

export const BBP_ADVISE_ITEM = graphql(`
  mutation BbpAdviseBoardItem($id: ID!, $advice: String!) {
    adviseBoardItem(agendaItemId: $id, advice: $advice) {
      ...BbpBoardItemFields
    }
  }
`);

export const BBP_DECIDE_ITEM = graphql(`
  mutation BbpDecideBoardItem($input: DecisionInput!) {
    decideBoardItem(input: $input) {
      ...BbpBoardItemFields
    }
  }
`);
