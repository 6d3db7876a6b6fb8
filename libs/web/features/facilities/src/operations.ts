import { graphql } from '@mkib/web-data-access';

/** The facility register's GraphQL operations, typed by `npm run codegen`. */
export const FACILITIES = graphql(`
  query Facilities {
    facilities {
      code
      name
      bbn
      reviewDue
      biv {
        beschikbaarheid
        integriteit
        vertrouwelijkheid
      }
      supplementaryAnalysis {
        status
        dueDate
        completedAt
        analysis {
          id
          number
        }
      }
      usedBy {
        code
        name
      }
      applicableMeasures {
        total
        profileVersion
        supplementaryMeasuresApply
      }
    }
  }
`);

export const CLASSIFY_FACILITY = graphql(`
  mutation ClassifyFacility($input: ClassifyFacilityInput!) {
    classifyFacility(input: $input) {
      code
      bbn
      supplementaryAnalysis {
        status
      }
    }
  }
`);
