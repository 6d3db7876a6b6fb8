export { policyService } from './policy.service-definition';
