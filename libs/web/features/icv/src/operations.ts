import { graphql } from '@mkib/web-data-access';

/** The cycle's GraphQL operations (assessment, ICV, co-user reports, boards), typed by `npm run codegen`. */

export const ASSESSMENT = graphql(`
  query Assessment($y: Int!, $p: ID) {
    assessment(year: $y, party: $p) {
      frozen
      policyReview {
        policyVersion
        adoptedAt
        confirmedBy
        confirmedAt
      }
      proposedStatement
      progress {
        applicable
        assessed
        implemented
        percentAssessed
        percentImplemented
      }
      byFacility {
        facilityCode
        progress {
          applicable
          assessed
          implemented
          percentAssessed
          percentImplemented
        }
      }
      entries {
        frameworkCode
        identifier
        facilities
        status
        justification
        title
        text
        evidence {
          id
          filename
          sizeBytes
        }
        findings {
          id
          description
          action
          owner
          dueDate
          status
          carriedOverFrom
        }
      }
    }
  }
`);

export const ASSESS_MEASURES = graphql(`
  mutation AssessMeasures($i: AssessMeasuresInput!) {
    assessMeasures(input: $i) {
      frozen
    }
  }
`);

export const UPLOAD_EVIDENCE = graphql(`
  mutation UploadEvidence($i: EvidenceInput!) {
    uploadEvidence(input: $i) {
      id
      filename
      sizeBytes
    }
  }
`);

export const RECORD_FINDING = graphql(`
  mutation RecordFinding($i: FindingInput!) {
    recordFinding(input: $i) {
      id
    }
  }
`);

export const CLOSE_FINDING = graphql(`
  mutation CloseFinding($id: ID!) {
    closeFinding(id: $id) {
      id
      status
    }
  }
`);

export const PROGRESS_FINDING = graphql(`
  mutation ProgressFinding($id: ID!, $i: FindingProgressInput!) {
    progressFinding(id: $id, input: $i) {
      id
      action
      owner
      dueDate
    }
  }
`);

export const ASSESSMENT_XLSX = graphql(`
  query AssessmentXlsx($y: Int!, $p: ID) {
    assessmentXlsx(year: $y, party: $p) {
      filename
      contentType
      contentBase64
    }
  }
`);

