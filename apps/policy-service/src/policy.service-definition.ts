import { join } from 'node:path';
import { auditAnchorKeeper, ServiceDefinition } from '@mkib/server-runtime';
import { PolicyAuditAnchors1765065600000 } from './migrations/1765065600000-policy-audit-anchors';
import {
  CatalogueResolver,
  ImportProblemResolver,
  RequirementResolver,
} from './catalogue/catalogue.resolver';
import { CatalogueService } from './catalogue/catalogue.service';
import { FrameworkEntity } from './catalogue/framework.entity';
import { RequirementMappingEntity } from './catalogue/requirement-mapping.entity';
import { RequirementEntity } from './catalogue/requirement.entity';
import { ApplicabilityPublishedEntity } from './applicability/applicability-published.entity';
import { FacilityStateEntity } from './applicability/facility-state.entity';
import { BbnProfileMeasureEntity } from './profile/bbn-profile-measure.entity';
import { BbnProfileEntity } from './profile/bbn-profile.entity';
import { PartyFrameworkEntity } from './profile/party-framework.entity';
import { SupplementaryMeasureEntity } from './profile/supplementary-measure.entity';
import { PolicyInitial1764374400000 } from './migrations/1764374400000-policy-initial';
import { PolicyExchangeProfiles1764547200000 } from './migrations/1764547200000-policy-exchange-profiles';
import { PolicyApplicability1764633600000 } from './migrations/1764633600000-policy-applicability';
import { PolicyIdempotencyKeys1765238400000 } from './migrations/1765238400000-policy-idempotency-keys';
import { consumeFacilityClassified } from './applicability/facility-classified.consumer';
import { PolicyRiskAnalyses1765411200000 } from './migrations/1765411200000-policy-risk-analyses';
import { consumeRiskAnalysisFinalised } from './risk-analysis/risk-analysis-finalised.consumer';
import { RiskAnalysisEntity } from './risk-analysis/risk-analysis.entity';
import { EvaluationRefEntity } from './evaluation/evaluation-ref.entity';
import { consumeEvaluationRecorded } from './evaluation/evaluation-recorded.consumer';
import { PolicyEvaluationRefs1765584000000 } from './migrations/1765584000000-policy-evaluation-refs';
import {
  BbnProfileLevelResolver,
  FacilityMeasuresResolver,
  ProfileResolver,
  SupplementaryMeasuresResolver,
} from './profile/profile.resolver';
import { ProfileService } from './profile/profile.service';
import { PolicyVersions1765324800000 } from './migrations/1765324800000-policy-versions';
import { PolicyVersionEntity } from './policy-document/policy-version.entity';
import {
  PolicyNormResolver,
  PolicyRequirementsResolver,
  PolicyRuleResolver,
  PolicyVersionResolver,
} from './policy-document/policy-version.resolver';
import { PolicyVersionService } from './policy-document/policy-version.service';
import {
  BoardDecisionEntity,
  ChangeProposalEntity,
  ChangeRequestEntity,
  ConsultationResponseEntity,
  JaaraanschrijvingEntity,
  ProposalStepEntity,
} from './change-proposal/change-proposal.entities';
import {
  ChangeProposalResolver,
  ChangeRequestResolver,
  ChangeTriggerResolver,
  JaaraanschrijvingResolver,
  PolicyVersionProposalResolver,
  RiskAnalysisProposalResolver,
} from './change-proposal/change-proposal.resolver';
import { ChangeProposalService } from './change-proposal/change-proposal.service';
import { changeProposalServiceFor, consumeDecisionTaken } from './change-proposal/decision-taken.consumer';
import { PolicyChangeProposals1765324800100 } from './migrations/1765324800100-policy-change-proposals';
import { PolicyAdoptionFailed1765324800200 } from './migrations/1765324800200-policy-adoption-failed';

/**
 * The policy context: the control catalogue (frameworks, requirements, mappings, OSCAL exchange), the
 * versioned BBN profiles and what applies to each facility and party (later: policy versions, plans).
 */
/** Policy keeps the head of governance's audit chain. */
const anchors = auditAnchorKeeper('policy', ['governance'], 'governanceAuditAnchor', false);

export const policyService: ServiceDefinition = {
  name: 'policy',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [
    FrameworkEntity,
    RequirementEntity,
    RequirementMappingEntity,
    BbnProfileEntity,
    BbnProfileMeasureEntity,
    SupplementaryMeasureEntity,
    PartyFrameworkEntity,
    FacilityStateEntity,
    ApplicabilityPublishedEntity,
    PolicyVersionEntity,
    ChangeProposalEntity,
    ConsultationResponseEntity,
    ProposalStepEntity,
    ChangeRequestEntity,
    RiskAnalysisEntity,
    EvaluationRefEntity,
    JaaraanschrijvingEntity,
    BoardDecisionEntity,
    anchors.entity,
  ],
  migrations: [
    PolicyInitial1764374400000,
    PolicyExchangeProfiles1764547200000,
    PolicyApplicability1764633600000,
    PolicyAuditAnchors1765065600000,
    PolicyIdempotencyKeys1765238400000,
    PolicyVersions1765324800000,
    PolicyChangeProposals1765324800100,
    PolicyAdoptionFailed1765324800200,
    PolicyRiskAnalyses1765411200000,
    PolicyEvaluationRefs1765584000000,
  ],
  providers: [
    CatalogueService,
    ProfileService,
    CatalogueResolver,
    RequirementResolver,
    ImportProblemResolver,
    ProfileResolver,
    BbnProfileLevelResolver,
    FacilityMeasuresResolver,
    SupplementaryMeasuresResolver,
    PolicyVersionService,
    PolicyVersionResolver,
    PolicyRequirementsResolver,
    PolicyNormResolver,
    PolicyRuleResolver,
    ChangeProposalService,
    ChangeProposalResolver,
    ChangeTriggerResolver,
    ChangeRequestResolver,
    JaaraanschrijvingResolver,
    PolicyVersionProposalResolver,
    RiskAnalysisProposalResolver,
    anchors.resolver,
  ],
  async subscribe(context) {
    await consumeFacilityClassified(context);
    let proposals: ChangeProposalService | undefined;
    const procedure = () => (proposals ??= changeProposalServiceFor(context, ChangeProposalService));
    await consumeDecisionTaken(context, procedure);
    await consumeRiskAnalysisFinalised(context, procedure);
    await consumeEvaluationRecorded(context);
    await anchors.subscribe(context);
  },
};
