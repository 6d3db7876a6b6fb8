import { IcvException, measureKey } from '@mkib/domain-icv';

/**
 * The GraphQL shape of an exception: measures, explanation, planned date; and the fields of the free-text
 * exceptions of before (deprecated), read from the old text where there is one.
 */
export const toIcvException = (e: IcvException) => ({
  measures: e.measures,
  explanation: e.explanation,
  plannedDate: e.plannedDate,
  subject: e.legacy?.subject ?? e.measures.map(measureKey).join(', '),
  description: e.legacy?.description ?? e.explanation,
  improvement: e.legacy?.improvement ?? '',
  dueDate: e.plannedDate,
});
