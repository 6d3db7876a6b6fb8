/**
 * Errors without a message key of their own, per code (the server's keyed messages are in the `server`
 * namespace, ../server-messages). Dutch first; English users read the server's own text.
 */
export const errors = {
  nl: {
    errors: {
      retry: 'Opnieuw proberen',
      reference: 'Referentie voor de beheerder: {{reference}}',
      field: 'Deze waarde is niet geldig.',
      codes: {
        FORBIDDEN: 'Dit mag u met uw rol niet doen.',
        NOT_FOUND: 'Dit bestaat niet, of u mag het niet inzien.',
        CONFLICT: 'Dit kan nu niet: de gegevens zijn intussen gewijzigd of de stap past niet in deze fase.',
        UNAUTHENTICATED: 'Uw sessie is verlopen. Meld u opnieuw aan.',
        BAD_USER_INPUT: 'De invoer is niet juist. Controleer de velden.',
        RATE_LIMITED: 'U heeft te veel verzoeken gedaan. Wacht een minuut en probeer het opnieuw.',
        NETWORK_ERROR: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
        SERVICE_UNAVAILABLE: 'De dienst is tijdelijk niet beschikbaar. Probeer het zo opnieuw.',
        INTERNAL_SERVER_ERROR: 'Er ging onverwacht iets mis. Probeer het opnieuw.',
      },
    },
  },
  en: {
    errors: {
      retry: 'Try again',
      reference: 'Reference for the administrator: {{reference}}',
      field: 'This value is not valid.',
      codes: {
        FORBIDDEN: 'Your role may not do this.',
        NOT_FOUND: 'This does not exist, or you may not see it.',
        CONFLICT: 'This cannot be done now: the data changed meanwhile or the step does not fit this phase.',
        UNAUTHENTICATED: 'Your session has expired. Please sign in again.',
        BAD_USER_INPUT: 'The input is not right. Please check the fields.',
        RATE_LIMITED: 'Too many requests. Wait a minute and try again.',
        NETWORK_ERROR: 'The server cannot be reached. Check your connection and try again.',
        SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Try again in a moment.',
        INTERNAL_SERVER_ERROR: 'Something unexpected went wrong. Please try again.',
      },
    },
  },
} as const;
