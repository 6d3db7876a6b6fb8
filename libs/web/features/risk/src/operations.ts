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

/** The LMS replaces the words of the scale (steps and matrix kept). */
export const SET_RISK_SCALE = graphql(`
  mutation SetRiskScale($input: RiskScaleInput!) {
    setRiskScale(input: $input) {
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

/** The measures of the common catalogue (BIO2, kind MAATREGEL) matching a search, for the measure picker. */
export const MEASURE_SEARCH = graphql(`
  query RiskMeasureSearch($search: String!) {
    requirements(frameworkCode: "BIO2", search: $search, kind: MAATREGEL, limit: 10) {
      total
      items {
        frameworkCode
        identifier
        title
      }
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

/** One analysis in full (kept within the gateway's depth and cost limits: no fragments). */
export const RISK_ANALYSIS = graphql(`
  query RiskAnalysis($id: ID!) {
    riskAnalysis(id: $id) {
      id
      number
      version
      title
      description
      kind
      scope
      ownerParty {
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
      changeProposal {
        id
        number
        state
      }
      threats {
        id
        catalogueThreat {
          code
        }
        name
        description
      }
      risks {
        id
        title
        description
        facilityCode
        facility {
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
          status
          completedBy
          completedAt
          completionNote
          acceptance {
            state
          }
        }
      }
      consultation {
        respondBy
        parties {
          party {
            code
            name
          }
          response {
            id
            position
            reasoning
            answer
          }
        }
        missing {
          name
        }
      }
      finalisedBy
      finalisedAt
      finalisedPastDeadlineNote
      versions {
        id
        version
        state
        finalisedAt
      }
    }
  }
`);

/** A party's register: the analyses as a list, the heat map of the final ones, the acceptance level. */
export const RISK_REGISTER = graphql(`
  query RiskRegister {
    riskRegister {
      party {
        name
      }
      analyses {
        id
        number
        version
        title
        state
        dueDate
        facilities {
          name
        }
        risks {
          residual {
            level
          }
        }
      }
      heatMap {
        likelihood
        impact
        level
        inherent
        residual
      }
    }
  }
`);

/** The proposed acceptances of the party's risks (the accountable official decides). */
export const RISK_ACCEPTANCES = graphql(`
  query RiskAcceptances {
    riskRegister {
      analyses {
        id
        number
        risks {
          id
          title
          residual {
            likelihood
            impact
            level
          }
          treatment {
            description
            acceptance {
              state
              proposedBy
            }
          }
        }
      }
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
        position
        reasoning
        answer
      }
      analysis {
        id
        number
        title
        state
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
      id
      number
    }
  }
`);

export const UPDATE_ANALYSIS = graphql(`
  mutation UpdateRiskAnalysis($i: UpdateRiskAnalysisInput!) {
    updateRiskAnalysis(input: $i) {
      id
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

export const COMPLETE_TREATMENT = graphql(`
  mutation CompleteRiskTreatment($treatmentId: ID!, $note: String!) {
    completeRiskTreatment(treatmentId: $treatmentId, note: $note) {
      id
      status
      completedBy
      completedAt
      completionNote
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
