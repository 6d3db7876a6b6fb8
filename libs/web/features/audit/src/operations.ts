import { graphql } from '@mkib/web-data-access';

/** The audit operations of the auditor's workspace, typed by `npm run codegen`. */

export const AUDIT_LOG_FIELDS = graphql(`
  fragment AuditLogFields on AuditLogStatus {
    service
    entries
    intact
    problems {
      seq
      problem
      message
    }
  }
`);

/** A head of a chain as another service keeps it, with the problems of the series of anchors it received. */
export const AUDIT_ANCHOR_FIELDS = graphql(`
  fragment AuditAnchorFields on AuditAnchor {
    service
    seq
    hash
    problems {
      seq
      problem
      message
    }
  }
`);

/** The heads of the chains as anchored in another service: governance keeps three, policy governance's. */
export const AUDIT_ANCHORS = graphql(`
  query AuditAnchors {
    auditAnchors {
      ...AuditAnchorFields
    }
    governanceAuditAnchor {
      ...AuditAnchorFields
    }
  }
`);

/**
 * The four services verify their own chain, each against the head another service anchored, so a chain
 * cut back at its tail reads TRUNCATED; the gateway asks them side by side.
 */
export const AUDIT_LOGS = graphql(`
  query AuditLogs(
    $policy: AuditAnchorInput
    $risk: AuditAnchorInput
    $icv: AuditAnchorInput
    $governance: AuditAnchorInput
  ) {
    policyAuditLog(anchor: $policy) {
      ...AuditLogFields
    }
    riskAuditLog(anchor: $risk) {
      ...AuditLogFields
    }
    icvAuditLog(anchor: $icv) {
      ...AuditLogFields
    }
    governanceAuditLog(anchor: $governance) {
      ...AuditLogFields
    }
  }
`);

/** The parties that assess themselves and submit an ICV: the hoofdgebruikers and the beheerder. */
export const AUDITED_PARTIES = graphql(`
  query AuditedParties {
    parties {
      code
      name
      kind
    }
  }
`);

export const AUDIT_TRAIL_PAGE_FIELDS = graphql(`
  fragment AuditTrailPageFields on AuditTrailPage {
    total
    offset
    limit
    entries {
      service
      seq
      occurredAt
      actor
      party
      action
      subject
      reason
      before
      after
      correlationId
    }
  }
`);

/** The next page of each service's trail (newest first), each from its own offset, side by side. */
export const AUDIT_TRAIL = graphql(`
  query AuditTrail(
    $policy: AuditTrailFilter
    $risk: AuditTrailFilter
    $icv: AuditTrailFilter
    $governance: AuditTrailFilter
  ) {
    policyAuditTrail(filter: $policy) {
      ...AuditTrailPageFields
    }
    riskAuditTrail(filter: $risk) {
      ...AuditTrailPageFields
    }
    icvAuditTrail(filter: $icv) {
      ...AuditTrailPageFields
    }
    governanceAuditTrail(filter: $governance) {
      ...AuditTrailPageFields
    }
  }
`);

/** Every version of a party's ICV of a year with the assessment frozen when it was submitted. */
export const AUDITED_SUBMISSIONS = graphql(`
  query AuditedSubmissions($y: Int!, $p: ID) {
    icv(year: $y, party: $p) {
      id
      versions {
        version
        state
        submittedAt
        snapshot {
          takenAt
          origin
          profileVersion
          statement
          proposedStatement
          progress {
            applicable
            implemented
            partly
            notImplemented
            notApplicable
            percentImplemented
          }
          entries {
            frameworkCode
            identifier
            title
            text
            frameworkVersion
            status
          }
        }
      }
    }
  }
`);
