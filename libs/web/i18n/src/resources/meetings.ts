/** Meetings of the SMB and the BMB: agenda builder, minutes, meeting pack (issue 18). Dutch first; both languages have the same keys. */
export const meetings = {
  nl: {
    meetings: {
      title: '',
    },
  },
  en: {
    meetings: {
      title: '',
    },
  },
};
