import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import { importJWK, JWK, SignJWT } from 'jose';
import {
  bbpCalendarFor,
  currentYear,
  cycleDatesFor,
  isoDay,
  PlatformProcess,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The hostile-input suite: every operation of the supergraph (every Query and Mutation field) gets a corpus of
 * hostile input generated from its argument types, as a role that may perform it (so the input is reached)
 * and as one that may not. No answer may be a 5xx or carry a code outside the stable set, and a refused call
 * writes nothing: every service's audit chain (written in the same unit of work as the row and the event, so
 * it stands for all three) is as long after the call as before.
 *
 * It runs on a platform of its own: free text with control or bidi characters is stored as typed, so some
 * calls succeed and write, and those writes must not meet the shared platform's tests.
 */
let platform: PlatformProcess;
let key: JWK;
const YEAR = currentYear();
const ZERO = '00000000-0000-4000-8000-000000000000';
/**
 * Real records, set up in beforeAll, whose ids are the base variables of the operations that take one: so a
 * hostile value meets the domain checks and the write, not a NOT_FOUND on the all-zero id.
 */
const RECORDS: Record<string, string> = {};
/**
 * Operations whose base variables name a real record (an id above, or the ICV of the year of the allowed
 * role's party, started in beforeAll): their reachability call must not answer NOT_FOUND.
 */
const ON_REAL_RECORDS = new Set([
  'progressFinding',
  'closeFinding',
  'recordAdvice',
  'recordDecision',
  'reportInstructionDone',
  'reviewInstruction',
  'startIcv',
  'updateIcv',
  'prepareIcv',
  'signIcv',
  'submitIcv',
  'correctIcv',
  'adviseBoardItem',
  'decideBoardItem',
  'declineChangeRequest',
  'updateChangeProposal',
  'openConsultation',
  'respondToConsultation',
  'submitChangeProposal',
  'withdrawChangeProposal',
  // Risk management (issue 16): analyses set up in beforeAll (see setUpRiskRecords).
  'updateRiskAnalysis',
  'openRiskConsultation',
  'respondToRiskConsultation',
  'answerRiskConsultationResponse',
  'finaliseRiskAnalysis',
  'reviseRiskAnalysis',
  'discardRiskAnalysis',
  'decideRiskAcceptance',
  // Plans, progress and the BBP year (issue 17): see setUpPlanRecords.
  'removePlanLine',
  'withdrawWish',
  'signProgressReport',
  'submitProgressReport',
  'updateBbpCalendar',
  'consolidateBbp',
  'submitBbpForAdoption',
  // issue 18: investigations (SK-3.6): an investigation proposed in beforeAll (setUpInvestigationRecords).
  'investigation',
  'investigationReport',
  'recordInvestigationReport',
  // issue 18: working groups (see setUpWorkingGroupRecords)
  'workingGroup',
  'dissolveWorkingGroup',
  'submitWorkingGroupReport',
  // issue 18: evaluation (see setUpEvaluationRecords)
  'evaluation',
  'recordEvaluationResult',
  // issue 18: escalations (see setUpEscalationRecords)
  'recordEscalationPosition',
  'escalation',
  // issue 18: meetings (see setUpMeetingRecords)
  'meeting',
  'meetingPack',
  'addMeetingAgendaItem',
  'removeMeetingAgendaItem',
  'reorderMeetingAgenda',
  'recordMeetingMinutes',
]);

const STABLE = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
]);
/** A request refused before any resolver runs. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);
/** What a caller without the right may learn: that it lacks the right, or that its request is no GraphQL. */
const REQUEST_LEVEL = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
]);

interface Who {
  role: string;
  party: string;
}
const VIEWER: Who = { role: 'viewer', party: 'politie' };
const OFFICER: Who = { role: 'security-officer', party: 'ambulance' };
const LMS: Who = { role: 'lms-operator', party: 'lms' };
const AUDITOR: Who = { role: 'auditor', party: 'jenv' };
const CO_USER: Who = { role: 'medegebruiker', party: 'handhaving-amsterdam' };

/** Per operation: a role that may perform it and, where there is one, a role that may not. */
function rolesOf(op: string): { allowed: Who; refused?: Who } {
  const name = op.split('.')[1];
  if (
    /AuditLog$|^auditAnchors$|^governanceAuditAnchor$|^smbSignals$|^riskOverview$|^progressOverview$/.test(
      name,
    )
  )
    return { allowed: AUDITOR, refused: VIEWER };
  if (/^anchor/.test(name)) return { allowed: AUDITOR, refused: VIEWER };
  if (['coUserReports', 'submitCoUserReport'].includes(name)) return { allowed: CO_USER, refused: VIEWER };
  if (['meetingPackPdf', 'agenda', 'instructions', 'boardItems', 'boardItem'].includes(name))
    return { allowed: OFFICER, refused: CO_USER };
  if (
    [
      'importFramework',
      'importMappings',
      'publishBbnProfile',
      'setSupplementaryMeasures',
      'classifyFacility',
      'recordJaaraanschrijving',
      'declineChangeRequest',
      'draftChangeProposal',
      'updateChangeProposal',
      'openConsultation',
      'submitChangeProposal',
      'withdrawChangeProposal',
      'setRiskScale',
    ].includes(name)
  )
    return { allowed: LMS, refused: OFFICER };
  // A security officer may manage analyses too (its own party's): the one without the right is a viewer.
  if (['openRiskConsultation', 'answerRiskConsultationResponse'].includes(name))
    return { allowed: LMS, refused: VIEWER };
  // The risk acceptance set up in beforeAll is ambulance's, proposed by its security officer.
  if (['decideRiskAcceptance', 'setRiskAcceptanceLevel'].includes(name))
    return { allowed: { role: 'accountable-official', party: 'ambulance' }, refused: OFFICER };
  if (name === 'signIcv')
    return { allowed: { role: 'accountable-official', party: 'brandweer' }, refused: VIEWER };
  if (name === 'openCycle') return { allowed: { role: 'board-secretary', party: 'smb' }, refused: VIEWER };
  if (name === 'adviseBoardItem') return { allowed: { role: 'smb-member', party: 'smb' }, refused: VIEWER };
  if (name === 'decideBoardItem') return { allowed: { role: 'bmb-member', party: 'bmb' }, refused: VIEWER };
  if (name === 'recordAdvice') return { allowed: { role: 'smb-member', party: 'smb' }, refused: VIEWER };
  // The instruction set up in beforeAll is brandweer's: its security officer reports it done.
  if (name === 'reportInstructionDone')
    return { allowed: { role: 'security-officer', party: 'brandweer' }, refused: VIEWER };
  if (['recordDecision', 'reviewInstruction'].includes(name))
    return { allowed: { role: 'bmb-member', party: 'bmb' }, refused: VIEWER };
  // Issue 17: the BBP year is the SMB secretary's; lead times, the outbox and the digest the LMS's; a
  // person's own notifications and mail preference everyone's (no role without the right).
  if (['openBbpYear', 'updateBbpCalendar', 'consolidateBbp', 'submitBbpForAdoption'].includes(name))
    return { allowed: { role: 'board-secretary', party: 'smb' }, refused: VIEWER };
  if (['setReminderLeadTime', 'sendReminderDigest', 'mailOutbox'].includes(name))
    return { allowed: LMS, refused: OFFICER };
  if (name === 'signProgressReport')
    return { allowed: { role: 'accountable-official', party: 'ambulance' }, refused: VIEWER };
  if (['markNotificationsRead', 'setMailPreference'].includes(name)) return { allowed: OFFICER };
  // issue 18: dashboard
  if (name === 'smbDashboard') return { allowed: AUDITOR, refused: VIEWER };
  // issue 18: investigations are the board secretary's, a standalone aanwijzing the BMB's.
  if (['proposeInvestigation', 'recordInvestigationReport'].includes(name))
    return { allowed: { role: 'board-secretary', party: 'smb' }, refused: VIEWER };
  if (name === 'issueInstruction')
    return { allowed: { role: 'bmb-member', party: 'bmb' }, refused: { role: 'smb-member', party: 'smb' } };
  // issue 18: working groups: the SMB secretary keeps them; every role reads them.
  if (['saveWorkingGroup', 'dissolveWorkingGroup', 'submitWorkingGroupReport'].includes(name))
    return { allowed: { role: 'board-secretary', party: 'smb' }, refused: VIEWER };
  // issue 18: evaluation: JenV, the boards and the LMS read; JenV's evaluator records (the auditor not).
  if (['startEvaluation', 'recordEvaluationResult'].includes(name))
    return { allowed: { role: 'evaluator', party: 'jenv' }, refused: AUDITOR };
  if (/^evaluation/.test(name)) return { allowed: AUDITOR, refused: VIEWER };
  // issue 18: registers (the LMS keeps the register; every party reads its own part of it)
  if (['saveCoUser', 'endCoUser', 'setBoardRepresentation'].includes(name))
    return { allowed: LMS, refused: OFFICER };
  // issue 18: meetings: the boards, the LMS and the auditor read them; the board secretary keeps them.
  if (['meetings', 'meeting', 'meetingPack'].includes(name)) return { allowed: AUDITOR, refused: VIEWER };
  if (
    [
      'planMeeting',
      'addMeetingAgendaItem',
      'removeMeetingAgendaItem',
      'reorderMeetingAgenda',
      'recordMeetingMinutes',
    ].includes(name)
  )
    return { allowed: { role: 'board-secretary', party: 'smb' }, refused: VIEWER };
  if (op.startsWith('Mutation.')) return { allowed: OFFICER, refused: VIEWER };
  return { allowed: VIEWER };
}

