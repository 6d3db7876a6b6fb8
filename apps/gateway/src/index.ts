export { createGateway } from './gateway';
export type { GatewayConfig } from './gateway';
