import { graphql } from '@mkib/web-data-access';

/** The implementation plan's and progress reports' GraphQL operations (SK-2.3, SK-2.4), typed by `npm run codegen`. */

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on ImplementationPlan {
    id
    party
    policyVersion
    state
    updateDueDate
    previousPolicyVersion
    confirmedBy
    confirmedAt
    versions
    rollUp {
      total
      done
      onTrack
      overdue
      withoutOwner
      percentOnTrack
    }
    lines {
      id
      kind
      measure {
        frameworkCode
        identifier
      }
      policyRule
      description
      owner
      dueDate
      status
      overdue
      carriedOver
      findings {
        id
        frameworkCode
        identifier
        description
        status
      }
      exceptions {
        year
        frameworkCode
        identifier
        explanation
        plannedDate
      }
      riskTreatments {
        treatmentId
        analysisId
        analysisNumber
        riskTitle
        kind
        description
        dueDate
      }
      updatedBy
      updatedAt
    }
  }
`);

export const IMPLEMENTATION_PLAN = graphql(`
  query ImplementationPlan($version: Int) {
    implementationPlan(policyVersion: $version) {
      ...PlanFields
    }
  }
`);

export const PLAN_XLSX = graphql(`
  query ImplementationPlanXlsx($version: Int) {
    implementationPlanXlsx(policyVersion: $version) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const SAVE_PLAN_LINE = graphql(`
  mutation SavePlanLine($input: PlanLineInput!) {
    savePlanLine(input: $input) {
      ...PlanFields
    }
  }
`);

export const REMOVE_PLAN_LINE = graphql(`
  mutation RemovePlanLine($id: ID!) {
    removePlanLine(id: $id) {
      ...PlanFields
    }
  }
`);

export const CONFIRM_PLAN = graphql(`
  mutation ConfirmImplementationPlan {
    confirmImplementationPlan {
      ...PlanFields
    }
  }
`);

/** What changed between the policy version of the previous plan and that of this one. */
export const PLAN_POLICY_DIFF = graphql(`
  query PlanPolicyDiff($from: Int!, $to: Int!) {
    parties {
      code
      name
    }
    policyDiff(from: $from, to: $to) {
      changes {
        part
        key
        change
        before
        after
      }
    }
  }
`);

/** What a line can be linked to: the party's findings of the year, its ICV's exceptions, its risk treatments. */
export const PLAN_LINK_FINDINGS = graphql(`
  query PlanLinkFindings($year: Int!) {
    assessment(year: $year) {
      findings {
        id
        frameworkCode
        identifier
        description
        status
      }
    }
  }
`);

export const PLAN_LINK_EXCEPTIONS = graphql(`
  query PlanLinkExceptions($year: Int!) {
    icv(year: $year) {
      exceptions {
        measures {
          frameworkCode
          identifier
        }
        explanation
        plannedDate
      }
    }
  }
`);

export const PLAN_LINK_TREATMENTS = graphql(`
  query PlanLinkTreatments {
    riskRegister {
      analyses {
        id
        number
        state
        risks {
          title
          treatment {
            id
            kind
            description
            dueDate
          }
        }
      }
    }
  }
`);

export const PROGRESS_FIELDS = graphql(`
  fragment ProgressFields on ProgressReport {
    id
    party
    year
    period
    due
    state
    summary
    policyVersion
    rollUp {
      total
      done
      onTrack
      overdue
      withoutOwner
      percentOnTrack
    }
    preparedBy
    preparedAt
    signedBy
    signedAt
    submittedBy
    submittedAt
    late
  }
`);

export const PROGRESS = graphql(`
  query ProgressReports($year: Int!) {
    progressPeriods(year: $year) {
      year
      period
      due
    }
    progressReports(year: $year) {
      ...ProgressFields
    }
  }
`);

export const PREPARE_PROGRESS = graphql(`
  mutation PrepareProgressReport($input: ProgressReportInput!) {
    prepareProgressReport(input: $input) {
      ...ProgressFields
    }
  }
`);

export const SIGN_PROGRESS = graphql(`
  mutation SignProgressReport($year: Int!, $period: Int!) {
    signProgressReport(year: $year, period: $period) {
      ...ProgressFields
    }
  }
`);

export const SUBMIT_PROGRESS = graphql(`
  mutation SubmitProgressReport($year: Int!, $period: Int!) {
    submitProgressReport(year: $year, period: $period) {
      ...ProgressFields
    }
  }
`);

/** The BBP years opened so far: the progress panel's choice of year. */
export const BBP_YEARS = graphql(`
  query PlanBbpYears {
    bbpYears {
      year
    }
  }
`);
