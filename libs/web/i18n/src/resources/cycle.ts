/** The cycle (reporting year) a workspace shows. Dutch first; both languages have the same keys. */
export const cycle = {
  nl: {
    cycle: {
      label: 'Cyclus (verslagjaar)',
      hint: 'Alles hieronder hoort bij deze jaarcyclus.',
    },
  },
  en: {
    cycle: {
      label: 'Cycle (reporting year)',
      hint: 'Everything below belongs to this yearly cycle.',
    },
  },
} as const;
