export { governanceService } from './governance.service-definition';
export { registeredCoUsers } from './party/party-register.service';
export type { RegisteredCoUser } from './party/party-register.service';
