import { graphql } from '@mkib/web-data-access';

/** A board item's SMB advice and BMB decision (the one mechanism), typed by `npm run codegen`. */

export const BOARD_ITEM_DECISION_FIELDS = graphql(`
  fragment BoardItemDecisionFields on BoardItem {
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
  }
`);

export const BOARD_ITEM_ADVISE = graphql(`
  mutation BoardItemAdvise($id: ID!, $advice: String!) {
    adviseBoardItem(agendaItemId: $id, advice: $advice) {
      ...BoardItemDecisionFields
    }
  }
`);

export const BOARD_ITEM_DECIDE = graphql(`
  mutation BoardItemDecide($input: DecisionInput!) {
    decideBoardItem(input: $input) {
      ...BoardItemDecisionFields
    }
  }
`);