/**
 * Text fields a person types freely: control and bidi characters may be stored as typed (and shown escaped).
 * Issue 18: an escalation's question.
 */
const FREE_TEXT =
  /^(reasoning|answer|pastDeadlineNote|label|advice|text|report|reason|description|action|owner|explanation|justification|rationale|summary|name|version|publisher|source|licence|attribution|search|actor|subject|filename|reasons|motivation|tasks|title|reference|paragraph|note|scope|investigator|followUp|mandate|auditor|question|location|minutes|minute|freeTitle|freeDescription)$/;
// Issue 18: an investigation's scope and investigator, a finding's follow-up, a working group's mandate, an
// evaluation's auditor, an escalation's question, a meeting's location, minutes and free items are free text.

// ---------------------------------------------------------------------------------------------------------
// Valid-looking values, from the argument's name, so that one hostile value at a time reaches the service.

function textFor(name: string, op: string, who: Who): string {
  const dates: Record<string, string> = {
    ...cycleDatesFor(YEAR),
    dueDate: isoDay(60),
    plannedDate: isoDay(60),
    reviewDue: isoDay(365),
    from: isoDay(-30),
    to: isoDay(0),
    date: isoDay(0),
    respondBy: isoDay(14),
    reviewDate: isoDay(180),
    // The BBP calendar of the year (issue 17).
    wishesDeadline: BBP.wishesDeadline,
    progressReportMoments: BBP.progressReportMoments[0],
    smbMeetings: BBP.smbMeetings[0],
    bmbMeetings: BBP.bmbMeetings[0],
    adoptionDate: BBP.adoptionDate,
    // issue 18: evaluation
    periodFrom: isoDay(-365),
    periodTo: isoDay(-1),
    completedOn: isoDay(0),
    // issue 18: registers
    admittedOn: isoDay(-30),
    endsOn: isoDay(30),
    reportDue: isoDay(90),
    // issue 18: escalations
    positionsDue: isoDay(30),
  };
  if (dates[name]) return dates[name];
  switch (name) {
    case 'frameworkCode':
      return 'BIO2';
    case 'identifier':
      return '5.01.01';
    case 'facilityCode':
      return 'OIS';
    case 'code':
      return (
        { framework: 'BIO2', frameworkOscal: 'BIO2', facility: 'GMS', party: 'politie' }[op] ?? 'HOSTILE'
      );
    case 'party':
      // issue 18: a standalone aanwijzing goes to a party that implements the policy.
      return op === 'issueInstruction' ? 'politie' : who.party;
    case 'id':
    case 'agendaItemId':
    case 'instructionId':
    case 'proposalId':
    case 'analysisId':
    case 'responseId':
    case 'riskId':
    case 'wishId':
    case 'investigationId':
    case 'workingGroupId':
    case 'evaluationId':
    case 'escalationId':
      return RECORDS[op] ?? ZERO;
    // issue 18: meetings: the meeting and its item set up in setUpMeetingRecords.
    case 'meetingId':
      return RECORDS.meeting ?? ZERO;
    case 'boardItemId':
    case 'boardItemIds':
      return RECORDS.meetingItem ?? ZERO;
    case 'contentType':
      return 'text/plain';
    case 'contentBase64':
      return Buffer.from('hostile').toString('base64');
    case 'filename':
      return 'hostile.txt';
    case 'content':
      return op === 'importMappings'
        ? 'source_framework,source_identifier,target_framework,target_identifier\nBIO2,5.15,BIO2,5.16\n'
        : 'identifier,kind\nA,THEMA\n';
    case 'hash':
      return '0'.repeat(64);
    default:
      return 'Hostile test';
  }
}

const INTS: Record<string, number> = {
  year: YEAR,
  bbn: 2,
  seq: 1,
  limit: 5,
  offset: 0,
  version: 1,
  period: 1,
  leadDays: 30,
  estimatedCost: 1000,
};
/** The BBP calendar of the year the hostile calls name (opened in setUpPlanRecords). */
const BBP = bbpCalendarFor(YEAR);
const BOOLEANS: Record<string, boolean> = { dryRun: true, replace: false, accept: true };

function fill(type: GraphQLInputType, name: string, op: string, who: Who): unknown {
  if (isNonNullType(type)) return fill(type.ofType, name, op, who);
  if (isListType(type)) return [fill(type.ofType, name, op, who)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, fill(f.type, f.name, op, who)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0].value;
  if (type.name === 'Int') return INTS[name] ?? 1;
  if (type.name === 'Boolean') return BOOLEANS[name] ?? true;
  return textFor(name, op, who);
}

interface Leaf {
  /** Path into the variables: argument name, then input fields (0 for a list's element). */
  path: (string | number)[];
  name: string;
  type: GraphQLNamedType;
  required: boolean;
  /** The input object or list types on the way, for wrong-type cases. */
  wrapped: GraphQLInputType;
}

function leavesOf(field: GraphQLField<unknown, unknown>): Leaf[] {
  const out: Leaf[] = [];
  const walk = (type: GraphQLInputType, name: string, path: (string | number)[], depth: number) => {
    const required = isNonNullType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    out.push({ path, name, type: getNamedType(type), required, wrapped: type });
    if (depth > 4) return;
    if (isListType(inner)) {
      const element = inner.ofType;
      if (isInputObjectType(getNamedType(element)))
        walk(element as GraphQLInputType, name, [...path, 0], depth + 1);
      return;
    }
    if (isInputObjectType(inner))
      for (const f of Object.values(inner.getFields())) walk(f.type, f.name, [...path, f.name], depth + 1);
  };
  for (const a of field.args) walk(a.type, a.name, [a.name], 0);
  return out;
}

