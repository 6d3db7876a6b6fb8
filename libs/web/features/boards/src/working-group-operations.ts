import { graphql } from '@mkib/web-data-access';

/** The working groups' GraphQL operations (SK-3.7), typed by `npm run codegen`. */

export const WORKING_GROUP_REPORT_ITEM = graphql(`
  fragment WorkingGroupReportItemFields on BoardItem {
    id
    kind
    title
    advice
    advisedBy
    advisedAt
    decision
    decisionText
    decidedBy
    decidedAt
    submittedAt
  }
`);

export const WORKING_GROUP_FIELDS = graphql(`
  fragment WorkingGroupFields on WorkingGroup {
    id
    name
    mandate
    state
    establishedOn
    dissolvedOn
    members {
      party {
        code
        name
      }
      name
    }
    reports {
      ...WorkingGroupReportItemFields
    }
  }
`);

export const WORKING_GROUPS = graphql(`
  query WorkingGroups {
    workingGroups {
      ...WorkingGroupFields
    }
  }
`);

/** The parties a member may come from: the beheerder (the LMS) and the hoofdgebruikers. */
export const WORKING_GROUP_PARTIES = graphql(`
  query WorkingGroupParties {
    parties {
      code
      name
      kind
    }
  }
`);

export const SAVE_WORKING_GROUP = graphql(`
  mutation SaveWorkingGroup($input: WorkingGroupInput!) {
    saveWorkingGroup(input: $input) {
      ...WorkingGroupFields
    }
  }
`);

export const DISSOLVE_WORKING_GROUP = graphql(`
  mutation DissolveWorkingGroup($id: ID!) {
    dissolveWorkingGroup(id: $id) {
      ...WorkingGroupFields
    }
  }
`);

export const SUBMIT_WORKING_GROUP_REPORT = graphql(`
  mutation SubmitWorkingGroupReport($input: WorkingGroupReportInput!) {
    submitWorkingGroupReport(input: $input) {
      ...WorkingGroupReportItemFields
    }
  }
`);
