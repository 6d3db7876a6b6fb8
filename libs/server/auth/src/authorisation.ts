import { DomainError, shared } from '@mkib/domain-shared';
import type { Principal, Role } from './principal';
import { ROLES } from './principal';

/**
 * THE authorisation table of the platform: role x action x subject x condition. Every GraphQL operation
 * declares one action from this table (see `@Authorise`); an operation without a declaration is refused.
 *
 * Conditions say whose records a grant reaches:
 * - `any`: every record of that kind (reference data, or a governance role that must see all);
 * - `own-party`: records of the caller's own party only (SK-T3);
 * - `responsible-for`: records of the caller's party and of the medegebruikers it answers for;
 * - `before-my-board`: records put before the caller's board;
 * - `common-objects`: the common objects every party shares (catalogue, profiles, facilities, the cycle)
 *   and the caller's own party's records.
 */
export type Condition = 'any' | 'own-party' | 'responsible-for' | 'before-my-board' | 'common-objects';

export interface Grant {
  roles: readonly Role[];
  condition: Condition;
  /** Restricts the grant to tokens of these parties (e.g. only the LMS operates the facility register). */
  parties?: readonly string[];
}

export interface ActionDefinition {
  description: string;
  kind: 'read' | 'change';
  grants: readonly Grant[];
}

const EVERY_ROLE = ROLES;
const BOARD_ROLES: readonly Role[] = ['smb-member', 'bmb-member', 'board-secretary'];
/** The hoofdgebruikers (SK Art. 1): consulted on policy changes, may request them. */
const HOOFDGEBRUIKERS = ['politie', 'ambulance', 'brandweer', 'kmar', 'defensie'] as const;
/**
 * The organisations that keep an implementation plan and report its progress (art. 2.3, 2.4). The same list
 * as PLAN_KEEPERS in libs/domain/governance/src/bbp.ts, the source of truth (a governance spec holds them
 * equal); icv opens plans only for these parties (plan.service.ts keepsPlan).
 */
const PLAN_KEEPERS = [...HOOFDGEBRUIKERS, 'lms'] as const;
/**
 * The organisations that submit BBP wishes (SK-3.4): the parties of art. 1e as MKIB registers them
 * (ambulance: the Minister for Medical Care and the RAVs; brandweer: the boards of the safety regions;
 * defensie: the Minister of Defence, for the KMar; jenv; politie), and the LMS.
 */
const WISH_PARTIES = ['politie', 'ambulance', 'brandweer', 'defensie', 'jenv', 'lms'] as const;