/** The variables with `value` at `path`, creating (from valid values) the optional containers on the way. */
function withValue(
  base: Record<string, unknown>,
  field: GraphQLField<unknown, unknown>,
  path: (string | number)[],
  value: unknown,
  op: string,
  who: Who,
): Record<string, unknown> {
  const vars = structuredClone(base);
  let node: any = vars;
  let type: GraphQLInputType | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (i === 0) type = field.args.find((a) => a.name === step)!.type;
    else if (typeof step === 'number') type = (getNullable(type!) as any).ofType;
    else type = (getNamedType(type!) as any).getFields()[step].type;
    if (i === path.length - 1) {
      node[step] = value;
    } else {
      if (node[step] === undefined || node[step] === null) node[step] = fill(type!, String(step), op, who);
      node = node[step];
    }
  }
  return vars;
}
const getNullable = (t: GraphQLInputType) => (isNonNullType(t) ? t.ofType : t);

// ---------------------------------------------------------------------------------------------------------
// The corpus.

type Kind = 'document' | 'characters' | 'number' | 'date' | 'type';
interface Case {
  label: string;
  kind: Kind;
  leaf?: Leaf;
  /** The raw request: a JSON body (or a string sent as is), and the method. */
  body: unknown;
  method?: 'GET';
  /** Only for the role that may: a case whose refusal a caller without the right need not get as FORBIDDEN. */
  allowedOnly?: boolean;
  /** A document refused before any resolver runs: HTTP 400 (405, 413) and a request-level code only. */
  refusedAs?: 'parse' | 'request';
}

const CHARACTERS: [string, string][] = [
  ['a NUL byte', 'ab\u0000cd'],
  ['an unpaired high surrogate', 'ab\ud800cd'],
  ['an unpaired low surrogate', '\udc00'],
  ['control characters', 'a\u0001\u0008\u001b[2J\u007fb'],
  ['a line break', 'a\r\nb'],
  ['a right-to-left override', 'exe.\u202etxt'],
  ['bidi isolates', '\u2066abc\u2069'],
  ['zero-width characters', 'a\u200b\ufeffb'],
  ['100,000 characters', 'x'.repeat(100_000)],
  ['an empty string', ''],
  ['only white space', ' \t '],
  ['SQL', "x'; DROP TABLE audit_log; --"],
  ['LIKE wildcards', '%_\\'],
  ['markup', '<img src=x onerror=alert(1)>'],
];
const DATES: [string, string][] = [
  ['date 0000-00-00', '0000-00-00'],
  ['date February 30', `${YEAR}-02-30`],
  ['date month 13', `${YEAR}-13-01`],
  ['date in year 99999', '+099999-01-01'],
  ['date 99999-01-01', '99999-01-01'],
  ['date in year -5', '-000005-01-01'],
  ['date in year 1', '0001-01-01'],
  ['a huge date', '9'.repeat(400)],
  ['not a date', 'tomorrow'],
  ['a timestamp out of range', `${YEAR}-01-01T25:61:00Z`],
];
const NUMBERS: [string, number][] = [
  ['1', 1],
  ['99999', 99999],
  ['-5', -5],
  ['0', 0],
  ['2147483647', 2147483647],
  ['-2147483648', -2147483648],
];
const isDate = (name: string) =>
  // issue 18: working groups: a `mandate` is text, not a date.
  (name !== 'mandate' &&
    /date$|Date$|Due$|Deadline$|^(from|to|respondBy|progressReportMoments|smbMeetings|bmbMeetings)$/.test(
      name,
    )) ||
  name in cycleDatesFor(YEAR) ||
  // issue 18: evaluation
  ['periodFrom', 'periodTo', 'completedOn'].includes(name);

/**
 * The selection of an operation's result: its type name, and where the result is a report (an import's),
 * the problems it reports, since a report with problems is a refusal too.
 */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  return type.getFields().problems ? ' { __typename problems { __typename } }' : ' { __typename }';
}

function documentOf(
  opType: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  options: { alias?: number; selection?: string; args?: string; extra?: string } = {},
): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = options.args ?? field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = options.selection ?? selectionOf(field);
  const one = (prefix: string) => `${prefix}${field.name}${args ? `(${args})` : ''}${sel}`;
  const body =
    options.alias !== undefined
      ? Array.from({ length: options.alias }, (_, i) => one(`a${i}: `)).join(' ')
      : one('');
  return `${opType}${defs ? `(${defs})` : ''} { ${body}${options.extra ?? ''} }`;
}

/** The valid base variables of an operation: its required arguments, filled from their names. */
function baseOf(op: string, field: GraphQLField<unknown, unknown>, who: Who): Record<string, unknown> {
  const base = Object.fromEntries(
    field.args
      .filter((a) => isNonNullType(a.type))
      .map((a) => [a.name, fill(a.type, a.name, op.split('.')[1], who)]),
  );
  // A revision names its text edits itself: an empty change would keep whatever carried part an earlier
  // (valid) case stored, so a call refused once could succeed later.
  if (op === 'Mutation.updateChangeProposal')
    (base.input as Record<string, unknown>).change = { recalibrationMonths: 24 };
  // Risk management: the complex inputs get valid content, so one hostile value at a time meets the rules.
  if (op === 'Mutation.updateRiskAnalysis') base.input = riskContent(RECORDS.updateRiskAnalysis ?? ZERO);
  if (op === 'Mutation.draftRiskAnalysis')
    Object.assign(base.input as object, { scope: 'EIGEN_GEBRUIK', facilityCodes: ['OIS'] });
  if (op === 'Mutation.setRiskScale' && riskScale) base.input = structuredClone(riskScale);
  // A measure line names its measure (optional in the type, required by the rule).
  if (op === 'Mutation.savePlanLine')
    (base.input as Record<string, unknown>).measure = { frameworkCode: 'BIO2', identifier: '5.01.01' };
  // issue 18: working groups: members of the LMS and a hoofdgebruiker (the rule's representation).
  if (op === 'Mutation.saveWorkingGroup')
    (base.input as Record<string, unknown>).members = [
      { party: 'lms', name: 'Lid van de LMS' },
      { party: 'politie', name: 'Lid van de politie' },
    ];
  // issue 18: escalations ask at least two parties, the raising one among them.
  if (op === 'Mutation.raiseEscalation')
    (base.input as Record<string, unknown>).parties = [who.party, who.party === 'lms' ? 'politie' : 'lms'];
  return base;
}

