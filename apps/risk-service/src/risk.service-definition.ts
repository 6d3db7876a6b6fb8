import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { AnalysisReader } from './analysis/analysis-reader';
import {
  AnalysisThreatResolver,
  RiskAggregateResolver,
  RiskAnalysisResolver,
  RiskResolver,
  SupplementaryAnalysisResolver,
} from './analysis/risk-analysis.resolver';
import { RiskAnalysisService } from './analysis/risk-analysis.service';
import { RISK_ANALYSIS_ENTITIES } from './analysis/risk.entities';
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
import { RiskAnalyses1765411200000 } from './migrations/1765411200000-risk-analyses';
import { RiskFindingView1765411200100 } from './migrations/1765411200100-risk-finding-view';
import { RiskTreatmentOrigin1765411200200 } from './migrations/1765411200200-risk-treatment-origin';
import { RiskAnnounceReviewDates1765497600000 } from './migrations/1765497600000-risk-announce-review-dates';
import { RiskTreatmentStatus1765497600100 } from './migrations/1765497600100-risk-treatment-status';

/** The risk context: facilities, their BIV rating and BBN, and risk analyses with their consultation, acceptance and register (issue 16). */
export const riskService: ServiceDefinition = {
  name: 'risk',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [FacilityEntity, FacilityClassificationEntity, ...RISK_ANALYSIS_ENTITIES, FindingViewEntity],
  migrations: [
    RiskInitial1764374400000,
    RiskAnnounceFacilities1764633600000,
    RiskIdempotencyKeys1765238400000,
    RiskAnalyses1765411200000,
    RiskFindingView1765411200100,
    RiskTreatmentOrigin1765411200200,
    RiskAnnounceReviewDates1765497600000,
    RiskTreatmentStatus1765497600100,
  ],
  providers: [
    FacilityService,
    FacilityResolver,
    RiskAnalysisService,
    { provide: AnalysisReader, useExisting: RiskAnalysisService },
    RiskAnalysisResolver,
    RiskResolver,
    RiskAggregateResolver,
    AnalysisThreatResolver,
    SupplementaryAnalysisResolver,
    FindingViewService,
    RiskExportService,
    RiskExportResolver,
  ],
  async subscribe(context) {
    await consumeFindingChanged(context);
  },
};
