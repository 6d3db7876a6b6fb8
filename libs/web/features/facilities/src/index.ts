export { FacilityRegister } from './facility-register';
export { ClassificationForm } from './classification-form';
export * from './api';