function casesOf(op: string, field: GraphQLField<unknown, unknown>, who: Who): Case[] {
  const opType = op.startsWith('Mutation.') ? 'mutation' : 'query';
  const base = baseOf(op, field, who);
  const doc = documentOf(opType, field);
  const leaves = leavesOf(field);
  const first = leaves.find((l) => ['String', 'ID'].includes(l.type.name));
  const firstInt = leaves.find((l) => l.type.name === 'Int');
  const name = op.split('.')[1];
  const at = (leaf: Leaf, value: unknown) => withValue(base, field, leaf.path, value, name, who);
  // Variables that are refused whatever the document: so a document the limits let through still writes nothing.
  const refused = first ? at(first, 'ab\u0000cd') : firstInt ? at(firstInt, -5) : undefined;
  const cases: Case[] = [];
  const document = (label: string, body: unknown, extra: Partial<Case> = {}) =>
    cases.push({ label, kind: 'document', body, refusedAs: 'request', ...extra });

  document('a syntax error', { query: doc.slice(0, -1), variables: base }, { refusedAs: 'parse' });
  document(
    'an unterminated string',
    { query: `${opType} { ${field.name}(x: "abc) }` },
    { refusedAs: 'parse' },
  );
  document(
    'a document over the token limit',
    {
      query: documentOf(opType, field, { extra: ' __typename'.repeat(2100) }),
      variables: base,
    },
    { refusedAs: 'parse' },
  );
  document('a deeply nested selection', {
    query: documentOf(opType, field, { selection: `${' { __typename'.repeat(40)}${' }'.repeat(40)}` }),
    variables: base,
  });
  document('a deeply nested list argument', {
    query: `${opType} { ${field.name}(${field.args[0]?.name ?? 'x'}: ${'['.repeat(900)}1${']'.repeat(900)}) }`,
  });
  document('a deeply nested object argument', {
    query: `${opType} { ${field.name}(${field.args[0]?.name ?? 'x'}: ${'{a: '.repeat(600)}1${'}'.repeat(600)}) }`,
  });
  document('40 aliases of the operation', {
    query: documentOf(opType, field, { alias: 40 }),
    variables: base,
  });
  if (refused)
    document(
      'a wide selection',
      {
        query: documentOf(opType, field, {
          selection: isObjectType(getNamedType(field.type)) ? ` {${' __typename'.repeat(1500)} }` : '',
          extra: ' __typename'.repeat(isObjectType(getNamedType(field.type)) ? 0 : 1500),
        }),
        variables: refused,
      },
      { refusedAs: undefined },
    );
  document('30 directives', {
    query: documentOf(opType, field, {
      selection: `${' @include(if: true)'.repeat(30)}${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''}`,
    }),
    variables: base,
  });
  document(
    'a body over the size limit',
    { query: doc, variables: { ...(refused ?? base), padding: 'x'.repeat(2_600_000) } },
    { allowedOnly: true },
  );
  if (field.args.some((a) => isNonNullType(a.type)))
    document('a missing required argument', { query: documentOf(opType, field, { args: '' }) });
  document('an unknown argument', {
    query: `${opType} { ${field.name}(hostile: 1)${isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''} }`,
  });
  document('two operations and no operation name', {
    query: `${doc} ${opType} B { __typename }`,
    variables: refused ?? base,
  });
  document('an unknown operation name', { query: doc, variables: refused ?? base, operationName: 'Nope' });
  document('variables that are no object', { query: doc, variables: 'x' });
  document('a query that is no string', { query: 5 });
  document('a body that is no JSON', '{"query": ');
  document('a fragment cycle', {
    query: `${opType} { ...A } fragment A on ${opType === 'query' ? 'Query' : 'Mutation'} { ...B } fragment B on ${opType === 'query' ? 'Query' : 'Mutation'} { ...A }`,
  });
  if (opType === 'mutation') document('a mutation over GET', { query: doc }, { method: 'GET' });
  const topString = field.args.find((a) => ['String', 'ID'].includes(getNamedType(a.type).name));
  if (topString) {
    const others = field.args.filter((a) => a !== topString);
    const defs = others.map((a) => `$${a.name}: ${a.type}`).join(', ');
    const args = field.args
      .map((a) => (a === topString ? `${a.name}: "ab\\u0000cd"` : `${a.name}: $${a.name}`))
      .join(', ');
    const sel = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
    document(
      'a NUL byte in a string literal',
      {
        query: `${opType}${defs ? `(${defs})` : ''} { ${field.name}(${args})${sel} }`,
        variables: Object.fromEntries(Object.entries(base).filter(([k]) => k !== topString.name)),
      },
      { refusedAs: undefined },
    );
  }

  for (const leaf of leaves) {
    const label = leaf.path.join('.');
    const push = (kind: Kind, what: string, value: unknown) =>
      cases.push({
        label: `${what} in ${label}`,
        kind,
        leaf,
        body: { query: doc, variables: at(leaf, value) },
      });
    const t = leaf.type.name;
    if (isInputObjectType(leaf.type) || isListType(getNullable(leaf.wrapped))) {
      if (isListType(getNullable(leaf.wrapped))) push('type', 'an object for a list', { hostile: 1 });
      else {
        push('type', 'a string for an object', 'x');
        push('type', 'an unknown field', {
          ...(fill(leaf.wrapped, leaf.name, name, who) as object),
          hostile: 1,
        });
      }
      if (leaf.required) push('type', 'null', null);
      continue;
    }
    if (t === 'String' || t === 'ID') {
      for (const [what, value] of isDate(leaf.name) ? [...DATES, ...CHARACTERS.slice(0, 3)] : CHARACTERS)
        push(isDate(leaf.name) ? 'date' : 'characters', what, value);
      if (leaf.name === 'contentBase64') push('characters', 'no base64', 'not base64!!!');
      // An ID takes an Int (GraphQL coerces it): only a String refuses one.
      if (t === 'String') push('type', 'an int for a string', 12345);
      push('type', 'a list for a string', ['x']);
    } else if (t === 'Int') {
      for (const [what, value] of NUMBERS) push('number', what, value);
      push('type', 'an Int overflow', 2147483648);
      push('type', 'a float for an Int', 1.5);
      push('type', 'a string for an Int', String(YEAR));
    } else if (t === 'Boolean') {
      push('type', 'a string for a Boolean', 'true');
    } else if (isEnumType(leaf.type)) {
      push('type', 'an unknown enum value', 'HOSTILE');
      push('type', 'a number for an enum', 0);
    }
    if (leaf.required) push('type', 'null', null);
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------
// Sending: tokens signed with the platform's issuer key, a fresh subject every few hundred requests so the
// gateway's rate limit per identity (600 a minute) is never what answers.

let sent = 0;
const tokens = new Map<string, Promise<string>>();
function tokenFor(who: Who): Promise<string> {
  const bucket = Math.floor(sent++ / 250);
  const k = `${who.role}@${who.party}#${bucket}`;
  if (!tokens.has(k)) {
    tokens.set(
      k,
      (async () =>
        new SignJWT({
          party: who.party,
          realm_access: { roles: [who.role] },
          preferred_username: `${who.role}@${who.party}`,
          typ: 'Bearer',
          azp: 'mkib-shell',
        })
          .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
          .setSubject(`${who.role}@${who.party}/hostile-${bucket}`)
          .setIssuer(`${platform.baseUrl}/realms/meldkamer`)
          .setAudience('mkib-api')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(await importJWK(key, 'RS256')))(),
    );
  }
  return tokens.get(k)!;
}

interface Answer {
  status: number;
  codes: string[];
  success: boolean;
}

async function send(c: Case, who: Who): Promise<Answer> {
  const token = await tokenFor(who);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const res =
    c.method === 'GET'
      ? await fetch(
          `${platform.graphqlUrl}?query=${encodeURIComponent((c.body as { query: string }).query)}`,
          {
            headers: { ...headers, 'apollo-require-preflight': 'true' },
          },
        )
      : await fetch(platform.graphqlUrl, {
          method: 'POST',
          headers,
          body: typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
        });
  const text = await res.text();
  try {
    const body = JSON.parse(text) as {
      data?: Record<string, { problems?: unknown[] } | null>;
      errors?: { extensions?: { code?: string } }[];
    };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(no code)');
    // A report (an import's dry run) that lists problems refused the input as well.
    const reported = Object.values(body.data ?? {}).some((d) => (d?.problems?.length ?? 0) > 0);
    return { status: res.status, codes, success: res.status === 200 && codes.length === 0 && !reported };
  } catch {
    return { status: res.status, codes: [`(not JSON: ${text.slice(0, 60)})`], success: false };
  }
}

/** The length of every service's audit chain, read by the auditor (who reads every row). */
async function auditLengths(): Promise<string> {
  const query = `{ p: policyAuditTrail(filter: { limit: 1 }) { total } r: riskAuditTrail(filter: { limit: 1 }) { total }
    i: icvAuditTrail(filter: { limit: 1 }) { total } g: governanceAuditTrail(filter: { limit: 1 }) { total } }`;
  let failure = '';
  // A measurement, not a case: read again if a read fails (issue 13 point 1 is the gateway's own test).
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokenFor(AUDITOR)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data: Record<string, { total: number }> | null };
    if (body.data) return ['p', 'r', 'i', 'g'].map((s) => `${s}${body.data![s].total}`).join(' ');
    failure = `HTTP ${res.status} ${JSON.stringify(body)}`;
  }
  throw new Error(`the audit lengths could not be read: ${failure}`);
}

