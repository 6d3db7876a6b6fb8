/**
 * Dutch texts of the risk context's message keys (libs/domain/risk/src/messages.ts), same parameters.
 * tools/i18n/server-messages.spec.ts fails on a key without a Dutch text here.
 */
export const riskNl: Record<string, string> = {
  'risk.facility.notFound': 'Er is geen meldkamervoorziening met code "{{code}}". Bekende codes: {{known}}.',
  'risk.bbn.level': 'Kies BBN 1, 2 of 3.',
  'risk.rationale.required': 'Licht toe waarom de meldkamervoorziening deze classificatie krijgt.',
  'risk.reviewDue.future': 'Kies een datum na vandaag.',
  'risk.reviewDue.tooFar':
    'Kies een herijkingsdatum hoogstens {{years}} jaar vooruit: de BIV-classificatie wordt regelmatig herijkt.',
};
