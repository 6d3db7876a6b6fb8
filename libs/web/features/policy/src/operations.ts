import { graphql } from '@mkib/web-data-access';

/** The policy's GraphQL operations (reader, proposals, consultation, boards), typed by `npm run codegen`. */

export const PARTY_NAMES = graphql(`
  query PolicyPartyNames {
    parties {
      code
      name
      kind
    }
  }
`);

export const POLICY_VERSIONS = graphql(`
  query PolicyVersions {
    policyVersions {
      version
      inForce
      title
      adoptedAt
    }
  }
`);

export const POLICY_VERSION = graphql(`
  query PolicyVersion($v: Int) {
    policyVersion(version: $v) {
      version
      inForce
      title
      summary
      adoptedAt
      adoptedBy
      proposal {
        id
        number
        title
      }
      responsibilities {
        process
        party
        raci
        tasks
      }
      requirements {
        bbnProfileVersion
        catalogue {
          code
          name
          version
        }
      }
      norms {
        key
        title
        text
        measures {
          frameworkCode
          identifier
          title
        }
      }
      rules {
        key
        topic
        title
        text
        measures {
          frameworkCode
          identifier
          title
        }
      }
      recalibrationMonths
      facilities {
        code
        name
        bbn
        biv {
          beschikbaarheid
          integriteit
          vertrouwelijkheid
        }
        reviewDue
      }
    }
  }
`);

export const POLICY_DIFF = graphql(`
  query PolicyDiff($from: Int!, $to: Int!) {
    policyDiff(from: $from, to: $to) {
      from
      to
      changes {
        ...PolicyChangeLineFields
      }
    }
  }
`);

export const POLICY_PDF = graphql(`
  query PolicyVersionPdf($v: Int) {
    policyVersionPdf(version: $v) {
      filename
      contentType
      contentBase64
    }
  }
`);

export const CHANGE_LINE_FIELDS = graphql(`
  fragment PolicyChangeLineFields on PolicyChangeLine {
    part
    key
    change
    before
    after
  }
`);

export const PROPOSAL_FIELDS = graphql(`
  fragment ProposalFields on ChangeProposal {
    id
    number
    title
    rationale
    state
    baseVersion
    trigger {
      kind
      recordId
      reference
      label
    }
    changes {
      ...PolicyChangeLineFields
    }
    carried {
      bbnProfile {
        rationale
      }
      frameworkImports {
        code
        mode
        report {
          added
          updated
          removed
        }
      }
      supplementaryMeasures {
        facilityCode
        measures {
          frameworkCode
          identifier
          title
        }
      }
    }
    respondBy
    responses {
      party
      position
      reasons
      respondedBy
      respondedAt
    }
    awaitingResponse
    draftedBy
    draftedAt
    submittedAt
    decidedAt
    adoptedVersion {
      version
    }
    withdrawReason
    adoptionFailure
  }
`);

/** The trigger's record in full, for the LMS and the boards (a hoofdgebruiker reads the label). */
export const TRIGGER_DETAIL_FIELDS = graphql(`
  fragment ProposalTriggerDetail on ChangeProposal {
    id
    trigger {
      jaaraanschrijving {
        year
        reference
      }
      request {
        party
        subject
      }
      icvDecision {
        title
        party
        decision
      }
      instruction {
        party
        description
      }
    }
  }
`);

/**
 * A carried BBN profile's levels and the profile in force, to show what it adds and removes per level (a
 * query of its own: under a board item the levels would exceed the gateway's depth limit).
 */
export const CARRIED_PROFILE = graphql(`
  query PolicyCarriedProfile($id: ID!) {
    changeProposal(id: $id) {
      id
      carried {
        bbnProfile {
          levels {
            bbn
            introduced {
              frameworkCode
              identifier
              title
            }
          }
        }
      }
    }
    bbnProfile {
      version
      levels {
        bbn
        introduced {
          frameworkCode
          identifier
          title
        }
      }
    }
  }
`);