/**
 * The audit lengths once they stand still: a service's reaction to another's event (and the platform's own
 * start) lands a moment after the call that caused it.
 */
async function settledAuditLengths(): Promise<string> {
  let last = await auditLengths();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const now = await auditLengths();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * The audit lengths once nothing has been written for a few seconds: after the start, the services still
 * handle each other's start-up events (the facilities announced again with their review dates, issue 17)
 * one at a time, slower than `settledAuditLengths` waits between two reads.
 */
async function quietAuditLengths(): Promise<string> {
  let last = await auditLengths();
  for (let quiet = 0, i = 0; quiet < 4 && i < 60; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await auditLengths();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
  return last;
}

async function pool<T, R>(items: T[], concurrency: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------------------------------------
// The judgement of one answer.

function judge(op: string, c: Case, as: 'allowed' | 'refused', a: Answer): string | undefined {
  if (a.status >= 500) return `HTTP ${a.status} ${a.codes.join(',')}`;
  const unstable = a.codes.filter((code) => !STABLE.has(code));
  if (unstable.length) return `codes ${unstable.join(',')}`;
  if (
    c.refusedAs === 'parse' &&
    (a.status !== 400 || !a.codes.every((code) => code === 'GRAPHQL_PARSE_FAILED'))
  )
    return `not refused as unparsable: HTTP ${a.status} ${a.codes.join(',')}`;
  if (
    c.refusedAs === 'request' &&
    (a.status < 400 || !a.codes.length || !a.codes.every((code) => REQUEST_ERRORS.has(code)))
  )
    return `not refused as a bad request: HTTP ${a.status} ${a.codes.join(',')}`;
  if (as === 'refused') {
    if (a.success) return 'succeeded for a role without the right';
    if (c.kind === 'document' || c.kind === 'type') {
      if (a.codes.some((code) => !REQUEST_LEVEL.has(code) && code !== 'FORBIDDEN'))
        return `codes ${a.codes.join(',')}`;
    } else if (!a.codes.every((code) => code === 'FORBIDDEN'))
      return `not FORBIDDEN first: ${a.codes.join(',')}`;
    return undefined;
  }
  if (c.kind === 'document' || c.kind === 'type') return a.success ? 'accepted' : undefined;
  if (a.success && op.startsWith('Mutation.')) {
    const leaf = c.leaf!.name;
    if (c.kind === 'number') {
      const value = Number(/^\S+/.exec(c.label)![0].replace(/,/g, ''));
      // An estimated cost is whole euros without a ceiling (SK-3.4).
      const ceiling = leaf === 'estimatedCost' ? 2_147_483_647 : 10_000;
      const outOfRange = leaf === 'year' || !/^-?\d+$/.test(String(value)) || value < 0 || value > ceiling;
      return outOfRange ? 'accepted' : undefined;
    }
    // Free text is stored as typed, and a file's content is read in a dry run; every other hostile value
    // (codes, identifiers, dates) must be refused, and so must text PostgreSQL cannot store.
    // Ids of notifications to mark read are looked up among the caller's own: unknown ones are ignored.
    // The base plan line is a MAATREGEL: a rule reference on it is not kept (a BELEIDSREGEL's is checked
    // as a code, see implementation-plans.acceptance-spec.ts).
    const lookup =
      (op === 'Mutation.markNotificationsRead' && leaf === 'ids') ||
      (op === 'Mutation.savePlanLine' && leaf === 'policyRule');
    const free = (c.kind === 'characters' && (FREE_TEXT.test(leaf) || leaf === 'content')) || lookup;
    const unstorable = /NUL|surrogate|100,000/.test(c.label) && leaf !== 'content' && !lookup;
    if (!free || unstorable) return 'accepted';
  }
  return undefined;
}

/** A case the role that may perform the operation may see succeed: free text, or a count in range. */
function maySucceed(c: Case): boolean {
  if (!c.leaf) return false;
  if (c.kind === 'number') return c.leaf.name !== 'year';
  const free = c.kind === 'characters' && (FREE_TEXT.test(c.leaf.name) || c.leaf.name === 'content');
  return free && !/NUL|surrogate|100,000/.test(c.label);
}

// ---------------------------------------------------------------------------------------------------------

const schema: GraphQLSchema = buildASTSchema(
  parse(readFileSync(join(__dirname, '../../gateway/supergraph.graphql'), 'utf8')),
  { assumeValidSDL: true },
);
const OPERATIONS = (['Query', 'Mutation'] as const).flatMap((t) =>
  Object.values((schema.getType(t) as GraphQLObjectType).getFields()).map(
    (f) => [`${t}.${f.name}`, f] as const,
  ),
);

const totals = {
  operations: 0,
  cases: 0,
  requests: 0,
  allowed: 0,
  refused: 0,
  /** Operations whose valid base call as the allowed role got past authorisation to the resolver. */
  reached: 0,
  /** ... of them on a real record set up in beforeAll. */
  onRealRecords: 0,
  byKind: {} as Record<string, number>,
};
const allFailures: string[] = [];
/** The audit lengths after the last operation, settled: the next one's "before". */
let lastAudit: string | undefined;
/**
 * KNOWN FAILURES, skipped until the service is fixed: real defects this suite found once the operations
 * worked on real records (issue 13 point 6). Each: the failure lines it covers, and why. They are printed,
 * not asserted; remove an entry with the fix.
 */
// Found by this suite and fixed since: updateIcv took any text as a co-user named missing a report.
const KNOWN_FAILURES: [RegExp, string][] = [
  // Empty: a failure found by this suite is fixed, or listed here with the reason until it is.
];
const skipped: string[] = [];

/** The cases a role without the right gets: one of each kind of hostile value, and a few documents. */
const REFUSED_SAMPLE =
  /^(a syntax error|40 aliases|two operations|a NUL byte|a right-to-left override|100,000|control|-5 |99999 |date 0000|date February|not a date|an unknown enum|a string for an Int|null in)/;

/** One set-up call: its data, or a thrown error naming what failed. */
async function setUp(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(who)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`set-up ${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function until<T>(what: string, read: () => Promise<T>, ok: (t: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const t = await read().catch(() => undefined);
    if (t !== undefined && ok(t)) return t;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`set-up: ${what} did not happen`);
}

/** The scale in force, read in beforeAll: the valid base of setRiskScale (it writes the same scale again). */
let riskScale: Record<string, unknown> | undefined;

/** Valid content of an analysis on OIS: one threat of the analyst's own and one risk. */
function riskContent(
  id: string,
  kind = 'MITIGEREN',
  residual = { likelihood: 1, impact: 1 },
): Record<string, unknown> {
  return {
    id,
    title: 'Risicoanalyse (hostile input)',
    description: 'Een test van vijandige invoer.',
    threats: [{ name: 'Eigen dreiging', description: 'Door de analist toegevoegd.' }],
    risks: [
      {
        title: 'Uitval OIS',
        description: 'De voorziening valt uit.',
        facilityCode: 'OIS',
        threatIndexes: [0],
        inherent: { likelihood: 5, impact: 5 },
        residual,
        treatment: {
          kind,
          description: 'Maatregelen treffen.',
          measures: kind === 'MITIGEREN' ? [{ frameworkCode: 'BIO2', identifier: '5.01.01' }] : [],
          owner: 'CISO',
          dueDate: isoDay(60),
        },
      },
    ],
  };
}

/**
 * The risk records (issue 16): ambulance's own analyses on OIS (one in CONCEPT to edit, one to finalise, one
 * to discard, one final to revise, one with an acceptance proposed by its security officer), and the LMS's
 * on OIS: one in CONCEPT to open, one in consultation to respond to, one with ambulance's disagreement to
 * answer. A failure here is reported and leaves those records unset: the operations that need them then
 * fail their reachability check, not the whole suite.
 */
async function setUpRiskRecords() {
  const DRAFT = `mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id } }`;
  const UPDATE = `mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id risks { id } } }`;
  const FINALISE = `mutation($i: FinaliseRiskAnalysisInput!) { finaliseRiskAnalysis(input: $i) { id } }`;
  const OPEN = `mutation($i: OpenRiskConsultationInput!) { openRiskConsultation(input: $i) { id } }`;
  const RESPOND = `mutation($i: RespondToRiskConsultationInput!) { respondToRiskConsultation(input: $i) { id } }`;
  const analysis = async (who: Who, kind?: string, residual?: { likelihood: number; impact: number }) => {
    const { id } = (
      await setUp(who, DRAFT, {
        i: {
          title: 'Risicoanalyse (hostile input)',
          description: 'Een test van vijandige invoer.',
          scope: who === LMS ? 'GEDEELDE_VOORZIENING' : 'EIGEN_GEBRUIK',
          facilityCodes: ['OIS'],
        },
      })
    ).draftRiskAnalysis;
    const updated = await setUp(who, UPDATE, { i: riskContent(id, kind, residual) });
    return { id: id as string, riskId: updated.updateRiskAnalysis.risks[0].id as string };
  };
  try {
    riskScale = (
      await setUp(
        VIEWER,
        `{ riskScale { likelihood { value label description } impact { value label description } levels { level label } matrix } }`,
      )
    ).riskScale;
    const final = await analysis(OFFICER);
    await setUp(OFFICER, FINALISE, { i: { analysisId: final.id } });
    const accepted = await analysis(OFFICER, 'ACCEPTEREN', { likelihood: 5, impact: 5 });
    const consulted = await analysis(LMS);
    await setUp(LMS, OPEN, { i: { analysisId: consulted.id, respondBy: isoDay(14) } });
    const disagreed = await analysis(LMS);
    await setUp(LMS, OPEN, { i: { analysisId: disagreed.id, respondBy: isoDay(14) } });
    const response = await setUp(OFFICER, RESPOND, {
      i: { analysisId: disagreed.id, position: 'NIET_AKKOORD', reasoning: 'De kans is onderschat.' },
    });
    Object.assign(RECORDS, {
      updateRiskAnalysis: (await analysis(OFFICER)).id,
      finaliseRiskAnalysis: (await analysis(OFFICER)).id,
      discardRiskAnalysis: (await analysis(OFFICER)).id,
      reviseRiskAnalysis: final.id,
      decideRiskAcceptance: accepted.riskId,
      openRiskConsultation: (await analysis(LMS)).id,
      respondToRiskConsultation: consulted.id,
      answerRiskConsultationResponse: response.respondToRiskConsultation.id,
    });
  } catch (err) {
    console.log(`hostile input: the risk records could not be set up: ${(err as Error).message}`);
  }
}

/**
 * The records the operations work on: the cycle of the year; the ICV of ambulance (the officer's party)
 * started and left a draft without a statement, so preparing, signing and submitting it are refused by the
 * domain, not by a missing record; brandweer's ICV (the signing role's party) submitted; three agenda items
 * (lms, politie, brandweer): lms's not advised yet (recordAdvice), politie's advised (recordDecision),
 * brandweer's decided with an instruction (reportInstructionDone, reviewInstruction); two findings of
 * ambulance, one to progress and one to close.
 */
async function setUpRecords() {
  const dates = cycleDatesFor(YEAR);
  await setUp(
    { role: 'board-secretary', party: 'smb' },
    `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
    { i: { year: YEAR, ...dates } },
  );
  const measuresOf = (who: Who) =>
    until(
      `the applicable measures of ${who.party}`,
      async () =>
        (
          await setUp(
            who,
            `query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`,
            {
              y: YEAR,
            },
          )
        ).assessment.entries as { frameworkCode: string; identifier: string }[],
      (entries) => entries.length > 10,
    );
  const measures = await measuresOf(OFFICER);
  const START = `mutation($y: Int!) { startIcv(year: $y) { state coUsers { party report { status } } } }`;
  await setUp(OFFICER, START, { y: YEAR });
  for (const party of ['lms', 'politie', 'brandweer']) {
    const officer = { role: 'security-officer', party };
    const entries = (await measuresOf(officer)).map((m) => ({ ...m, status: 'GEIMPLEMENTEERD' }));
    await setUp(
      officer,
      `mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { proposedStatement } }`,
      {
        i: { year: YEAR, entries },
      },
    );
    const started = await until(
      `the ICV of ${party} started`,
      () => setUp(officer, START, { y: YEAR }),
      () => true,
    );
    await setUp(officer, `mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }`, {
      i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] },
    });
    const missing = (started.startIcv.coUsers as { party: string; report: unknown }[])
      .filter((c) => !c.report)
      .map((c) => ({ party: c.party, explanation: 'Geen rapportage ontvangen in deze test.' }));
    await setUp(
      officer,
      `mutation($y: Int!, $e: [MissingReportExplanationInput!]) { prepareIcv(year: $y, missingReportExplanations: $e) { state } }`,
      { y: YEAR, e: missing },
    );
    await setUp(
      { role: 'accountable-official', party },
      `mutation($y: Int!) { signIcv(year: $y) { state } }`,
      {
        y: YEAR,
      },
    );
    await setUp(officer, `mutation($y: Int!) { submitIcv(year: $y) { state } }`, { y: YEAR });
  }
  const SMB = { role: 'smb-member', party: 'smb' };
  const BMB = { role: 'bmb-member', party: 'bmb' };
  const agenda = await until(
    'the three ICVs on the agenda',
    async () =>
      (await setUp(SMB, `query($y: Int!) { agenda(year: $y) { id party } }`, { y: YEAR })).agenda as {
        id: string;
        party: string;
      }[],
    (items) => items.length === 3,
  );
  const item = (party: string) => agenda.find((i) => i.party === party)!.id;
  const ADVISE = `mutation($id: ID!, $a: String!) { recordAdvice(agendaItemId: $id, advice: $a) { id } }`;
  for (const party of ['politie', 'brandweer'])
    await setUp(SMB, ADVISE, { id: item(party), a: 'Het SMB adviseert de verklaring te aanvaarden.' });
  const decided = await setUp(
    BMB,
    `mutation($i: DecisionInput!) { recordDecision(input: $i) { instructions { id } } }`,
    {
      i: {
        agendaItemId: item('brandweer'),
        decision: 'AANVAARD_MET_AANWIJZING',
        text: 'Aanvaard met een aanwijzing.',
        instruction: { description: 'Richt de logging in en rapporteer.', dueDate: isoDay(90) },
      },
    },
  );
  const FINDING = `mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`;
  const finding = () =>
    setUp(OFFICER, FINDING, {
      i: {
        year: YEAR,
        ...measures[0],
        description: 'Beleid niet vastgesteld.',
        action: 'Beleid aanbieden.',
        owner: 'CISO ambulance',
        dueDate: isoDay(60),
      },
    });
  // The policy change procedure (issue 15): an open change request of ambulance, drafts of the LMS, one
  // in consultation; the boards' items of any kind are the ICV items above.
  const request = await setUp(
    OFFICER,
    `mutation($i: RequestPolicyChangeInput!) { requestPolicyChange(input: $i) { id } }`,
    { i: { subject: 'Logging', motivation: 'De norm is onduidelijk.' } },
  );
  const draft = async () =>
    (
      await setUp(LMS, `mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id } }`, {
        i: {
          title: 'Wijziging (hostile input)',
          rationale: 'Een test van vijandige invoer.',
          trigger: { kind: 'EVALUATION', reference: 'Evaluatie (test)' },
          change: { recalibrationMonths: 24 },
        },
      })
    ).draftChangeProposal.id as string;
  const consulted = await draft();
  await setUp(
    LMS,
    `mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { id } }`,
    { p: consulted, d: isoDay(14) },
  );
  Object.assign(RECORDS, {
    declineChangeRequest: request.requestPolicyChange.id,
    updateChangeProposal: await draft(),
    openConsultation: await draft(),
    withdrawChangeProposal: await draft(),
    respondToConsultation: consulted,
    submitChangeProposal: consulted,
    adviseBoardItem: item('lms'),
    decideBoardItem: item('politie'),
  });
  Object.assign(RECORDS, {
    recordAdvice: item('lms'),
    recordDecision: item('politie'),
    reportInstructionDone: decided.recordDecision.instructions[0].id,
    reviewInstruction: decided.recordDecision.instructions[0].id,
    progressFinding: (await finding()).recordFinding.id,
    closeFinding: (await finding()).recordFinding.id,
  });
}

