import { graphql } from '@mkib/web-data-access';

/** Risk management's GraphQL operations (register, editor, consultation, acceptance, boards), typed by `npm run codegen`. */

export const RISK_SCALE = graphql(`
  query RiskScale {
    riskScale {
      likelihood {
        value
        label
        description
      }
      impact {
        value
        label
        description
      }
      levels {
        level
        label
      }
      matrix
    }
  }
`);

export const RISK_CATALOGUE = graphql(`
  query RiskThreatsAndFacilities {
    threats {
      code
      name
      category
      description
    }
    facilities {
      code
      name
      bbn
      usedBy {
        code
      }
    }
  }
`);

export const RISK_FIELDS = graphql(`
  fragment RiskFields on Risk {
    id
    title
    description
    facilityCode
    facility {
      code
      name
    }
    threatIds
    inherent {
      likelihood
      impact
      level
    }
    residual {
      likelihood
      impact
      level
    }
    treatment {
      id
      kind
      description
      measures {
        frameworkCode
        identifier
      }
      owner
      dueDate
      acceptance {
        state
        proposedBy
        proposedAt
        decidedBy
        decidedAt
        reasoning
        reviewDate
      }
    }
  }
`);

export const RESPONSE_FIELDS = graphql(`
  fragment RiskResponseFields on RiskConsultationResponse {
    id
    party {
      code
      name
    }
    position
    reasoning
    respondedBy
    respondedAt
    answer
    answeredBy
    answeredAt
  }
`);

export const ANALYSIS_FIELDS = graphql(`
  fragment RiskAnalysisFields on RiskAnalysis {
    id
    number
    version
    title
    description
    kind
    scope
    ownerParty {
      code
      name
    }
    facilityCodes
    facilities {
      code
      name
    }
    method
    state
    dueDate
    threats {
      id
      catalogueThreat {
        code
        name
      }
      name
      description
    }
    risks {
      ...RiskFields
    }
    consultation {
      respondBy
      openedAt
      openedBy
      parties {
        party {
          code
          name
        }
        response {
          ...RiskResponseFields
        }
      }
      missing {
        code
        name
      }
      unanswered {
        id
      }
    }
    createdBy
    createdAt
    finalisedBy
    finalisedAt
    finalisedPastDeadlineNote
  }
`);

export const RISK_REGISTER = graphql(`
  query RiskRegister($party: ID) {
    riskRegister(party: $party) {
      party {
        code
        name
      }
      analyses {
        ...RiskAnalysisFields
      }
      heatMap {
        likelihood
        impact
        level
        inherent
        residual
      }
      acceptanceLevel
    }
  }
`);

export const RISK_TASKS = graphql(`
  query RiskConsultationTasks {
    riskConsultationTasks {
      party {
        code
        name
      }
      respondBy
      overdue
      response {
        ...RiskResponseFields
      }
      analysis {
        ...RiskAnalysisFields
      }
    }
  }
`);

export const ACCEPTANCE_LEVEL = graphql(`
  query RiskAcceptanceLevel {
    riskAcceptanceLevel {
      level
      isDefault
      setBy
      setAt
    }
  }
`);

export const RISK_OVERVIEW = graphql(`
  query RiskOverview {
    riskOverview {
      aggregates {
        party {
          code
          name
        }
        facilityCode
        facility {
          code
          name
        }
        inherent {
          level
          count
        }
        residual {
          level
          count
        }
      }
      late {
        analysisId
        number
        title
        ownerParty {
          code
          name
        }
        facilityCodes
        dueDate
        respondBy
        finalisedAt
        note
      }
      openSupplementary
      openConsultations
    }
  }
`);

export const ANALYSIS_PDF = graphql(`
  query RiskAnalysisPdf($id: ID!) {
    riskAnalysisPdf(id: $id) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const REGISTER_XLSX = graphql(`
  query RiskRegisterXlsx {
    riskRegisterXlsx {
      filename
      contentType
      contentBase64
    }
  }
`);

export const RISK_POAM = graphql(`
  query RiskPoam {
    riskPoam {
      filename
      contentType
      contentBase64
    }
  }
`);

export const DRAFT_ANALYSIS = graphql(`
  mutation DraftRiskAnalysis($i: DraftRiskAnalysisInput!) {
    draftRiskAnalysis(input: $i) {
      ...RiskAnalysisFields
    }
  }
`);

export const UPDATE_ANALYSIS = graphql(`
  mutation UpdateRiskAnalysis($i: UpdateRiskAnalysisInput!) {
    updateRiskAnalysis(input: $i) {
      ...RiskAnalysisFields
    }
  }
`);

export const OPEN_CONSULTATION = graphql(`
  mutation OpenRiskConsultation($i: OpenRiskConsultationInput!) {
    openRiskConsultation(input: $i) {
      id
      state
    }
  }
`);

export const RESPOND = graphql(`
  mutation RespondToRiskConsultation($i: RespondToRiskConsultationInput!) {
    respondToRiskConsultation(input: $i) {
      id
    }
  }
`);

export const ANSWER = graphql(`
  mutation AnswerRiskConsultationResponse($i: AnswerRiskConsultationInput!) {
    answerRiskConsultationResponse(input: $i) {
      id
      answer
    }
  }
`);

export const FINALISE = graphql(`
  mutation FinaliseRiskAnalysis($i: FinaliseRiskAnalysisInput!) {
    finaliseRiskAnalysis(input: $i) {
      id
      state
    }
  }
`);

export const REVISE = graphql(`
  mutation ReviseRiskAnalysis($id: ID!) {
    reviseRiskAnalysis(id: $id) {
      id
      version
    }
  }
`);

export const DISCARD = graphql(`
  mutation DiscardRiskAnalysis($id: ID!) {
    discardRiskAnalysis(id: $id)
  }
`);

export const DECIDE_ACCEPTANCE = graphql(`
  mutation DecideRiskAcceptance($i: DecideRiskAcceptanceInput!) {
    decideRiskAcceptance(input: $i) {
      id
    }
  }
`);

export const SET_ACCEPTANCE_LEVEL = graphql(`
  mutation SetRiskAcceptanceLevel($level: RiskLevel!) {
    setRiskAcceptanceLevel(level: $level) {
      level
      isDefault
    }
  }
`);
