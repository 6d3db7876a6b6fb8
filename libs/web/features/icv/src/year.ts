/** The cycle a workspace opens on: the current year (the cycle reports on it, early next year). */
export const currentCycleYear = (): number => new Date().getFullYear();

export const STATEMENTS = ['IN_CONTROL', 'IN_CONTROL_MET_UITZONDERINGEN', 'NIET_IN_CONTROL'] as const;
export const MEASURE_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET', 'NIET_VAN_TOEPASSING'] as const;

/** Field problems of a refused request, as "field: message" lines. */
export const problemsText = (err: unknown): string => {
  const e = err as { message: string; problems?: { field: string; message: string }[] };
  return e.problems?.length ? e.problems.map((p) => `${p.field}: ${p.message}`).join('\n') : e.message;
};