/**
 * The records of issue 17: the BBP year of YEAR opened by the SMB's secretary (its progress moments reach
 * icv), a wish of ambulance (to withdraw; named in the consolidation), a line of ambulance's plan (to
 * remove) and its progress report of period 1 prepared by its security officer (to sign and submit).
 */
async function setUpPlanRecords() {
  const SECRETARY = { role: 'board-secretary', party: 'smb' };
  try {
    await setUp(SECRETARY, `mutation($i: BbpYearInput!) { openBbpYear(input: $i) { year } }`, { i: BBP });
    const wish = await setUp(OFFICER, `mutation($i: WishInput!) { submitWish(input: $i) { id } }`, {
      i: {
        year: YEAR,
        subject: 'Wens',
        reasoning: 'Een test van vijandige invoer.',
        estimatedCost: 10,
        priority: 'LAAG',
      },
    });
    const plan = await setUp(
      OFFICER,
      `mutation($i: PlanLineInput!) { savePlanLine(input: $i) { lines { id } } }`,
      {
        i: {
          kind: 'MAATREGEL',
          measure: { frameworkCode: 'BIO2', identifier: '5.01.01' },
          description: 'Een lijn van de test van vijandige invoer.',
          dueDate: isoDay(60),
          status: 'GEPLAND',
        },
      },
    );
    await until(
      'the progress periods in the icv context',
      async () =>
        (await setUp(OFFICER, `query($y: Int!) { progressPeriods(year: $y) { period } }`, { y: YEAR }))
          .progressPeriods as unknown[],
      (periods) => periods.length > 0,
    );
    await setUp(OFFICER, `mutation($i: ProgressReportInput!) { prepareProgressReport(input: $i) { id } }`, {
      i: { year: YEAR, period: 1, summary: 'Voortgang (vijandige invoer).' },
    });
    Object.assign(RECORDS, {
      withdrawWish: wish.submitWish.id,
      consolidateBbp: wish.submitWish.id,
      removePlanLine: plan.savePlanLine.lines[0].id,
    });
  } catch (err) {
    console.log(`hostile input: the plan and BBP records could not be set up: ${(err as Error).message}`);
  }
}