export const AUTHORISATION_TABLE = {
  'party.read': {
    description:
      'Read the party register (who takes part, and which hoofdgebruiker answers for a medegebruiker).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'meldkamer.read': {
    description: 'Read the ten meldkamers.',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'facility.read': {
    description: 'Read the facility register with its BIV rating, BBN and history.',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'facility.classify': {
    description: 'Set the BIV rating and BBN of a shared facility (the beheerder, SK-2.2d, SK-4.3).',
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'smb-signal.read': {
    description: "Read the SMB's monitoring feed.",
    kind: 'read',
    grants: [
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'catalogue.read': {
    description: 'Read the control catalogue: the BIO baseline and other frameworks (SK-2.1).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'catalogue.change': {
    description:
      'Import, replace or merge a framework of the common catalogue and the mappings between frameworks (the LMS).',
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'bbn-profile.change': {
    description:
      'Publish a new version of the BBN profiles and record the measures a supplementary analysis added (the LMS, SK-2.2b).',
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'party-framework.read': {
    // A party's own frameworks may carry texts licensed to that party alone (e.g. NEN 7510).
    description: "Read a party's own extra frameworks and which frameworks it attached to its scope.",
    kind: 'read',
    grants: [
      { roles: EVERY_ROLE, condition: 'own-party' },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'party-framework.change': {
    description: "Import the party's own frameworks and attach or detach extra frameworks to its own scope.",
    kind: 'change',
    grants: [
      { roles: ['security-officer'], condition: 'own-party' },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
    ],
  },
  'icv.read': {
    description:
      "Read in-control statements: your own party's; the boards those submitted to them; the auditor all.",
    kind: 'read',
    grants: [
      { roles: EVERY_ROLE, condition: 'own-party' },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'icv.prepare': {
    description: "Draft, prepare and correct your own organisation's ICV (its security officer).",
    kind: 'change',
    grants: [{ roles: ['security-officer'], condition: 'own-party' }],
  },
  'icv.sign': {
    description: "Sign your own organisation's ICV (its accountable official, not the preparer).",
    kind: 'change',
    grants: [{ roles: ['accountable-official'], condition: 'own-party' }],
  },
  'icv.submit': {
    description: "Submit your own organisation's signed ICV to the SMB.",
    kind: 'change',
    grants: [{ roles: ['security-officer', 'accountable-official'], condition: 'own-party' }],
  },
  'co-user-report.submit': {
    description: 'Report your implementation status as a co-user to your hoofdgebruiker or the LMS (SK-5.4).',
    kind: 'change',
    grants: [{ roles: ['medegebruiker'], condition: 'own-party' }],
  },
  'co-user-report.read': {
    description: 'Read co-user reports: your own, those reported to your party, or all (auditor).',
    kind: 'read',
    grants: [
      { roles: ['medegebruiker'], condition: 'own-party' },
      { roles: ['security-officer', 'accountable-official'], condition: 'responsible-for' },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'assessment.read': {
    description: "Read a self-assessment with its findings and evidence: your own party's; the auditor all.",
    kind: 'read',
    grants: [
      { roles: EVERY_ROLE, condition: 'own-party' },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'assessment.change': {
    description:
      "Assess your own organisation's measures, record findings and upload evidence (its security officer).",
    kind: 'change',
    grants: [{ roles: ['security-officer'], condition: 'own-party' }],
  },
  'cycle.read': {
    description: 'Read the yearly cycle with its deadlines.',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'cycle.manage': {
    description: 'Open the yearly cycle and set its deadlines (the board secretary).',
    kind: 'change',
    grants: [{ roles: ['board-secretary'], condition: 'any', parties: ['smb', 'bmb'] }],
  },
  'agenda.read': {
    description:
      "Read the boards' agenda with advice and decisions: the boards, the LMS and the auditor all; a party its own items.",
    kind: 'read',
    grants: [
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
      { roles: ['security-officer', 'accountable-official', 'viewer'], condition: 'own-party' },
    ],
  },
  'reminder.read': {
    description:
      "Read the cycle's reminders: your own party's; the boards, the LMS and the auditor everyone's.",
    kind: 'read',
    grants: [
      { roles: EVERY_ROLE, condition: 'own-party' },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'icv.advise': {
    description: 'Record the SMB advice on a submitted ICV (SK-3.5).',
    kind: 'change',
    grants: [{ roles: ['smb-member', 'board-secretary'], condition: 'before-my-board', parties: ['smb'] }],
  },
  'icv.decide': {
    description:
      'Record the BMB decision on an ICV, after the SMB advice, and review instructions (SK-3.5, SK-3.6).',
    kind: 'change',
    grants: [{ roles: ['bmb-member', 'board-secretary'], condition: 'before-my-board', parties: ['bmb'] }],
  },
  'instruction.report-done': {
    description: 'Report an improvement instruction to your own party done (SK-3.6).',
    kind: 'change',
    grants: [{ roles: ['security-officer', 'accountable-official'], condition: 'own-party' }],
  },
  'policy.read': {
    description:
      'Read the information-security policy: its versions, responsibilities, norms, addendum rules and the diff between versions (SK-2.2).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'policy-proposal.read': {
    description:
      'Read change proposals of the policy with their trail, and the jaaraanschrijvingen (the policy is common to every party, SK-3.1).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'policy-proposal.manage': {
    description:
      'Record the jaaraanschrijving; draft, revise, consult on, submit and withdraw policy change proposals; decline change requests (the LMS, SK-4.4).',
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'policy-change.request': {
    description:
      'Ask the LMS for a policy change on behalf of your hoofdgebruiker (its security officer, SK-4.4).',
    kind: 'change',
    grants: [{ roles: ['security-officer'], condition: 'own-party', parties: HOOFDGEBRUIKERS }],
  },
  'policy-change-request.read': {
    description:
      "Read policy change requests and consultation responses: your own party's; the LMS, the boards and the auditor all.",
    kind: 'read',
    grants: [
      { roles: EVERY_ROLE, condition: 'own-party' },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'policy-consultation.respond': {
    description:
      'Respond to the consultation on a policy change proposal for your hoofdgebruiker: agree, remarks or disagree, with reasons (its security officer).',
    kind: 'change',
    grants: [{ roles: ['security-officer'], condition: 'own-party', parties: HOOFDGEBRUIKERS }],
  },
  'agenda-item.advise': {
    description:
      'Record the SMB advice on an agenda item of any kind: an ICV, a policy change proposal (SK-3.1, SK-3.5).',
    kind: 'change',
    grants: [{ roles: ['smb-member', 'board-secretary'], condition: 'before-my-board', parties: ['smb'] }],
  },
  'agenda-item.decide': {
    description:
      'Record the BMB decision on an agenda item of any kind after the SMB advice: accept an ICV, adopt or reject a policy change (SK-3.1, SK-3.5).',
    kind: 'change',
    grants: [{ roles: ['bmb-member', 'board-secretary'], condition: 'before-my-board', parties: ['bmb'] }],
  },
  'risk-catalogue.read': {
    description: 'Read the risk scale and the threat catalogue (common to every party).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'risk-scale.change': {
    description: 'Replace the risk scale: its steps, Dutch labels and level matrix (the LMS).',
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'risk-analysis.read': {
    description:
      "Read risk analyses, the register and its exports: your own party's (a hoofdgebruiker also the LMS analyses it is consulted on); the auditor all (SK-5.2, SK-T3).",
    kind: 'read',
    grants: [
      {
        roles: ['security-officer', 'accountable-official', 'viewer'],
        condition: 'own-party',
        parties: [...HOOFDGEBRUIKERS, 'lms'],
      },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'risk-analysis.manage': {
    description:
      "Draft, edit, revise, discard and finalise your party's risk analyses, and report their treatments done (a hoofdgebruiker's security officer; the LMS on shared facilities, including opening the consultation and answering responses) (SK-4.2, SK-5.2).",
    kind: 'change',
    grants: [
      { roles: ['security-officer'], condition: 'own-party', parties: HOOFDGEBRUIKERS },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
    ],
  },
  'risk-consultation.read': {
    description:
      "Read the consultation tasks on the LMS's risk analyses: your own party's; the LMS and the auditor every one (SK-4.2).",
    kind: 'read',
    grants: [
      {
        roles: ['security-officer', 'accountable-official', 'viewer'],
        condition: 'own-party',
        parties: HOOFDGEBRUIKERS,
      },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'risk-consultation.respond': {
    description:
      "Respond to the LMS's risk consultation for your hoofdgebruiker: agree, agree with remarks, or disagree with reasoning (its security officer, SK-4.2).",
    kind: 'change',
    grants: [{ roles: ['security-officer'], condition: 'own-party', parties: HOOFDGEBRUIKERS }],
  },
  'risk-acceptance.decide': {
    description:
      'Decide on accepting a residual risk above the acceptance level, never your own proposal (the accountable official of the owner party).',
    kind: 'change',
    grants: [
      { roles: ['accountable-official'], condition: 'own-party', parties: [...HOOFDGEBRUIKERS, 'lms'] },
    ],
  },
  'risk-acceptance-level.set': {
    description:
      "Set your party's risk acceptance level: the residual level above which acceptance needs the accountable official (its accountable official).",
    kind: 'change',
    grants: [
      { roles: ['accountable-official'], condition: 'own-party', parties: [...HOOFDGEBRUIKERS, 'lms'] },
    ],
  },
  'risk-overview.read': {
    description:
      'Read the risk aggregates per party and facility (counts per level, not content, SK-T3) and the analyses finalised late (the boards, the LMS, the auditor).',
    kind: 'read',
    grants: [
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'implementation-plan.read': {
    description:
      "Read an implementation plan with its lines, links and export: your own organisation's; the auditor all (SK-2.3, SK-T3).",
    kind: 'read',
    grants: [
      {
        roles: ['security-officer', 'accountable-official', 'viewer'],
        condition: 'own-party',
        parties: PLAN_KEEPERS,
      },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'implementation-plan.manage': {
    description:
      "Add, change and remove lines of your organisation's implementation plan and confirm it up to date (its security officer; the LMS operator for the LMS) (SK-2.3, SK-4.1, SK-5.1).",
    kind: 'change',
    grants: [
      { roles: ['security-officer'], condition: 'own-party', parties: PLAN_KEEPERS },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
    ],
  },
  'progress-report.read': {
    description:
      "Read progress reports: your own organisation's; the boards the submitted ones, content included (summary, who prepared and signed it, the roll-up), by design: the reports are addressed to the SMB (art. 2.4), as submitted ICVs are (a deliberate SK-T3 exception; the plans' lines stay with the party); the auditor all (SK-2.4).",
    kind: 'read',
    grants: [
      {
        roles: ['security-officer', 'accountable-official', 'viewer'],
        condition: 'own-party',
        parties: PLAN_KEEPERS,
      },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'progress-report.prepare': {
    description: "Prepare your organisation's progress report of a period (its security officer, SK-2.4).",
    kind: 'change',
    grants: [
      { roles: ['security-officer'], condition: 'own-party', parties: PLAN_KEEPERS },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
    ],
  },
  'progress-report.sign': {
    description:
      "Sign off your organisation's progress report (its accountable official, never the preparer, SK-2.4).",
    kind: 'change',
    grants: [{ roles: ['accountable-official'], condition: 'own-party', parties: PLAN_KEEPERS }],
  },
  'progress-report.submit': {
    description: "Submit your organisation's signed progress report to the SMB (SK-2.4).",
    kind: 'change',
    grants: [
      { roles: ['security-officer', 'accountable-official'], condition: 'own-party', parties: PLAN_KEEPERS },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
    ],
  },
  'progress-overview.read': {
    description:
      'Read the implementation plans and progress reports across parties as counts, not content (the boards, the LMS, the auditor; SK-2.4, SK-3.3).',
    kind: 'read',
    grants: [
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'bbp.read': {
    description:
      'Read the BBP years, their PDCA calendar and information-security paragraph (common to every party).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'bbp.manage': {
    description:
      "Open the BBP year with its calendar, move its dates, consolidate the wishes and put the BBP before the boards (the SMB's board secretary, SK-3.2, SK-3.4).",
    kind: 'change',
    grants: [{ roles: ['board-secretary'], condition: 'any', parties: ['smb'] }],
  },
  'wish.read': {
    description: "Read the BBP wishes: your own party's; the boards, the LMS and the auditor all (SK-3.4).",
    kind: 'read',
    grants: [
      {
        roles: ['security-officer', 'accountable-official', 'viewer'],
        condition: 'own-party',
        parties: WISH_PARTIES,
      },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor'], condition: 'any' },
    ],
  },
  'wish.submit': {
    description:
      "Submit or withdraw your party's information-security wishes for the BBP (a party of art. 1e or the LMS; the SMB's board secretary on behalf of such a party) (SK-3.4).",
    kind: 'change',
    grants: [
      { roles: ['security-officer', 'accountable-official'], condition: 'own-party', parties: WISH_PARTIES },
      { roles: ['lms-operator'], condition: 'own-party', parties: ['lms'] },
      { roles: ['board-secretary'], condition: 'any', parties: ['smb'] },
    ],
  },
  'reminder-settings.manage': {
    description: 'Set how many days ahead each milestone starts reminding (the LMS, the board secretary).',
    kind: 'change',
    grants: [
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['board-secretary'], condition: 'any', parties: ['smb', 'bmb'] },
    ],
  },
  'notification.read': {
    description: 'Read your own notification list and e-mail preference (every signed-in person).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'own-party' }],
  },
  'notification.manage': {
    description: 'Mark your own notifications read or unread and set your own e-mail digest preference.',
    kind: 'change',
    grants: [{ roles: EVERY_ROLE, condition: 'own-party' }],
  },
  'mail-outbox.read': {
    description: "Read the mails the platform sent (the all-in-one mode's local outbox) (the LMS).",
    kind: 'read',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'reminder-digest.send': {
    description: "Run today's reminder e-mail digest now, besides the daily run (the LMS).",
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  // --- The boards and the Minister (issue 18) ---------------------------------------------------------
  'smb-dashboard.read': {
    description:
      "Read the SMB's monitoring dashboard across parties: counts and states, never a party's own content (SK-3.3, SK-T3).",
    kind: 'read',
    grants: [
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor', 'evaluator'], condition: 'any' },
    ],
  },
  'meeting.read': {
    description:
      'Read the meetings of the SMB and the BMB: date, attendance, agenda, minutes and meeting pack (the boards, the LMS, JenV).',
    kind: 'read',
    grants: [
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor', 'evaluator'], condition: 'any' },
    ],
  },
  'meeting.manage': {
    description:
      'Plan a meeting of the SMB or the BMB, assemble its agenda, record attendance and minutes (the board secretary).',
    kind: 'change',
    grants: [{ roles: ['board-secretary'], condition: 'any', parties: ['smb', 'bmb'] }],
  },
  'investigation.read': {
    description:
      'Read the investigations into how the policy works, with scope, investigator, report and findings (common to every party, SK-3.6).',
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'investigation.manage': {
    description:
      'Propose an investigation to the boards and record a commissioned one: its report and findings (the board secretary, SK-3.6).',
    kind: 'change',
    grants: [{ roles: ['board-secretary'], condition: 'any', parties: ['smb', 'bmb'] }],
  },
  'instruction.issue': {
    description:
      'Give a party an aanwijzing outside an ICV decision, after the SMB advised (the BMB, SK-3.6).',
    kind: 'change',
    grants: [{ roles: ['bmb-member', 'board-secretary'], condition: 'before-my-board', parties: ['bmb'] }],
  },
  'escalation.read': {
    description:
      'Read escalations: those your party raised or takes part in, with your own position; the boards, the LMS, JenV all, with every position side by side (SK-3.8).',
    kind: 'read',
    grants: [
      {
        roles: ['security-officer', 'accountable-official', 'viewer'],
        condition: 'own-party',
        parties: PLAN_KEEPERS,
      },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: ['auditor', 'evaluator'], condition: 'any' },
    ],
  },
  'escalation.raise': {
    description:
      'Raise a decision point the parties cannot agree on to the boards (a hoofdgebruiker or the LMS; the board secretary) (SK-3.8).',
    kind: 'change',
    grants: [
      { roles: ['security-officer', 'accountable-official'], condition: 'own-party', parties: PLAN_KEEPERS },
      { roles: ['board-secretary'], condition: 'any', parties: ['smb', 'bmb'] },
    ],
  },
  'escalation.position': {
    description:
      "Record your party's position on an escalation it takes part in: agree or disagree, with reasoning (SK-3.8).",
    kind: 'change',
    grants: [
      { roles: ['security-officer', 'accountable-official'], condition: 'own-party', parties: PLAN_KEEPERS },
    ],
  },
  'working-group.read': {
    description: "Read the SMB's working groups (hulpstructuren): mandate, members and reports (SK-3.7).",
    kind: 'read',
    grants: [{ roles: EVERY_ROLE, condition: 'any' }],
  },
  'working-group.manage': {
    description:
      'Set up, change or dissolve a working group of the SMB with members from the beheerder and the hoofdgebruikers, and put its reports on the SMB agenda (the SMB secretary, SK-3.7).',
    kind: 'change',
    grants: [{ roles: ['board-secretary'], condition: 'any', parties: ['smb'] }],
  },
  'evaluation.read': {
    description:
      "Read the Minister's evaluation audits of the regulation and when the next is due (JenV, the boards, the LMS; SK-6).",
    kind: 'read',
    grants: [
      { roles: ['auditor', 'evaluator'], condition: 'any', parties: ['jenv'] },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
    ],
  },
  'evaluation.manage': {
    description:
      "Record the Minister's evaluation audits: period, scope, auditor, findings with follow-up and report; start an extra audit (the evaluator of JenV, SK-6).",
    kind: 'change',
    grants: [{ roles: ['evaluator'], condition: 'any', parties: ['jenv'] }],
  },
  'party-register.read': {
    description:
      "Read the registers the LMS keeps: co-users with category, dates, facilities and reporting arrangement, and the boards' representatives (the LMS, the boards, JenV; a hoofdgebruiker its own co-users; a co-user its own entry) (SK-5.4).",
    kind: 'read',
    grants: [
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: ['auditor', 'evaluator'], condition: 'any' },
      { roles: ['security-officer', 'accountable-official', 'viewer'], condition: 'responsible-for' },
      { roles: ['medegebruiker'], condition: 'own-party' },
    ],
  },
  'party-register.manage': {
    description:
      "Keep the registers: admit, change and end co-users, and record each party's representatives on the SMB and the BMB (the LMS, SK-5.4).",
    kind: 'change',
    grants: [{ roles: ['lms-operator'], condition: 'any', parties: ['lms'] }],
  },
  'audit-log.verify': {
    description: "Verify a service's hash-chained audit log.",
    kind: 'read',
    grants: [
      { roles: ['auditor'], condition: 'any' },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
    ],
  },
  'audit-trail.read': {
    description:
      "Read a service's audit trail: the auditor all; the LMS the common objects and its own; a board the governance trail, the common objects and its own; a party its own.",
    kind: 'read',
    grants: [
      { roles: ['auditor'], condition: 'any' },
      { roles: ['lms-operator'], condition: 'common-objects', parties: ['lms'] },
      { roles: BOARD_ROLES, condition: 'before-my-board', parties: ['smb', 'bmb'] },
      { roles: EVERY_ROLE, condition: 'own-party' },
    ],
  },
  'audit-log.anchor': {
    description: "Publish the heads of the services' audit chains now (anchoring), besides the periodic one.",
    kind: 'change',
    grants: [
      { roles: ['auditor'], condition: 'any' },
      { roles: ['lms-operator'], condition: 'any', parties: ['lms'] },
    ],
  },
} as const satisfies Record<string, ActionDefinition>;

export type Action = keyof typeof AUTHORISATION_TABLE;

export const isAction = (value: string): value is Action =>
  Object.prototype.hasOwnProperty.call(AUTHORISATION_TABLE, value);

/** The grants of the table that apply to this caller for this action; empty means refused. */
export function applicableGrants(principal: Principal, action: Action): Grant[] {
  const def: ActionDefinition = AUTHORISATION_TABLE[action];
  return def.grants.filter(
    (g) =>
      g.roles.some((r) => principal.roles.includes(r)) && (!g.parties || g.parties.includes(principal.party)),
  );
}

/** Throws FORBIDDEN unless some grant applies; returns the grants so queries can filter rows by them. */
export function authorise(principal: Principal, action: Action): Grant[] {
  const grants = applicableGrants(principal, action);
  if (grants.length === 0) {
    const def: ActionDefinition = AUTHORISATION_TABLE[action];
    throw shared.forbidden('auth.forbidden', {
      roles: principal.roles.join(', ') || 'none',
      party: principal.party,
      action: def.description,
    });
  }
  return grants;
}

/**
 * Whose records a caller may reach for an action, for the WHERE clause of the query (rows are filtered in
 * the database, never after loading). `before-my-board` is not a party filter: the owning service adds
 * its own condition (put before the board) and gets `all` here.
 */
export type PartyScope =
  | { all: true }
  | {
      all: false;
      /** The caller's own party. */
      party: string;
      /** Also the medegebruikers this party answers for (the service resolves who they are). */
      includeMedegebruikers: boolean;
    };

/**
 * The party whose records the caller asks for (its own when `wanted` is null), or NOT_FOUND when its
 * scope for `action` does not reach that party: the same answer as for a record that does not exist,
 * so it confirms nothing. FORBIDDEN stays for an operation the caller's role may never perform.
 * (A hoofdgebruiker's reach into its medegebruikers' records is the caller's to add: the token does not
 * list them.)
 */
export function readablePartyOrNotFound(
  principal: Principal,
  action: Action,
  wanted: string | null | undefined,
  notFound: (party: string) => DomainError,
): string {
  const party = wanted ?? principal.party;
  const scope = partyScope(principal, action);
  if (scope.all || party === scope.party) return party;
  throw notFound(party);
}

export function partyScope(principal: Principal, action: Action): PartyScope {
  const grants = authorise(principal, action);
  if (grants.some((g) => g.condition === 'any' || g.condition === 'before-my-board')) return { all: true };
  return {
    all: false,
    party: principal.party,
    includeMedegebruikers: grants.some((g) => g.condition === 'responsible-for'),
  };
}
