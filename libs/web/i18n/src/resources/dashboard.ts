/** The SMB dashboard (issue 18, SK-3.3). Dutch first; both languages have the same keys. */
export const dashboard = {
  nl: {
    dashboard: {
      title: '',
    },
  },
  en: {
    dashboard: {
      title: '',
    },
  },
};