/** issue 18: an investigation proposed by the SMB's secretary (VOORGESTELD: its report is refused, CONFLICT). */
async function setUpInvestigationRecords() {
  try {
    const proposed = await setUp(
      { role: 'board-secretary', party: 'smb' },
      `mutation($i: ProposeInvestigationInput!) { proposeInvestigation(input: $i) { id } }`,
      {
        i: {
          title: 'Vijandige invoer',
          scope: 'Een onderzoek van de test van vijandige invoer.',
          investigator: 'Testbureau',
          dueDate: isoDay(60),
        },
      },
    );
    const id = proposed.proposeInvestigation.id;
    Object.assign(RECORDS, { investigation: id, investigationReport: id, recordInvestigationReport: id });
  } catch (err) {
    console.log(`hostile input: the investigation could not be set up: ${(err as Error).message}`);
  }
}

/**
 * issue 18: working groups: two groups of the SMB's secretary, one to read and report on, one to dissolve.
 */
async function setUpWorkingGroupRecords() {
  const SAVE = `mutation($i: WorkingGroupInput!) { saveWorkingGroup(input: $i) { id } }`;
  const group = async (name: string) =>
    (
      await setUp({ role: 'board-secretary', party: 'smb' }, SAVE, {
        i: {
          name,
          mandate: 'Een test van vijandige invoer.',
          members: [
            { party: 'lms', name: 'A' },
            { party: 'politie', name: 'B' },
          ],
        },
      })
    ).saveWorkingGroup.id as string;
  try {
    const reporting = await group('Werkgroep (vijandige invoer)');
    Object.assign(RECORDS, {
      workingGroup: reporting,
      submitWorkingGroupReport: reporting,
      dissolveWorkingGroup: await group('Op te heffen werkgroep (vijandige invoer)'),
    });
  } catch (err) {
    console.log(`hostile input: the working groups could not be set up: ${(err as Error).message}`);
  }
}

/** issue 18: evaluation: an evaluation audit started by JenV's evaluator (to read and record on). */
async function setUpEvaluationRecords() {
  try {
    const started = await setUp(
      { role: 'evaluator', party: 'jenv' },
      `mutation($i: StartEvaluationInput!) { startEvaluation(input: $i) { id } }`,
      {
        i: {
          kind: 'VIJFJAARLIJKS',
          title: 'Evaluatie (vijandige invoer)',
          periodFrom: isoDay(-365),
          periodTo: isoDay(-1),
          scope: 'Het strategisch kader',
          auditor: 'Auditdienst Rijk',
        },
      },
    );
    Object.assign(RECORDS, {
      evaluation: started.startEvaluation.id,
      evaluationReport: started.startEvaluation.id,
      recordEvaluationResult: started.startEvaluation.id,
    });
  } catch (err) {
    console.log(`hostile input: the evaluation records could not be set up: ${(err as Error).message}`);
  }
}

/**
 * issue 18: an escalation raised by ambulance's security officer, asking ambulance and politie: ambulance
 * records positions on it, politie's viewer reads it.
 */
async function setUpEscalationRecords() {
  try {
    const raised = await setUp(
      OFFICER,
      `mutation($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { id } }`,
      {
        i: {
          title: 'Vijandige invoer',
          question: 'Een escalatie voor de test van vijandige invoer.',
          parties: ['ambulance', 'politie'],
          positionsDue: isoDay(30),
        },
      },
    );
    Object.assign(RECORDS, {
      recordEscalationPosition: raised.raiseEscalation.id,
      escalation: raised.raiseEscalation.id,
    });
  } catch (err) {
    console.log(`hostile input: the escalation could not be set up: ${(err as Error).message}`);
  }
}

// issue 18: meetings
/** A planned SMB meeting with a free item on its agenda (its id the base of the meeting operations). */
async function setUpMeetingRecords() {
  const SECRETARY = { role: 'board-secretary', party: 'smb' };
  try {
    const planned = await setUp(
      SECRETARY,
      `mutation($i: PlanMeetingInput!) { planMeeting(input: $i) { id } }`,
      {
        i: { board: 'SMB', date: isoDay(10), title: 'Vergadering (vijandige invoer)' },
      },
    );
    const added = await setUp(
      SECRETARY,
      `mutation($i: MeetingAgendaItemInput!) { addMeetingAgendaItem(input: $i) { agenda { item { id } } } }`,
      {
        i: {
          meetingId: planned.planMeeting.id,
          freeTitle: 'Vrij punt',
          freeDescription: 'Vijandige invoer.',
        },
      },
    );
    Object.assign(RECORDS, {
      meeting: planned.planMeeting.id,
      meetingItem: added.addMeetingAgendaItem.agenda[0].item.id,
    });
  } catch (err) {
    console.log(`hostile input: the meeting records could not be set up: ${(err as Error).message}`);
  }
}

