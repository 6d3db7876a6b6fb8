import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { FacilityClassificationEntity } from './facility/facility-classification.entity';
import { FacilityEntity } from './facility/facility.entity';
import { FacilityResolver } from './facility/facility.resolver';
import { FacilityService } from './facility/facility.service';
import { RiskExportResolver } from './export/risk-export.resolver';
import { RiskExportService } from './export/risk-export.service';
import { consumeFindingChanged } from './finding-view/finding-changed.consumer';
import { FindingViewEntity } from './finding-view/finding-view.entity';
import { FindingViewService } from './finding-view/finding-view.service';
import { RiskInitial1764374400000 } from './migrations/1764374400000-risk-initial';
import { RiskAnnounceFacilities1764633600000 } from './migrations/1764633600000-risk-announce-facilities';
import { RiskIdempotencyKeys1765238400000 } from './migrations/1765238400000-risk-idempotency-keys';
import { RiskFindingView1765411200100 } from './migrations/1765411200100-risk-finding-view';

/** The risk context: facilities, their BIV rating and BBN, and (later) risk analyses and consultations. */
export const riskService: ServiceDefinition = {
  name: 'risk',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [FacilityEntity, FacilityClassificationEntity, FindingViewEntity],
  migrations: [
    RiskInitial1764374400000,
    RiskAnnounceFacilities1764633600000,
    RiskIdempotencyKeys1765238400000,
    RiskFindingView1765411200100,
  ],
  providers: [FacilityService, FacilityResolver, FindingViewService, RiskExportService, RiskExportResolver],
  async subscribe(context) {
    await consumeFindingChanged(context);
  },
};
