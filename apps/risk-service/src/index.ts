export { riskService } from './risk.service-definition';