beforeAll(async () => {
  platform = await startPlatformProcess();
  key = JSON.parse(readFileSync(join(platform.dataDir, 'issuer-keys.json'), 'utf8')).signing;
  await setUpRecords();
  await setUpRiskRecords();
  await setUpPlanRecords();
  await setUpInvestigationRecords();
  await setUpWorkingGroupRecords();
  await setUpEvaluationRecords();
  await setUpEscalationRecords();
  await setUpMeetingRecords();
  await quietAuditLengths();
}, 300_000);
afterAll(async () => {
  console.log(
    `hostile input: ${totals.operations} operations, ${totals.cases} cases (${totals.allowed} as a role that may, ` +
      `${totals.refused} as one that may not; by kind ${JSON.stringify(totals.byKind)}) plus ${totals.requests} ` +
      'requests to the gateway and the services directly; ' +
      `${totals.reached} operations reached their resolver with valid base variables, ` +
      `${totals.onRealRecords} of them on real records`,
  );
  if (skipped.length)
    console.log(
      `hostile input: ${skipped.length} known failures skipped (KNOWN_FAILURES):\n${skipped.join('\n')}`,
    );
  if (process.env.MKIB_HOSTILE_REPORT)
    (await import('node:fs')).writeFileSync(process.env.MKIB_HOSTILE_REPORT, allFailures.join('\n'));
  await platform?.stop();
});

describe('[SK-T3] hostile input', () => {
  it('[SK-T3] walks every Query and Mutation field of the supergraph', () => {
    expect(OPERATIONS.length).toBeGreaterThan(60);
  });

  it('[SK-T3] the gateway and every service called directly refuse a malformed or endless document with 400', async () => {
    const token = await tokenFor(VIEWER);
    const documents = {
      'a syntax error': '{ facilities { code }',
      'a document over the token limit': `{ facilities { code } ${'__typename '.repeat(25_000)}}`,
      'a deeply nested document': `{ facilities ${'{ code '.repeat(20_000)}${'}'.repeat(20_000)} }`,
    };
    const answers: Record<string, string> = {};
    for (const [name, url] of Object.entries({ gateway: platform.graphqlUrl, ...platform.subgraphs }))
      for (const [what, query] of Object.entries(documents)) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        answers[`${name}: ${what}`] =
          `${res.status} ${body.errors?.map((e) => e.extensions?.code).join(',')}`;
      }
    expect(Object.keys(answers)).toHaveLength(15);
    totals.requests += 15;
    expect(Object.entries(answers).filter(([, answer]) => answer !== '400 GRAPHQL_PARSE_FAILED')).toEqual([]);
  });

  it.each(OPERATIONS.map(([name, field]) => [name, field] as const))(
    '[SK-T3] %s: no 5xx, only stable codes and no write for every hostile input',
    async (op, field) => {
      const { allowed, refused } = rolesOf(op);
      const allowedCases = casesOf(op, field, allowed);
      // A caller without the right: whether it learns anything from its input, on a sample of each kind.
      const refusedCases = refused
        ? casesOf(op, field, refused).filter((c) => !c.allowedOnly && REFUSED_SAMPLE.test(c.label))
        : [];
      const jobs = [
        ...allowedCases.map((c) => ({ c, who: allowed, as: 'allowed' as const })),
        ...refusedCases.map((c) => ({ c, who: refused!, as: 'refused' as const })),
      ];
      const before = lastAudit ?? (await settledAuditLengths());
      // The cases that must be refused first, those that may succeed (free text, a count in range) after: a
      // one-shot transition (advice, decision, report) that a free-text case completes would otherwise
      // answer CONFLICT to the hostile values after it, and they would never meet the domain's checks.
      const mustRefuse = jobs.filter((j) => !maySucceed(j.c));
      const maySucceedJobs = jobs.filter((j) => maySucceed(j.c));
      const answersOf = new Map<(typeof jobs)[number], Answer>();
      for (const phase of [mustRefuse, maySucceedJobs])
        (await pool(phase, 6, (j) => send(j.c, j.who))).forEach((a, i) => answersOf.set(phase[i], a));
      const answers = jobs.map((j) => answersOf.get(j)!);
      const after = await settledAuditLengths();
      lastAudit = after;
      const failures: string[] = [];
      const successes = answers.filter((a) => a.success).length;
      jobs.forEach((j, i) => {
        const wrong = judge(op, j.c, j.as, answers[i]);
        if (wrong) failures.push(`${op} ${j.c.label} as ${j.as}: ${wrong}`);
      });
      if (before !== after && !successes)
        failures.push(`${op}: audit chains ${before} -> ${after} without a successful call`);
      if (before !== after && successes) {
        // Some calls legitimately wrote (free text is stored as typed): the refused ones again, without them.
        const refusedJobs = jobs.filter(
          (j, i) => !answers[i].success && j.c.kind !== 'document' && j.c.kind !== 'type',
        );
        const b = await settledAuditLengths();
        const again = await pool(refusedJobs, 6, (j) => send(j.c, j.who));
        const a = await settledAuditLengths();
        if (b !== a) {
          const wrote = refusedJobs.filter((_, i) => !again[i].success).map((j) => `${j.c.label} as ${j.as}`);
          failures.push(
            `${op}: audit chains ${b} -> ${a} on the second run of ${refusedJobs.length} refused calls` +
              (again.some((r) => r.success)
                ? ` (some succeeded this time: ${refusedJobs
                    .filter((_, i) => again[i].success)
                    .map((j) => `${j.c.label} as ${j.as} (first ${answersOf.get(j)!.codes.join(',')})`)
                    .slice(0, 5)
                    .join('; ')})`
                : `: one of ${wrote.slice(0, 5).join('; ')}…`),
          );
        }
      }
      // Reachability: the valid base variables as the allowed role get past authorisation (and, on a real
      // record, find it), so the cases above cannot pass vacuously. After the no-write accounting, since a
      // valid mutation writes; the next operation measures its "before" afresh.
      const reach = await send(
        {
          label: 'valid base variables',
          kind: 'document',
          body: {
            query: documentOf(op.startsWith('Mutation.') ? 'mutation' : 'query', field),
            variables: baseOf(op, field, allowed),
          },
        },
        allowed,
      );
      if (op.startsWith('Mutation.')) lastAudit = undefined;
      const denied = reach.codes.filter(
        (code) =>
          ['FORBIDDEN', 'UNAUTHENTICATED', ...REQUEST_ERRORS].includes(code) ||
          (code === 'NOT_FOUND' && ON_REAL_RECORDS.has(field.name)),
      );
      if (reach.status >= 500 || denied.length)
        failures.push(
          `${op} valid base variables as allowed: not reached: HTTP ${reach.status} ${reach.codes.join(',')}`,
        );
      else {
        totals.reached++;
        if (ON_REAL_RECORDS.has(field.name)) totals.onRealRecords++;
      }
      const known = failures.filter((f) => KNOWN_FAILURES.some(([pattern]) => pattern.test(f)));
      skipped.push(...known);
      allFailures.push(...failures);
      totals.operations++;
      totals.cases += jobs.length;
      for (const j of jobs) {
        totals[j.as]++;
        totals.byKind[j.c.kind] = (totals.byKind[j.c.kind] ?? 0) + 1;
      }
      expect(failures.filter((f) => !known.includes(f))).toEqual([]);
    },
    120_000,
  );
});
