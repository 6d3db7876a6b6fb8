import { join } from 'node:path';
import { auditAnchorKeeper, ServiceDefinition } from '@mkib/server-runtime';
import { GovernanceAuditAnchors1765065600000 } from './migrations/1765065600000-governance-audit-anchors';
import { AgendaItemEntity } from './agenda/agenda-item.entity';
import { AgendaResolver } from './agenda/agenda.resolver';
import { AgendaService } from './agenda/agenda.service';
import { BoardItemResolver, ChangeProposalResolver } from './agenda/board-item.resolver';
import { consumePolicyChangeProposed } from './agenda/policy-change-proposed.consumer';
import { consumeIcvSubmitted } from './agenda/icv-submitted.consumer';
import { MedegebruikerReportReceivedEntity } from './cycle/medegebruiker-report-received.entity';
import { consumeMedegebruikerReport } from './cycle/medegebruiker-report.consumer';
import { CycleEntity } from './cycle/cycle.entity';
import { CycleChoiceResolver } from './cycle/cycle-choice.resolver';
import { CycleChoiceService } from './cycle/cycle-choice.service';
import { CycleResolver } from './cycle/cycle.resolver';
import { CycleService } from './cycle/cycle.service';
import { InstructionEntity } from './instruction/instruction.entity';
import { InstructionResolver } from './instruction/instruction.resolver';
import { InstructionService } from './instruction/instruction.service';
import { MeetingPackResolver } from './meeting-pack/meeting-pack.resolver';
import { MeetingPackService } from './meeting-pack/meeting-pack.service';
import { MeldkamerEntity } from './meldkamer/meldkamer.entity';
import { MeldkamerResolver } from './meldkamer/meldkamer.resolver';
import { MeldkamerService } from './meldkamer/meldkamer.service';
import { GovernanceInitial1764374400000 } from './migrations/1764374400000-governance-initial';
import { GovernanceCycle1764633600000 } from './migrations/1764633600000-governance-cycle';
import { GovernanceAgendaExceptions1764720000000 } from './migrations/1764720000000-governance-agenda-exceptions';
import { GovernanceReminders1764806400000 } from './migrations/1764806400000-governance-reminders';
import { GovernanceAgendaProposal1764979200000 } from './migrations/1764979200000-governance-agenda-proposal';
import { GovernanceIdempotencyKeys1765238400000 } from './migrations/1765238400000-governance-idempotency-keys';
import { GovernanceAgendaKinds1765324800000 } from './migrations/1765324800000-governance-agenda-kinds';
import { GovernanceDecisionBackfill1765324800200 } from './migrations/1765324800200-governance-decision-backfill';
import { BoardRepresentationEntity, PartyEntity } from './party/party.entity';
import {
  BoardRepresentationResolver,
  CoUserRegistrationResolver,
  PartyRegisterResolver,
} from './party/party-register.resolver';
import { PartyRegisterService } from './party/party-register.service';
import { GovernancePartyRegister1765584000700 } from './migrations/1765584000700-governance-party-register';
import { PartyResolver } from './party/party.resolver';
import { PartyService } from './party/party.service';
import { ReminderResolver } from './reminder/reminder.resolver';
import { ReminderService } from './reminder/reminder.service';
import { ReminderSources } from './reminder/reminder-source';
import { BoardItemKinds } from './agenda/board-item-kinds';
import {
  CycleReminderSource,
  DeadlineReminderSource,
  RiskConsultationReminderSource,
} from './reminder/governance-reminder-sources';
import { consumeDeadlineEvents } from './reminder/deadline-events.consumer';
import {
  FacilityReviewEntity,
  FindingDeadlineEntity,
  ReminderSettingEntity,
  RiskTreatmentDeadlineEntity,
} from './reminder/reminder-read-models.entity';
import { KnownUserEntity, NotificationReadEntity } from './notification/notification.entity';
import { NotificationResolver } from './notification/notification.resolver';
import { NotificationService } from './notification/notification.service';
import { DigestService } from './mail/digest.service';
import { DigestMailedEntity, MailOutboxEntity } from './mail/mail.entity';
import { MailResolver } from './mail/mail.resolver';
import { MailTransport } from './mail/mail-transport';
import { GovernanceRemindersReachPeople1765497600100 } from './migrations/1765497600100-governance-reminders-reach-people';
import { GovernanceDigestDelivery1765497600200 } from './migrations/1765497600200-governance-digest-delivery';
import { GovernanceBoardKinds1765584000000 } from './migrations/1765584000000-governance-board-kinds';
import { GovernanceInvestigations1765584000300 } from './migrations/1765584000300-governance-investigations';
import { InvestigationEntity } from './investigation/investigation.entity';
import { InvestigationResolver } from './investigation/investigation.resolver';
import { InvestigationService } from './investigation/investigation.service';
import { InvestigationReminderSource } from './investigation/investigation-reminder.source';
import { GovernanceEscalations1765584000400 } from './migrations/1765584000400-governance-escalations';
import { EscalationEntity, EscalationPositionEntity } from './escalation/escalation.entity';
import { EscalationService } from './escalation/escalation.service';
import { EscalationPositionResolver, EscalationResolver } from './escalation/escalation.resolver';
import { EscalationReminderSource } from './escalation/escalation-reminder.source';
import { GovernanceMeetings1765584000200 } from './migrations/1765584000200-governance-meetings';
import { MeetingAgendaEntryEntity, MeetingEntity } from './meeting/meeting.entity';
import { MeetingService } from './meeting/meeting.service';
import {
  AttendeeResolver,
  MeetingAgendaEntryResolver,
  MeetingPackQueryResolver,
  MeetingResolver,
} from './meeting/meeting.resolver';
import { MeetingAgendaPackService } from './meeting-pack/meeting-agenda-pack.service';
import { consumeBbnRaised } from './smb-signal/bbn-raised.consumer';
import { GovernanceRiskConsultationTasks1765411200000 } from './migrations/1765411200000-governance-risk-consultation-tasks';
import { RiskConsultationTaskEntity } from './risk/risk-consultation-task.entity';
import { consumeRiskEvents } from './risk/risk-events.consumer';
import { SmbSignalEntity } from './smb-signal/smb-signal.entity';
import { SmbSignalResolver } from './smb-signal/smb-signal.resolver';
import { SmbSignalService } from './smb-signal/smb-signal.service';
import { GovernanceBbp1765497600000 } from './migrations/1765497600000-governance-bbp';
import { BbpYearEntity } from './bbp/bbp-year.entity';
import { WishEntity } from './bbp/wish.entity';
import { PolicyVersionAdoptedEntity } from './bbp/policy-version-adopted.entity';
import { BbpService } from './bbp/bbp.service';
import { BbpResolver, WishPartyResolver, WishResolver } from './bbp/bbp.resolver';
import { BbpReminderSource } from './bbp/bbp-reminder.source';
import { PlanStatusEntity } from './progress/plan-status.entity';
import { ProgressReportReceivedEntity } from './progress/progress-report-received.entity';
import { consumeProgressEvents } from './progress/progress.consumer';
import {
  PartyProgressResolver,
  PlanStatusResolver,
  ProgressPeriodResolver,
  ProgressResolver,
} from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';
// issue 18: dashboard
import { DashboardService } from './dashboard/dashboard.service';
import {
  DashboardResolver,
  PartyIcvStandingResolver,
  PartyOpenCountResolver,
} from './dashboard/dashboard.resolver';
import { GovernanceWorkingGroups1765584000500 } from './migrations/1765584000500-governance-working-groups';
import { WorkingGroupEntity } from './working-group/working-group.entity';
import { WorkingGroupMemberResolver, WorkingGroupResolver } from './working-group/working-group.resolver';
import { WorkingGroupService } from './working-group/working-group.service';
import { EvaluationEntity } from './evaluation/evaluation.entity';
import { EvaluationResolver } from './evaluation/evaluation.resolver';
import { EvaluationService, EvaluationSettings } from './evaluation/evaluation.service';
import { EvaluationReminderSource } from './evaluation/evaluation-reminder.source';
import { GovernanceEvaluation1765584000600 } from './migrations/1765584000600-governance-evaluation';

