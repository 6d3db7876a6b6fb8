import { graphql } from '@mkib/web-data-access';

/** The five-yearly evaluation's GraphQL operations (SK-6), typed by `npm run codegen`. */

export const EVALUATION_SCHEDULE = graphql(`
  query EvaluationSchedule {
    evaluationSchedule {
      inForceSince
      lastCompletedOn
      dueBy
      warnFrom
      warning
      overdue
    }
  }
`);

export const EVALUATIONS = graphql(`
  query Evaluations {
    evaluations {
      id
      kind
      title
      periodFrom
      periodTo
      scope
      auditor
      reason
      state
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
      completedOn
      startedBy
      startedAt
    }
  }
`);

export const EVALUATION_REPORT = graphql(`
  query EvaluationReport($id: ID!) {
    evaluationReport(id: $id) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const START_EVALUATION = graphql(`
  mutation StartEvaluation($input: StartEvaluationInput!) {
    startEvaluation(input: $input) {
      id
    }
  }
`);

export const RECORD_EVALUATION_RESULT = graphql(`
  mutation RecordEvaluationResult($input: EvaluationResultInput!) {
    recordEvaluationResult(input: $input) {
      id
      state
    }
  }
`);
