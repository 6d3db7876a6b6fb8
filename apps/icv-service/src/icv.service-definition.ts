import { join } from 'node:path';
import type { ServiceDefinition } from '@mkib/server-runtime';
import { AssessmentEntryEntity } from './assessment/assessment-entry.entity';
import {
  AssessmentEntryResolver,
  AssessmentResolver,
  AssessmentSnapshotResolver,
} from './assessment/assessment.resolver';
import { AssessmentService } from './assessment/assessment.service';
import { EvidenceEntity } from './assessment/evidence.entity';
import { FindingEntity } from './assessment/finding.entity';
import { IcvDocumentsService } from './icv/icv-documents.service';
import { IcvEntity } from './icv/icv.entity';
import { IcvResolver } from './icv/icv.resolver';
import { IcvService } from './icv/icv.service';
import { MedegebruikerReportEntity } from './medegebruiker-report/medegebruiker-report.entity';
import { MedegebruikerReportResolver } from './medegebruiker-report/medegebruiker-report.resolver';
import { MedegebruikerReportService } from './medegebruiker-report/medegebruiker-report.service';
import { IcvInitial1764633600000 } from './migrations/1764633600000-icv-initial';
import { IcvAssessment1764720000000 } from './migrations/1764720000000-icv-assessment';
import { IcvExceptionMeasures1764979200000 } from './migrations/1764979200000-icv-exception-measures';
import { IcvAssessmentSnapshot1765065600000 } from './migrations/1765065600000-icv-assessment-snapshot';
import { IcvIdempotencyKeys1765238400000 } from './migrations/1765238400000-icv-idempotency-keys';
import { IcvPolicyReview1765324800000 } from './migrations/1765324800000-icv-policy-review';
import { IcvFindingRiskTreatment1765411200000 } from './migrations/1765411200000-icv-finding-risk-treatment';
import { IcvAnnounceFindings1765411200100 } from './migrations/1765411200100-icv-announce-findings';
import { IcvImplementationPlans1765497600000 } from './migrations/1765497600000-icv-implementation-plans';
import { IcvAnnounceOpenFindings1765497600100 } from './migrations/1765497600100-icv-announce-open-findings';
import { IcvPartyRefAdmission1765584000000 } from './migrations/1765584000000-icv-party-ref-admission';
import {
  ImplementationPlanEntity,
  PlanLineEntity,
  PolicyVersionSeenEntity,
  RiskTreatmentViewEntity,
} from './plan/plan.entity';
import { PlanRequestBatches } from './plan/plan-batches';
import { PlanDocumentsService } from './plan/plan-documents.service';
import { FindingPlanLinesResolver, PlanLineResolver, PlanResolver } from './plan/plan.resolver';
import { PlanService } from './plan/plan.service';
import { consumeCalendarChanged } from './progress/calendar-changed.consumer';
import { ProgressPeriodEntity, ProgressReportEntity } from './progress/progress.entity';
import { ProgressResolver } from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';
import { consumeRiskTreatmentChanged } from './plan/risk-treatment-changed.consumer';
import { consumeRiskAnalysisFinalised } from './assessment/risk-analysis-finalised.consumer';
import { PolicyReviewEntity } from './policy-review/policy-review.entity';
import { PolicyReviewResolver } from './policy-review/policy-review.resolver';
import { PolicyReviewService } from './policy-review/policy-review.service';
import { consumePolicyVersionAdopted } from './policy-review/policy-version-adopted.consumer';
import { AssessmentSnapshotEntity } from './snapshot/assessment-snapshot.entity';
import { ApplicabilityReceivedEntity } from './read-models/applicability-received.entity';
import { consumeApplicability } from './read-models/applicability.consumer';
import { ApplicableMeasureEntity } from './read-models/applicable-measure.entity';
import { IcvRequestBatches } from './request-batches';
import { consumePartyRegister } from './read-models/party-register.consumer';
import { PartyRefEntity } from './read-models/party-ref.entity';

/**
 * The icv context: self-assessments over the applicable measures with findings and evidence, co-user
 * status reports, the yearly in-control statements with their sign-off, and the implementation plans per
 * policy version with their progress reports per period of the BBP calendar (issue 17).
 */
export const icvService: ServiceDefinition = {
  name: 'icv',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [
    IcvEntity,
    MedegebruikerReportEntity,
    AssessmentEntryEntity,
    FindingEntity,
    EvidenceEntity,
    PartyRefEntity,
    ApplicableMeasureEntity,
    ApplicabilityReceivedEntity,
    AssessmentSnapshotEntity,
    PolicyReviewEntity,
    ImplementationPlanEntity,
    PlanLineEntity,
    PolicyVersionSeenEntity,
    RiskTreatmentViewEntity,
    ProgressPeriodEntity,
    ProgressReportEntity,
  ],
  migrations: [
    IcvInitial1764633600000,
    IcvAssessment1764720000000,
    IcvExceptionMeasures1764979200000,
    IcvAssessmentSnapshot1765065600000,
    IcvIdempotencyKeys1765238400000,
    IcvPolicyReview1765324800000,
    IcvFindingRiskTreatment1765411200000,
    IcvAnnounceFindings1765411200100,
    IcvImplementationPlans1765497600000,
    IcvAnnounceOpenFindings1765497600100,
    IcvPartyRefAdmission1765584000000,
  ],
  providers: [
    IcvService,
    IcvResolver,
    AssessmentService,
    AssessmentResolver,
    AssessmentEntryResolver,
    AssessmentSnapshotResolver,
    IcvRequestBatches,
    IcvDocumentsService,
    MedegebruikerReportService,
    MedegebruikerReportResolver,
    PolicyReviewService,
    PolicyReviewResolver,
    PlanService,
    PlanRequestBatches,
    PlanDocumentsService,
    PlanResolver,
    PlanLineResolver,
    FindingPlanLinesResolver,
    ProgressService,
    ProgressResolver,
  ],
  async subscribe(context) {
    await consumePartyRegister(context);
    await consumeApplicability(context);
    await consumePolicyVersionAdopted(context);
    await consumeRiskAnalysisFinalised(context);
    await consumeRiskTreatmentChanged(context);
    await consumeCalendarChanged(context);
  },
};
