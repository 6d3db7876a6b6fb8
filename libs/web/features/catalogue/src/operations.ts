import { graphql } from '@mkib/web-data-access';

/** The catalogue's GraphQL operations, typed by `npm run codegen` and validated against the supergraph. */
export const FRAMEWORKS = graphql(`
  query Frameworks {
    frameworks {
      code
      name
      version
      licence
      attribution
      ownerParty
      requirementCount
    }
  }
`);

export const REQUIREMENTS = graphql(`
  query Requirements($code: ID!, $search: String, $kind: RequirementKind, $offset: Int) {
    requirements(frameworkCode: $code, search: $search, kind: $kind, limit: 25, offset: $offset) {
      total
      items {
        frameworkCode
        identifier
        kind
        title
        text
        status
      }
    }
  }
`);

export const REQUIREMENT_MAPPINGS = graphql(`
  query RequirementMappings($code: ID!, $id: ID!) {
    requirement(frameworkCode: $code, identifier: $id) {
      mappings {
        relationship
        requirement {
          frameworkCode
          identifier
          title
          text
        }
      }
    }
  }
`);

export const PARTY_FRAMEWORKS = graphql(`
  query PartyFrameworks {
    partyFrameworks {
      code
      name
      version
      ownerParty
    }
  }
`);

export const ATTACH_FRAMEWORK = graphql(`
  mutation AttachFramework($c: ID!) {
    attachFramework(frameworkCode: $c) {
      code
      name
      version
      ownerParty
    }
  }
`);

export const DETACH_FRAMEWORK = graphql(`
  mutation DetachFramework($c: ID!) {
    detachFramework(frameworkCode: $c) {
      code
      name
      version
      ownerParty
    }
  }
`);

/** What the import report shows: counts and every problem with its key for the Dutch text. */
export const IMPORT_PROBLEM_FIELDS = graphql(`
  fragment ImportProblemFields on ImportProblem {
    row
    path
    message
    key
    params {
      name
      value
    }
  }
`);

export const IMPORT_REPORT_FIELDS = graphql(`
  fragment ImportReportFields on ImportReport {
    imported
    rowsRead
    rowsAccepted
    rowsRejected
    added
    updated
    removed
    problems {
      ...ImportProblemFields
    }
  }
`);

export const IMPORT_FRAMEWORK = graphql(`
  mutation ImportFramework($i: ImportFrameworkInput!) {
    importFramework(input: $i) {
      ...ImportReportFields
    }
  }
`);

export const IMPORT_PARTY_FRAMEWORK = graphql(`
  mutation ImportPartyFramework($i: ImportFrameworkInput!) {
    importPartyFramework(input: $i) {
      ...ImportReportFields
    }
  }
`);

export const IMPORT_MAPPINGS = graphql(`
  mutation ImportMappings($i: ImportMappingsInput!) {
    importMappings(input: $i) {
      imported
      rowsRead
      rowsAccepted
      rowsRejected
      added
      updated
      removed
      problems {
        ...ImportProblemFields
      }
    }
  }
`);

export const BBN_PROFILE = graphql(`
  query BbnProfile {
    bbnProfile {
      version
      rationale
      publishedBy
      publishedAt
      levels {
        bbn
        applicableCount
        introduced {
          frameworkCode
          identifier
          title
          text
        }
      }
    }
    bbnProfiles {
      version
      current
      rationale
      publishedBy
      publishedAt
    }
  }
`);

export const PUBLISH_BBN_PROFILE = graphql(`
  mutation PublishBbnProfile($i: PublishBbnProfileInput!) {
    publishBbnProfile(input: $i) {
      version
    }
  }
`);

export const LOOKUP_REQUIREMENT = graphql(`
  query LookupRequirement($f: ID!, $i: ID!) {
    requirement(frameworkCode: $f, identifier: $i) {
      frameworkCode
      identifier
      title
      text
      kind
    }
  }
`);

/** The common requirements change only by an adopted policy change: the catalogue proposes one. */
export const PROPOSE_CATALOGUE_CHANGE = graphql(`
  mutation ProposeCatalogueChange($i: DraftChangeProposalInput!) {
    draftChangeProposal(input: $i) {
      id
      number
    }
  }
`);

export const CATALOGUE_TRIGGER_RECORDS = graphql(`
  query CatalogueTriggerRecords {
    riskRegister {
      analyses {
        id
        number
        version
        title
        state
      }
    }
    parties {
      code
      name
    }
    jaaraanschrijvingen {
      id
      year
      reference
    }
    changeRequests(state: OPEN) {
      id
      party
      subject
    }
    boardItems(kind: ICV) {
      id
      title
      party
      decision
    }
    instructions {
      id
      party
      description
      dueDate
    }
  }
`);
