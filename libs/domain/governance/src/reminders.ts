import { workspacePartyOf } from './party-register';
import { FieldProblem, fieldRules } from '@mkib/domain-shared';
import { Reminder, REMINDER_MILESTONES, ReminderMilestone } from './cycle';
import { PARTIES } from './parties';

/**
 * Reminders that reach people (issue 17): ONE window rule for every deadline, lead times per milestone,
 * who receives a reminder, where its task is in the web, and the daily e-mail digest's text.
 */

/**
 * How many days ahead of its deadline each milestone starts reminding, unless the LMS or the board
 * secretary set another lead time (setReminderLeadTime, 0..365).
 */
export const DEFAULT_LEAD_DAYS: Record<ReminderMilestone, number> = {
  MEDEGEBRUIKER_RAPPORTAGES: 30,
  ICV_INDIENING: 30,
  SMB_VERGADERING: 14,
  BMB_VERGADERING: 14,
  RISICOCONSULTATIE: 14,
  WENSEN: 30,
  VOORTGANGSRAPPORTAGE: 21,
  BBP_VASTSTELLING: 14,
  PLAN_BIJWERKEN: 30,
  BEVINDING: 14,
  AANWIJZING: 14,
  RISICOBEHANDELING: 30,
  BIV_HERIJKING: 60,
  ESCALATIESTANDPUNT: 14,
  ONDERZOEK: 30,
  /** Twelve months before five years have passed (SK-6). */
  EVALUATIE: 365,
};
export const MAX_LEAD_DAYS = 365;

export type LeadTimes = Partial<Record<ReminderMilestone, number>>;

export const leadDaysOf = (milestone: ReminderMilestone, overrides: LeadTimes = {}) =>
  overrides[milestone] ?? DEFAULT_LEAD_DAYS[milestone];

export function checkLeadTime(milestone: string, leadDays: number): FieldProblem[] {
  return [
    ...fieldRules.oneOf('milestone', milestone, REMINDER_MILESTONES),
    ...fieldRules.between('leadDays', leadDays, 0, MAX_LEAD_DAYS),
  ];
}

/** Something owed by a deadline (the app's OwedDeadline has this shape). */
export interface Owed {
  milestone: ReminderMilestone;
  party: string;
  deadline: string;
  subjectId?: string | null;
  title?: string | null;
  year?: number | null;
}

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** 64 bits of FNV-1a over the text, as 16 hex digits: stable across processes and releases. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The reminder's id: the same thing owed, deadline and kind give the same id (its notification's). */
export const reminderId = (r: {
  milestone: ReminderMilestone;
  party: string;
  subjectId?: string | null;
  deadline: string;
  kind: Reminder['kind'];
}) => `r${fnv1a64([r.milestone, r.party, r.subjectId ?? '', r.deadline, r.kind].join('\u001f'))}`;

/**
 * THE window rule: while something is owed, a reminder shows from `deadline - leadDays` up to and
 * including the deadline (VOORAF), and every day after it (VERLOPEN, escalated) until it is met. Before
 * the window: nothing.
 */
export function reminderWindow(owed: Owed, leadDays: number, today: string): Reminder | null {
  const daysLeft = daysBetween(today, owed.deadline);
  if (daysLeft > leadDays) return null;
  const kind = daysLeft < 0 ? 'VERLOPEN' : 'VOORAF';
  return {
    id: reminderId({ ...owed, kind }),
    milestone: owed.milestone,
    party: owed.party,
    deadline: owed.deadline,
    kind,
    daysLeft,
    subjectId: owed.subjectId ?? null,
    title: owed.title ?? null,
  };
}

/** The window rule over everything owed, in deadline order (then milestone, party, subject). */
export function remindersInWindow(owed: Owed[], leadTimes: LeadTimes, today: string): Reminder[] {
  return owed
    .flatMap((o) => {
      const r = reminderWindow(o, leadDaysOf(o.milestone, leadTimes), today);
      return r ? [r] : [];
    })
    .sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) ||
        a.milestone.localeCompare(b.milestone) ||
        a.party.localeCompare(b.party) ||
        (a.subjectId ?? '').localeCompare(b.subjectId ?? ''),
    );
}

/** Whether a deadline belongs to `year`: its cycle or BBP year when it has one, else its calendar year. */
export const owedInYear = (o: Pick<Owed, 'deadline' | 'year'>, year: number | null) =>
  year === null || (o.year != null ? o.year === year : o.deadline.startsWith(`${year}-`));

/** The milestones the boards themselves owe (their meetings and the BBP's adoption). */
const BOARD_PARTIES = ['smb', 'bmb'];

export interface Person {
  username: string;
  party: string;
  roles: readonly string[];
}

/**
 * Parties without officer accounts of their own (the ministry has auditor accounts only): the SMB board
 * secretary submits their wishes on their behalf (wish.submit), so their WENSEN reminders reach the
 * board secretary from the lead time on, not only once overdue.
 */
export const PARTIES_WITHOUT_OFFICERS: readonly string[] = ['jenv'];

