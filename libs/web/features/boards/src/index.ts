// The boards and the Minister (issue 18): each screen's module exports its entry points here.
// issue 18: evaluation
export { EvaluationSchedulePanel, EvaluationsPanel } from './evaluation-panel';
export { EvaluationWarning } from './evaluation-warning';
export { recordsEvaluations } from './evaluation-format';
