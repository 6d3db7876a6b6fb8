import { graphql } from '@mkib/web-data-access';

/** Escalations' GraphQL operations (SK-3.8), typed by `npm run codegen`. */

export const ESCALATION_FIELDS = graphql(`
  fragment EscalationFields on Escalation {
    id
    title
    question
    raisedBy
    raisedByParty {
      code
      name
    }
    raisedAt
    positionsDue
    state
    parties {
      code
      name
    }
    positions {
      party {
        code
        name
      }
      stance
      reasoning
      recordedBy
      recordedAt
    }
    missing {
      code
      name
    }
    decidable
    boardItem {
      ...BoardItemDecisionFields
    }
  }
`);

export const ESCALATIONS = graphql(`
  query Escalations {
    escalations {
      ...EscalationFields
    }
  }
`);

export const ESCALATION_PARTIES = graphql(`
  query EscalationParties {
    parties {
      code
      name
      kind
    }
  }
`);

export const RAISE_ESCALATION = graphql(`
  mutation RaiseEscalation($input: RaiseEscalationInput!) {
    raiseEscalation(input: $input) {
      ...EscalationFields
    }
  }
`);

export const RECORD_ESCALATION_POSITION = graphql(`
  mutation RecordEscalationPosition($input: EscalationPositionInput!) {
    recordEscalationPosition(input: $input) {
      ...EscalationFields
    }
  }
`);