export const CHANGE_PROPOSALS = graphql(`
  query ChangeProposals($state: ProposalState) {
    changeProposals(state: $state) {
      ...ProposalFields
      ...ProposalTriggerDetail
    }
  }
`);

export const PROPOSAL_TRAIL = graphql(`
  query ProposalTrail($id: ID!) {
    changeProposal(id: $id) {
      id
      trail {
        at
        actor
        party
        step
        note
      }
    }
  }
`);

export const TRIGGER_RECORDS = graphql(`
  query TriggerRecords {
    riskRegister {
      analyses {
        id
        number
        version
        title
        state
      }
    }
    jaaraanschrijvingen {
      id
      year
      date
      reference
      text
      recordedBy
    }
    changeRequests {
      id
      party
      subject
      motivation
      state
      requestedBy
      requestedAt
      proposal {
        id
        number
      }
      declineReasons
    }
    boardItems(kind: ICV) {
      id
      title
      party
      year
      decision
    }
    instructions {
      id
      party
      description
      dueDate
      state
    }
    # issue 18: evaluation: the Minister's evaluation audits an EVALUATION trigger may name
    evaluations {
      id
      title
      state
    }
  }
`);

export const OWN_CHANGE_REQUESTS = graphql(`
  query OwnChangeRequests {
    changeRequests {
      id
      subject
      motivation
      state
      requestedBy
      requestedAt
      proposal {
        id
        number
        title
      }
      declineReasons
    }
  }
`);

export const RECORD_JAARAANSCHRIJVING = graphql(`
  mutation RecordJaaraanschrijving($i: RecordJaaraanschrijvingInput!) {
    recordJaaraanschrijving(input: $i) {
      id
    }
  }
`);

export const DRAFT_PROPOSAL = graphql(`
  mutation DraftChangeProposal($i: DraftChangeProposalInput!) {
    draftChangeProposal(input: $i) {
      id
      number
    }
  }
`);

export const UPDATE_PROPOSAL = graphql(`
  mutation UpdateChangeProposal($i: UpdateChangeProposalInput!) {
    updateChangeProposal(input: $i) {
      id
    }
  }
`);

export const OPEN_CONSULTATION = graphql(`
  mutation OpenConsultation($id: ID!, $d: String!) {
    openConsultation(proposalId: $id, respondBy: $d) {
      id
    }
  }
`);

export const SUBMIT_PROPOSAL = graphql(`
  mutation SubmitChangeProposal($id: ID!) {
    submitChangeProposal(proposalId: $id) {
      id
    }
  }
`);

export const WITHDRAW_PROPOSAL = graphql(`
  mutation WithdrawChangeProposal($id: ID!, $r: String!) {
    withdrawChangeProposal(proposalId: $id, reason: $r) {
      id
    }
  }
`);

export const DECLINE_REQUEST = graphql(`
  mutation DeclineChangeRequest($id: ID!, $r: String!) {
    declineChangeRequest(id: $id, reasons: $r) {
      id
    }
  }
`);

export const REQUEST_CHANGE = graphql(`
  mutation RequestPolicyChange($i: RequestPolicyChangeInput!) {
    requestPolicyChange(input: $i) {
      id
    }
  }
`);

export const RESPOND = graphql(`
  mutation RespondToConsultation($i: ConsultationResponseInput!) {
    respondToConsultation(input: $i) {
      id
    }
  }
`);

export const BOARD_PROPOSALS = graphql(`
  query BoardPolicyItems {
    boardItems(kind: POLICY_CHANGE) {
      id
      title
      year
      submittedAt
      advice
      advisedBy
      decision
      decisionText
      decidedBy
      changeProposal {
        ...ProposalFields
        ...ProposalTriggerDetail
      }
    }
  }
`);

export const ADVISE_ITEM = graphql(`
  mutation AdviseBoardItem($id: ID!, $a: String!) {
    adviseBoardItem(agendaItemId: $id, advice: $a) {
      id
    }
  }
`);

export const DECIDE_ITEM = graphql(`
  mutation DecideBoardItem($i: DecisionInput!) {
    decideBoardItem(input: $i) {
      id
    }
  }
`);
