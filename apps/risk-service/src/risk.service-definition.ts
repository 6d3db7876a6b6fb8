import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { FacilityClassificationEntity } from './facility/facility-classification.entity';
import { FacilityEntity } from './facility/facility.entity';
import { FacilityResolver } from './facility/facility.resolver';
import { FacilityService } from './facility/facility.service';
import { RiskInitial1764374400000 } from './migrations/1764374400000-risk-initial';
import { RiskAnnounceFacilities1764633600000 } from './migrations/1764633600000-risk-announce-facilities';
import { RiskIdempotencyKeys1765238400000 } from './migrations/1765238400000-risk-idempotency-keys';

/** The risk context: facilities, their BIV rating and BBN, and (later) risk analyses and consultations. */
export const riskService: ServiceDefinition = {
  name: 'risk',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [FacilityEntity, FacilityClassificationEntity],
  migrations: [
    RiskInitial1764374400000,
    RiskAnnounceFacilities1764633600000,
    RiskIdempotencyKeys1765238400000,
  ],
  providers: [FacilityService, FacilityResolver],
};
