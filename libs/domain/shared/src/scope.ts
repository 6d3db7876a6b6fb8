/**
 * The six shared facilities (meldkamervoorzieningen) in the regulation's scope, by code: vocabulary every
 * context uses. The risk context owns the register itself (libs/domain/risk/facilities.ts).
 */
export const FACILITY_CODES = ['SPOEDVRAAG', 'SPOEDRESPONS', 'GMS', 'OIS', 'IVICT', 'HUISVESTING'] as const;
export type FacilityCode = (typeof FACILITY_CODES)[number];
export const isFacilityCode = (code: string): code is FacilityCode =>
  (FACILITY_CODES as readonly string[]).includes(code);
