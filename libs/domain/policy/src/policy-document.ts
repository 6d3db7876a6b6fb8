import type { RequirementRef } from './bbn-profile';

/**
 * The information-security policy of the meldkamervoorzieningen as a living document (SK-2.2): a
 * version holds the responsibilities per party and process (SK-2.2a), the common requirements in force
 * (SK-2.2b: the BBN profile and catalogue versions), the common norms (SK-2.2c) and the BIO-addendum
 * rules per topic with the reliability requirements (SK-2.2d). Versions change only through an adopted
 * change proposal (SK-3.1).
 *
 * Foundation types (wt-base); the rules on them live next to these types.
 */

/** The processes the responsibilities table (RACI) covers (SK-2.2a). */
export const POLICY_PROCESSES = [
  'RISK_MANAGEMENT',
  'IMPLEMENTATION_PLAN',
  'COMPLIANCE_MONITORING',
  'ICV',
  'INCIDENT_HANDLING',
  'C2000_OUTSIDE_MELDKAMER',
] as const;
export type PolicyProcess = (typeof POLICY_PROCESSES)[number];

/** Responsible, Accountable, Consulted, Informed. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type Raci = (typeof RACI_LETTERS)[number];

/** The parties the responsibilities table names: the beheerder and each hoofdgebruiker. */
export const RESPONSIBLE_PARTIES = ['lms', 'politie', 'brandweer', 'ambulance', 'kmar', 'defensie'] as const;

/** The BIO addendum's topics (SK-2.2d, not limited to these) and the Spoedrespons (C2000) chapter. */
export const POLICY_TOPICS = [
  'ACCESS_CONTROL',
  'CRYPTOGRAPHY',
  'EQUIPMENT_MANAGEMENT',
  'OPERATING_PROCEDURES',
  'LOGGING_MONITORING',
  'INFORMATION_SHARING',
  'DATA_CLASSIFICATION',
  'RELIABILITY_REQUIREMENTS',
  'SPOEDRESPONS_C2000',
] as const;
export type PolicyTopic = (typeof POLICY_TOPICS)[number];

/** Tasks, responsibilities and authorities of one party in one process. */
export interface Responsibility {
  process: PolicyProcess;
  party: string;
  raci: Raci[];
  tasks: string;
}

/** A common norm (SK-2.2c), linked to catalogue measures. `key` is stable across versions, e.g. N-01. */
export interface PolicyNorm {
  key: string;
  title: string;
  text: string;
  measures: RequirementRef[];
}

/** A BIO-addendum rule of a topic (SK-2.2d), linked to catalogue measures. `key` e.g. TB-01. */
export interface PolicyRule {
  key: string;
  topic: PolicyTopic;
  title: string;
  text: string;
  measures: RequirementRef[];
}

/** The common requirements in force with a version (SK-2.2b). */
export interface PolicyRequirements {
  bbnProfileVersion: number;
  /** The common catalogue's frameworks and their versions. */
  catalogue: { code: string; name: string; version: string }[];
}

/** The text parts of a version: what a change proposal edits. */
export interface PolicyContent {
  responsibilities: Responsibility[];
  norms: PolicyNorm[];
  rules: PolicyRule[];
  /** How often every facility's BIV rating is re-calibrated, in months (SK-2.2d). */
  recalibrationMonths: number;
}

/** The edits of a change proposal to the text parts (SK-3.1): from the version in force to the next. */
export interface PolicyContentChange {
  /** Replaces the cell (process, party); an empty `raci` with empty `tasks` removes it. */
  setResponsibilities?: Responsibility[];
  setNorms?: PolicyNorm[];
  removeNorms?: string[];
  setRules?: PolicyRule[];
  removeRules?: string[];
  recalibrationMonths?: number;
}

/** One line of a diff between two versions, or of what a proposal changes. */
export type PolicyPart = 'RESPONSIBILITY' | 'NORM' | 'RULE' | 'REQUIREMENTS' | 'RELIABILITY';
export type ChangeKind = 'ADDED' | 'CHANGED' | 'REMOVED';
export interface PolicyChangeLine {
  part: PolicyPart;
  /** `RISK_MANAGEMENT/politie`, `N-01`, `TB-01`, `bbnProfileVersion`, `BIO2`, `recalibrationMonths`. */
  key: string;
  change: ChangeKind;
  /** Plain text of before and after (null when added or removed). */
  before: string | null;
  after: string | null;
}

/** What starts a change (SK-4.4). */
export const TRIGGER_KINDS = [
  'JAARAANSCHRIJVING',
  'RISK_ANALYSIS',
  'HOOFDGEBRUIKER_REQUEST',
  'BMB_INSTRUCTION',
  'ICV_OUTCOME',
  'EVALUATION',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/**
 * Trigger kinds whose record lives in the platform and must be named by id (an evaluation may: see
 * OPTIONALLY_LINKED_TRIGGERS). A risk analysis is a final analysis of the beheerder (issue 16);
 * proposals drafted before keep their reference text.
 */
export const LINKED_TRIGGERS: readonly TriggerKind[] = [
  'JAARAANSCHRIJVING',
  'RISK_ANALYSIS',
  'HOOFDGEBRUIKER_REQUEST',
  'BMB_INSTRUCTION',
  'ICV_OUTCOME',
];

/**
 * Trigger kinds that may name their record by id or, for one from before the records, carry a reference
 * text: an evaluation audit of the Minister (SK-6, issue 18) is a governance record now.
 */
export const OPTIONALLY_LINKED_TRIGGERS: readonly TriggerKind[] = ['EVALUATION'];

/**
 * A proposal's life (SK-3.1): the LMS drafts, consults the hoofdgebruikers, puts it before the boards;
 * the BMB's decision (after the SMB's advice) adopts or rejects it. The LMS may withdraw it before it
 * goes to the boards.
 */
export const PROPOSAL_STATES = [
  'DRAFT',
  'CONSULTATION',
  'SUBMITTED',
  'ADOPTED',
  'REJECTED',
  'WITHDRAWN',
  'ADOPTION_FAILED',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const CONSULTATION_POSITIONS = ['AGREE', 'REMARKS', 'DISAGREE'] as const;
export type ConsultationPosition = (typeof CONSULTATION_POSITIONS)[number];

/** A hoofdgebruiker's request for a change (SK-4.4): the LMS takes it up in a proposal or declines it. */
export const CHANGE_REQUEST_STATES = ['OPEN', 'TAKEN_UP', 'DECLINED'] as const;
export type ChangeRequestState = (typeof CHANGE_REQUEST_STATES)[number];
