/** The registers the LMS keeps: co-users and representatives (issue 18, SK-5.4). Dutch first; both languages have the same keys. */
export const registers = {
  nl: {
    registers: {
      title: '',
    },
  },
  en: {
    registers: {
      title: '',
    },
  },
};
