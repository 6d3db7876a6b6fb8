/** The cycle a workspace opens on: the current year (the cycle reports on it, early next year). */
export const currentCycleYear = (): number => new Date().getFullYear();

export const STATEMENTS = ['IN_CONTROL', 'IN_CONTROL_MET_UITZONDERINGEN', 'NIET_IN_CONTROL'] as const;
export const MEASURE_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET', 'NIET_VAN_TOEPASSING'] as const;
