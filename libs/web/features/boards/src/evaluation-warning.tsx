import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import { Alert } from '@mkib/web-ui';
import { EVALUATION_SCHEDULE } from './evaluation-operations';
import { dayInWords } from './evaluation-format';

/**
 * The five-year warning (SK-6): from twelve months before five years have passed since the last
 * evaluation (or the regulation's entry into force) until one is completed, a clear notice with the due
 * date; overdue once it has passed. Nothing otherwise, nor while loading or on an error (the evaluations
 * tab shows those).
 */
export function EvaluationWarning() {
  const { t, i18n } = useTranslation();
  const result = useData(EVALUATION_SCHEDULE, {});
  const s = result.data?.evaluationSchedule;
  if (!s?.warning) return null;
  return (
    <Alert type="warning" data-testid="evaluation-warning">
      {t(s.overdue ? 'evaluations.warning.overdue' : 'evaluations.warning.due', {
        dueBy: dayInWords(s.dueBy, i18n.language),
      })}
    </Alert>
  );
}
