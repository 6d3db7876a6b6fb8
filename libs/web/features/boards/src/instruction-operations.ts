import { graphql } from '@mkib/web-data-access';

/** Aanwijzingen as the boards see them (SK-3.6): every one, with the party's name; the BMB's own. */

export const BOARD_INSTRUCTIONS = graphql(`
  query BoardInstructions {
    instructions {
      id
      party
      description
      dueDate
      state
      reason
      issuedAt
      doneReport
      reportedBy
      boardItem {
        id
        title
      }
    }
    parties {
      code
      name
      kind
    }
  }
`);

export const ISSUE_INSTRUCTION = graphql(`
  mutation IssueInstruction($i: IssueInstructionInput!) {
    issueInstruction(input: $i) {
      id
    }
  }
`);

export const BOARD_REVIEW_INSTRUCTION = graphql(`
  mutation BoardReviewInstruction($id: ID!, $ok: Boolean!) {
    reviewInstruction(instructionId: $id, accept: $ok) {
      id
      state
    }
  }
`);
