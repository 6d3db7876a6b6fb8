import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { IcvResolver } from './icv/icv.resolver';
import { IcvService } from './icv/icv.service';
import { consumePartyRegister } from './icv/party-register.consumer';
import { IcvInitial1764633600000 } from './migrations/1764633600000-icv-initial';

/**
 * The icv context: co-user status reports and the yearly in-control statements with their sign-off
 * (later: self-assessments over the applicable measures, evidence, findings).
 */
export const icvService: ServiceDefinition = {
  name: 'icv',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [],
  migrations: [IcvInitial1764633600000],
  providers: [IcvService, IcvResolver],
  subscribe: consumePartyRegister,
};