/**
 * Who a reminder is addressed to (pure). A party's reminders go to its security officers, accountable
 * officials and viewers (a co-user's to its medegebruiker accounts); the LMS's to the LMS's roles; the
 * boards' own milestones to that board's members and the board secretary. A reminder whose deadline
 * passed (VERLOPEN) also escalates to the board secretary, and the WENSEN of a party without officer
 * accounts (PARTIES_WITHOUT_OFFICERS) reach the board secretary from the lead time on. The auditor
 * receives none, but for the five-year warning (EVALUATIE, SK-6): it reaches JenV's evaluator and auditor
 * and the boards' members and secretaries.
 */
export function isRecipient(
  reminder: Pick<Reminder, 'party' | 'kind'> & { milestone?: ReminderMilestone },
  person: Person,
): boolean {
  const roles = person.roles;
  // The five-year warning (SK-6): the boards and JenV (its evaluator, and its auditor this once) are warned.
  if (reminder.milestone === 'EVALUATIE')
    return (
      (person.party === 'jenv' && roles.some((r) => r === 'evaluator' || r === 'auditor')) ||
      (BOARD_PARTIES.includes(person.party) &&
        roles.some((r) => r === 'smb-member' || r === 'bmb-member' || r === 'board-secretary'))
    );
  if (roles.length > 0 && roles.every((r) => r === 'auditor')) return false;
  if (reminder.kind === 'VERLOPEN' && roles.includes('board-secretary')) return true;
  if (
    reminder.milestone === 'WENSEN' &&
    PARTIES_WITHOUT_OFFICERS.includes(reminder.party) &&
    roles.includes('board-secretary')
  )
    return true;
  if (person.party !== reminder.party) return false;
  if (BOARD_PARTIES.includes(reminder.party))
    return roles.some((r) => r === 'smb-member' || r === 'bmb-member' || r === 'board-secretary');
  if (reminder.party === 'lms')
    return roles.some((r) =>
      ['lms-operator', 'security-officer', 'accountable-official', 'viewer'].includes(r),
    );
  return roles.some((r) =>
    ['security-officer', 'accountable-official', 'viewer', 'medegebruiker'].includes(r),
  );
}

/**
 * The web remote (shell route `/<path>`) the fixed parties' people work in (apps/platform/src/web.ts).
 * A co-user works in the remote of the party whose workspace it uses (the register: `workspacePartyOf`).
 */
const REMOTE_OF_PARTY: Record<string, string> = {
  lms: 'web-admin',
  politie: 'web-politie',
  ambulance: 'web-ambulance',
  brandweer: 'web-brandweer',
  kmar: 'web-kmar',
  defensie: 'web-defensie',
  smb: 'web-boards',
  bmb: 'web-boards',
  jenv: 'web-boards',
};

/** A party as the register knows it: its kind and, for a medegebruiker, its hoofdgebruiker. */
export interface RegisteredParty {
  code: string;
  kind?: string;
  responsibleHoofdgebruiker?: string | null;
}

/** The remote a party's people work in: a co-user's derives from the register (kind, hoofdgebruiker). */
export const remoteOfParty = (party: RegisteredParty): string =>
  REMOTE_OF_PARTY[party.code] ??
  (party.kind ? REMOTE_OF_PARTY[workspacePartyOf({ ...party, kind: party.kind })] : undefined) ??
  'web-boards';

/** The workspace tab each milestone's task is on (`?tab=` of the remote's route). */
export const REMINDER_TABS: Record<ReminderMilestone, string> = {
  MEDEGEBRUIKER_RAPPORTAGES: 'rapportage',
  ICV_INDIENING: 'icv',
  SMB_VERGADERING: 'agenda',
  BMB_VERGADERING: 'agenda',
  RISICOCONSULTATIE: 'risico',
  WENSEN: 'kalender',
  VOORTGANGSRAPPORTAGE: 'implementatieplan',
  BBP_VASTSTELLING: 'bbp',
  PLAN_BIJWERKEN: 'implementatieplan',
  BEVINDING: 'bevindingen',
  AANWIJZING: 'aanwijzingen',
  RISICOBEHANDELING: 'risico',
  BIV_HERIJKING: 'voorzieningen',
  ESCALATIESTANDPUNT: 'escalaties',
  ONDERZOEK: 'onderzoeken',
  EVALUATIE: 'evaluaties',
};

/**
 * Where the task of a reminder is, for the person reading it: the remote of the person's party (an
 * escalated reminder reaches the secretary in the boards' web), with the tab and the subject.
 */
export function reminderLink(
  reminder: Pick<Reminder, 'milestone' | 'subjectId'>,
  reader: string | RegisteredParty,
) {
  const remote = remoteOfParty(typeof reader === 'string' ? { code: reader } : reader);
  const subject = reminder.subjectId ? `&id=${encodeURIComponent(reminder.subjectId)}` : '';
  return `/${remote}?tab=${REMINDER_TABS[reminder.milestone]}${subject}`;
}

