/** Escalations and positions (issue 18, SK-3.8). Dutch first; both languages have the same keys. */
export const escalations = {
  nl: {
    escalations: {
      title: '',
    },
  },
  en: {
    escalations: {
      title: '',
    },
  },
};
