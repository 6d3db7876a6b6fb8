export { governanceService } from './governance.service-definition';
