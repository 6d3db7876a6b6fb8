/** Investigations and standalone aanwijzingen (issue 18, SK-3.6). Dutch first; both languages have the same keys. */
export const investigations = {
  nl: {
    investigations: {
      title: '',
    },
  },
  en: {
    investigations: {
      title: '',
    },
  },
};
