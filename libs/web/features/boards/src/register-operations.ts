import { graphql } from '@mkib/web-data-access';

/** The registers the LMS keeps (SK-5.4), typed by `npm run codegen`. */

export const PARTY_REGISTER = graphql(`
  query PartyRegister {
    partyRegister {
      hoofdgebruikers {
        code
        name
      }
      coUsers {
        ...CoUserRegistrationFields
      }
      representatives {
        party {
          code
          name
        }
        smb
        bmb
      }
    }
  }
`);

export const CO_USER_REGISTRATION = graphql(`
  fragment CoUserRegistrationFields on CoUserRegistration {
    party {
      code
      name
    }
    category
    responsibleHoofdgebruiker {
      code
      name
    }
    admittedOn
    endsOn
    active
    facilities
    reportingArrangement
    reportDue
  }
`);

export const SAVE_CO_USER = graphql(`
  mutation SaveCoUser($input: CoUserInput!) {
    saveCoUser(input: $input) {
      ...CoUserRegistrationFields
    }
  }
`);

export const END_CO_USER = graphql(`
  mutation EndCoUser($code: ID!, $endsOn: String!) {
    endCoUser(code: $code, endsOn: $endsOn) {
      ...CoUserRegistrationFields
    }
  }
`);

export const SET_BOARD_REPRESENTATION = graphql(`
  mutation SetBoardRepresentation($input: BoardRepresentationInput!) {
    setBoardRepresentation(input: $input) {
      party {
        code
        name
      }
      smb
      bmb
    }
  }
`);
