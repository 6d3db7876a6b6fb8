export { ImplementationPlanPanel } from './implementation-plan';
export { ProgressPanel } from './progress-panel';
