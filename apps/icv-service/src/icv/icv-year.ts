import { FieldProblem } from '@mkib/domain-shared';

/** The years an ICV or a report can be for: two back, one ahead. */
export const checkYear = (year: number, field = 'year'): FieldProblem[] => {
  const now = new Date().getUTCFullYear();
  return Number.isInteger(year) && year >= now - 2 && year <= now + 1
    ? []
    : [{ field, message: `must be between ${now - 2} and ${now + 1}` }];
};
