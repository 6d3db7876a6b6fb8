/**
 * A medegebruiker (or bijzondere gebruiker) reports its implementation status once a year to the party
 * it reports to: its hoofdgebruiker, or the LMS (SK-5.4).
 */
export const MEDEGEBRUIKER_STATUSES = ['GEIMPLEMENTEERD', 'DEELS', 'NIET'] as const;
export type MedegebruikerStatus = (typeof MEDEGEBRUIKER_STATUSES)[number];
