import { graphql } from '@mkib/web-data-access';

/** Investigations (SK-3.6): their GraphQL operations, typed by `npm run codegen`. */

export const INVESTIGATION_FIELDS = graphql(`
  fragment InvestigationFields on Investigation {
    id
    title
    scope
    investigator
    dueDate
    state
    summary
    proposedBy
    proposedAt
    completedAt
    findings {
      id
      text
      followUp
      state
    }
    report {
      filename
      contentType
      size
      uploadedBy
      uploadedAt
    }
    boardItem {
      ...BoardItemDecisionFields
    }
  }
`);

export const INVESTIGATIONS = graphql(`
  query Investigations {
    investigations {
      ...InvestigationFields
    }
  }
`);

export const INVESTIGATION_REPORT = graphql(`
  query InvestigationReport($id: ID!) {
    investigationReport(id: $id) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const PROPOSE_INVESTIGATION = graphql(`
  mutation ProposeInvestigation($i: ProposeInvestigationInput!) {
    proposeInvestigation(input: $i) {
      id
    }
  }
`);

export const RECORD_INVESTIGATION_REPORT = graphql(`
  mutation RecordInvestigationReport($i: InvestigationReportInput!) {
    recordInvestigationReport(input: $i) {
      id
      state
    }
  }
`);