/** An evidence file's content: offered as a download (downloadFile), never shown inline. */
export const EVIDENCE_CONTENT = graphql(`
  query EvidenceContent($id: ID!) {
    evidenceContent(id: $id) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const ICV_FIELDS = graphql(`
  fragment IcvFields on Icv {
    version
    scope
    state
    statement
    proposedStatement
    exceptions {
      measures {
        frameworkCode
        identifier
      }
      explanation
      plannedDate
    }
    coUsers {
      party
      report {
        status
      }
      missingReason
    }
    preparedBy
    signedBy
    submittedAt
    correctionReason
  }
`);

export const ICV = graphql(`
  query Icv($y: Int!) {
    icv(year: $y) {
      ...IcvFields
    }
  }
`);

export const START_ICV = graphql(`
  mutation StartIcv($y: Int!) {
    startIcv(year: $y) {
      ...IcvFields
    }
  }
`);

export const ICV_MEASURES = graphql(`
  query IcvMeasures($y: Int!) {
    assessment(year: $y) {
      entries {
        frameworkCode
        identifier
        status
        requirement {
          title
        }
      }
    }
  }
`);

export const PREPARE_ICV = graphql(`
  mutation PrepareIcv($y: Int!, $e: [MissingReportExplanationInput!]) {
    prepareIcv(year: $y, missingReportExplanations: $e) {
      ...IcvFields
    }
  }
`);

export const SIGN_ICV = graphql(`
  mutation SignIcv($y: Int!) {
    signIcv(year: $y) {
      ...IcvFields
    }
  }
`);

export const SUBMIT_ICV = graphql(`
  mutation SubmitIcv($y: Int!) {
    submitIcv(year: $y) {
      ...IcvFields
    }
  }
`);

export const UPDATE_ICV = graphql(`
  mutation UpdateIcv($i: UpdateIcvInput!) {
    updateIcv(input: $i) {
      ...IcvFields
    }
  }
`);

export const CORRECT_ICV = graphql(`
  mutation CorrectIcv($y: Int!, $r: String!) {
    correctIcv(year: $y, reason: $r) {
      ...IcvFields
    }
  }
`);

export const ICV_PDF = graphql(`
  query IcvPdf($y: Int!) {
    icvPdf(year: $y) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const CO_USER_REPORTS = graphql(`
  query CoUserReports($y: Int!) {
    coUserReports(year: $y) {
      party
      reportsTo
      status
      summary
      submittedBy
      submittedAt
    }
  }
`);

export const SUBMIT_CO_USER_REPORT = graphql(`
  mutation SubmitCoUserReport($i: CoUserReportInput!) {
    submitCoUserReport(input: $i) {
      party
      reportsTo
      status
      summary
      submittedBy
      submittedAt
    }
  }
`);

export const REMINDERS = graphql(`
  query Reminders($y: Int!) {
    reminders(year: $y) {
      id
      milestone
      party
      deadline
      kind
      daysLeft
      subjectId
      title
    }
  }
`);

export const INSTRUCTIONS = graphql(`
  query Instructions {
    instructions {
      id
      description
      dueDate
      state
      doneReport
      reason
    }
  }
`);

export const REPORT_INSTRUCTION_DONE = graphql(`
  mutation ReportInstructionDone($id: ID!, $r: String!) {
    reportInstructionDone(instructionId: $id, report: $r) {
      id
    }
  }
`);

export const AGENDA = graphql(`
  query Agenda($y: Int!) {
    agenda(year: $y) {
      id
      party
      version
      statement
      scope
      signedBy
      submittedAt
      superseded
      exceptions {
        measures {
          frameworkCode
          identifier
        }
        explanation
        plannedDate
      }
      proposedStatement
      deviatesFromProposal
      missingReports {
        party
        explanation
      }
      compliance {
        percentImplemented
        byFacility {
          facilityCode
          percentImplemented
        }
      }
      advice
      advisedBy
      decision
      decisionText
      instructions {
        id
        description
        dueDate
        state
        doneReport
      }
    }
  }
`);

export const CYCLE = graphql(`
  query Cycle($y: Int!) {
    cycle(year: $y) {
      medegebruikerRapportages
      icvIndiening
      smbVergadering
      bmbVergadering
    }
  }
`);

export const RECORD_ADVICE = graphql(`
  mutation RecordAdvice($id: ID!, $a: String!) {
    recordAdvice(agendaItemId: $id, advice: $a) {
      id
    }
  }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($i: DecisionInput!) {
    recordDecision(input: $i) {
      id
    }
  }
`);

export const REVIEW_INSTRUCTION = graphql(`
  mutation ReviewInstruction($id: ID!, $ok: Boolean!) {
    reviewInstruction(instructionId: $id, accept: $ok) {
      id
    }
  }
`);

export const MEETING_PACK = graphql(`
  query MeetingPack($y: Int!) {
    meetingPackPdf(year: $y) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const OPEN_CYCLE = graphql(`
  mutation OpenCycle($i: OpenCycleInput!) {
    openCycle(input: $i) {
      year
    }
  }
`);

export const CONFIRM_POLICY_REVIEW = graphql(`
  mutation ConfirmPolicyReview($y: Int!) {
    confirmPolicyReview(year: $y) {
      policyReview {
        policyVersion
        confirmedBy
        confirmedAt
      }
    }
  }
`);

export const POLICY_REVIEW_DIFF = graphql(`
  query PolicyReviewDiff($from: Int!, $to: Int!) {
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
