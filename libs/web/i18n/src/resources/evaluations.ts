/** The five-yearly evaluation of the Minister (issue 18, SK-6). Dutch first; both languages have the same keys. */
export const evaluations = {
  nl: {
    evaluations: {
      title: '',
    },
  },
  en: {
    evaluations: {
      title: '',
    },
  },
};
