/** Working groups of the SMB (issue 18, SK-3.7). Dutch first; both languages have the same keys. */
export const workingGroups = {
  nl: {
    workingGroups: {
      title: '',
    },
  },
  en: {
    workingGroups: {
      title: '',
    },
  },
};
