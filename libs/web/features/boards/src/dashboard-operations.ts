import { graphql } from '@mkib/web-data-access';

/** The SMB dashboard's GraphQL operations (SK-3.3), typed by `npm run codegen`. */

export const SMB_DASHBOARD = graphql(`
  query SmbDashboard($year: Int!) {
    smbDashboard(year: $year) {
      year
      asOf
      icvs {
        party {
          code
          name
        }
        year
        standing
        decision
        overdue
      }
      plans {
        party {
          code
          name
        }
        policyVersion
        state
        updateDueDate
        total
        onTrack
        overdue
        withoutOwner
      }
      instructions {
        open
        overdue
        byParty {
          party {
            code
            name
          }
          open
          overdue
        }
      }
      findings {
        open
        overdue
        byParty {
          party {
            code
            name
          }
          open
          overdue
        }
      }
      facilitiesReviewDue {
        facilityCode
        reviewDue
        overdue
      }
      riskWork {
        openSupplementaryAnalyses
        openConsultations
        overdueConsultations
      }
      openEscalations
    }
  }
`);

export const SMB_SIGNAL_FEED = graphql(`
  query SmbSignalFeed($limit: Int!, $offset: Int!) {
    smbSignals(limit: $limit, offset: $offset) {
      total
      items {
        id
        kind
        subject
        summary
        occurredAt
      }
    }
  }
`);