/** Dutch names of the milestones, for the digest (the web has its own i18n). */
export const REMINDER_LABELS: Record<ReminderMilestone, string> = {
  MEDEGEBRUIKER_RAPPORTAGES: 'Rapportage medegebruiker',
  ICV_INDIENING: 'Indienen ICV',
  SMB_VERGADERING: 'Advies SMB',
  BMB_VERGADERING: 'Besluit BMB',
  RISICOCONSULTATIE: 'Reactie op risicoconsultatie',
  WENSEN: 'Wensen voor het BBP',
  VOORTGANGSRAPPORTAGE: 'Voortgangsrapportage',
  BBP_VASTSTELLING: 'Vaststelling BBP',
  PLAN_BIJWERKEN: 'Implementatieplan bijwerken',
  BEVINDING: 'Bevinding',
  AANWIJZING: 'Aanwijzing',
  RISICOBEHANDELING: 'Risicobehandeling',
  BIV_HERIJKING: 'Herijking BIV-classificatie',
  ESCALATIESTANDPUNT: 'Standpunt over een escalatie',
  ONDERZOEK: 'Rapport van een onderzoek',
  EVALUATIE: 'Vijfjaarlijkse evaluatie van het strategisch kader',
};

const dutchDays = (daysLeft: number) => {
  if (daysLeft === 0) return 'vandaag';
  if (daysLeft > 0) return daysLeft === 1 ? 'nog 1 dag' : `nog ${daysLeft} dagen`;
  const over = -daysLeft;
  return over === 1 ? '1 dag verlopen' : `${over} dagen verlopen`;
};

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A YYYY-MM-DD day in Dutch words: "3 maart 2027". */
export function dutchDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return DUTCH_MONTHS[m - 1] ? `${d} ${DUTCH_MONTHS[m - 1]} ${y}` : day;
}

/** The register's name of a party (its code when unknown). */
export const partyName = (code: string) => PARTIES.find((p) => p.code === code)?.name ?? code;

/**
 * The label of a reminder that carries no content of the party (SK-T3): milestone, party name and
 * deadline, e.g. "Bevinding van Politie, uiterlijk 3 maart 2027".
 */
export const neutralReminderTitle = (r: Pick<Reminder, 'milestone' | 'party' | 'deadline'>) =>
  `${REMINDER_LABELS[r.milestone]} van ${partyName(r.party)}, uiterlijk ${dutchDate(r.deadline)}`;

/**
 * A reminder as `reader` may see it (SK-T3): the title names what is owed (a finding's description, a
 * risk analysis' title) and is the owning party's content, so only the party itself and the auditor read
 * it; every other reader (the boards, the board secretary, the LMS for another party) gets the neutral
 * label instead.
 */
export function reminderForReader<R extends Pick<Reminder, 'milestone' | 'party' | 'deadline' | 'title'>>(
  reminder: R,
  reader: { party: string | null; roles: readonly string[] },
): R {
  if (reader.party === reminder.party || reader.roles.includes('auditor')) return reminder;
  return { ...reminder, title: neutralReminderTitle(reminder) };
}

/**
 * The daily digest of one person (Dutch): a subject and a plain-text body listing each reminder by its
 * milestone, party name and deadline with a link to the task (`baseUrl` + the reminder's link). No title
 * or other content of a party: the mail leaves the platform; the person reads the detail after signing in.
 */
export function digestMail(
  person: { username: string },
  reminders: (Pick<Reminder, 'milestone' | 'party' | 'deadline' | 'kind' | 'daysLeft'> & {
    link: string;
    /** Never written into the mail. */
    title?: string | null;
  })[],
  today: string,
  baseUrl: string,
): { subject: string; text: string } {
  const overdue = reminders.filter((r) => r.kind === 'VERLOPEN').length;
  const count = reminders.length === 1 ? '1 herinnering' : `${reminders.length} herinneringen`;
  const subject = `MKIB: ${count}${overdue ? ` (${overdue} verlopen)` : ''} op ${today}`;
  const base = baseUrl.replace(/\/$/, '');
  const lines = reminders.map((r) =>
    [
      `- ${REMINDER_LABELS[r.milestone]} (${partyName(r.party)}), uiterlijk ${dutchDate(r.deadline)} (${dutchDays(r.daysLeft)})`,
      `  ${base}${r.link}`,
    ].join('\n'),
  );
  const text = [
    `Beste ${person.username},`,
    '',
    `In MKIB staat het volgende voor u open (de details leest u na het inloggen):`,
    '',
    ...lines,
    '',
    'U ontvangt dit overzicht eenmaal per dag zolang er ongelezen herinneringen zijn. In MKIB kunt u',
    'herinneringen als gelezen markeren en deze e-mail uitzetten (Meldingen, e-mailvoorkeur).',
    '',
    'Met vriendelijke groet,',
    'MKIB',
  ].join('\n');
  return { subject, text };
}

export const DIGEST_FREQUENCIES = ['DAGELIJKS', 'GEEN'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