/** The governance context: parties and boards, meldkamers, the SMB's monitoring feed, the yearly cycle. */
/** Governance keeps the heads of the other three services' audit chains. */
const anchors = auditAnchorKeeper('governance', ['policy', 'risk', 'icv'], 'auditAnchors', true);

export const governanceService: ServiceDefinition = {
  name: 'governance',
  schemaFile: join(__dirname, 'schema.graphql'),
  entities: [
    PartyEntity,
    BoardRepresentationEntity,
    MeldkamerEntity,
    SmbSignalEntity,
    BbpYearEntity,
    WishEntity,
    PolicyVersionAdoptedEntity,
    ProgressReportReceivedEntity,
    PlanStatusEntity,
    CycleEntity,
    AgendaItemEntity,
    InstructionEntity,
    MedegebruikerReportReceivedEntity,
    RiskConsultationTaskEntity,
    ReminderSettingEntity,
    FindingDeadlineEntity,
    RiskTreatmentDeadlineEntity,
    FacilityReviewEntity,
    NotificationReadEntity,
    KnownUserEntity,
    MailOutboxEntity,
    DigestMailedEntity,
    InvestigationEntity,
    WorkingGroupEntity,
    EvaluationEntity,
    EscalationEntity,
    EscalationPositionEntity,
    // issue 18: meetings
    MeetingEntity,
    MeetingAgendaEntryEntity,
    anchors.entity,
  ],
  migrations: [
    GovernanceInitial1764374400000,
    GovernanceCycle1764633600000,
    GovernanceAgendaExceptions1764720000000,
    GovernanceReminders1764806400000,
    GovernanceAgendaProposal1764979200000,
    GovernanceAuditAnchors1765065600000,
    GovernanceIdempotencyKeys1765238400000,
    GovernanceAgendaKinds1765324800000,
    GovernanceDecisionBackfill1765324800200,
    GovernanceRiskConsultationTasks1765411200000,
    GovernanceBbp1765497600000,
    GovernanceRemindersReachPeople1765497600100,
    GovernanceDigestDelivery1765497600200,
    GovernanceBoardKinds1765584000000,
    GovernanceInvestigations1765584000300,
    GovernanceWorkingGroups1765584000500,
    GovernanceEvaluation1765584000600,
    GovernancePartyRegister1765584000700,
    GovernanceEscalations1765584000400,
    // issue 18: meetings
    GovernanceMeetings1765584000200,
  ],
  providers: [
    PartyService,
    PartyResolver,
    PartyRegisterService,
    PartyRegisterResolver,
    CoUserRegistrationResolver,
    BoardRepresentationResolver,
    MeldkamerService,
    MeldkamerResolver,
    SmbSignalService,
    SmbSignalResolver,
    CycleService,
    CycleResolver,
    CycleChoiceService,
    CycleChoiceResolver,
    AgendaService,
    AgendaResolver,
    BoardItemResolver,
    ChangeProposalResolver,
    InstructionService,
    InstructionResolver,
    ReminderSources,
    BoardItemKinds,
    ReminderService,
    ReminderResolver,
    CycleReminderSource,
    RiskConsultationReminderSource,
    DeadlineReminderSource,
    NotificationService,
    NotificationResolver,
    MailTransport,
    DigestService,
    MailResolver,
    MeetingPackService,
    MeetingPackResolver,
    BbpService,
    BbpResolver,
    WishResolver,
    WishPartyResolver,
    BbpReminderSource,
    ProgressService,
    ProgressResolver,
    PlanStatusResolver,
    PartyProgressResolver,
    ProgressPeriodResolver,
    // issue 18: dashboard
    DashboardService,
    DashboardResolver,
    PartyIcvStandingResolver,
    PartyOpenCountResolver,
    InvestigationService,
    InvestigationResolver,
    InvestigationReminderSource,
    WorkingGroupService,
    WorkingGroupResolver,
    WorkingGroupMemberResolver,
    EvaluationSettings,
    EvaluationService,
    EvaluationResolver,
    EvaluationReminderSource,
    // issue 18: escalations
    EscalationService,
    EscalationResolver,
    EscalationPositionResolver,
    EscalationReminderSource,
    // issue 18: meetings
    MeetingService,
    MeetingResolver,
    MeetingAgendaEntryResolver,
    AttendeeResolver,
    MeetingAgendaPackService,
    MeetingPackQueryResolver,
    anchors.resolver,
  ],
  async subscribe(context) {
    await consumeBbnRaised(context);
    await consumeProgressEvents(context);
    await consumeIcvSubmitted(context);
    await consumePolicyChangeProposed(context);
    await consumeMedegebruikerReport(context);
    await consumeRiskEvents(context);
    await consumeDeadlineEvents(context);
    await anchors.subscribe(context);
  },
};
