import { daysBetween } from './reminders';

/**
 * The SMB's monitoring dashboard (SK-3.3): counts and states across parties, never a party's own content
 * (SK-T3). These rules take plain facts (codes, states, dates) and the clock's `today` (YYYY-MM-DD).
 */

export type IcvStanding = 'NIET_INGEDIEND' | 'INGEDIEND' | 'GEADVISEERD' | 'BESLOTEN';

/** Who owes an ICV each year: the hoofdgebruikers and the LMS (as the ICV reminders decide). */
export const owesIcv = (kind: string) => kind === 'HOOFDGEBRUIKER' || kind === 'BEHEERDER';

/** An ICV item on the agenda as the dashboard reads it: states only. */
export interface IcvItemFacts {
  party: string;
  version: number | null;
  superseded: boolean;
  advice: string | null;
  decision: string | null;
}

export interface PartyIcvStandingFacts {
  partyCode: string;
  year: number;
  standing: IcvStanding;
  decision: string | null;
  overdue: boolean;
}

/** Where one ICV item stands: decided, advised, or only submitted. */
export const standingOf = (item: Pick<IcvItemFacts, 'advice' | 'decision'>): IcvStanding =>
  item.decision ? 'BESLOTEN' : item.advice ? 'GEADVISEERD' : 'INGEDIEND';

/**
 * Each party that owes an ICV, in the order given: the standing of its newest non-superseded ICV version
 * of the year, or NIET_INGEDIEND; overdue when the cycle's ICV deadline (`icvDeadline`, null without a
 * cycle) is before today and no ICV came.
 */
export function icvStandings(input: {
  year: number;
  parties: readonly { code: string; kind: string }[];
  items: readonly IcvItemFacts[];
  icvDeadline: string | null;
  today: string;
}): PartyIcvStandingFacts[] {
  return input.parties
    .filter((p) => owesIcv(p.kind))
    .map((p) => {
      const current = input.items
        .filter((i) => i.party === p.code && !i.superseded)
        .sort((a, b) => (b.version ?? 0) - (a.version ?? 0))[0];
      if (!current)
        return {
          partyCode: p.code,
          year: input.year,
          standing: 'NIET_INGEDIEND' as const,
          decision: null,
          overdue: isOverdue(input.icvDeadline, input.today),
        };
      return {
        partyCode: p.code,
        year: input.year,
        standing: standingOf(current),
        decision: current.decision,
        overdue: false,
      };
    });
}

/** A deadline (YYYY-MM-DD) is overdue from the day after it. */
export const isOverdue = (deadline: string | null | undefined, today: string) =>
  !!deadline && deadline < today;

/** Something owed by a party: open, and whether it may count as overdue once its due date passed. */
export interface OpenThing {
  party: string;
  dueDate: string | null;
  /** False when it is open but no longer the party's to do (an aanwijzing reported done awaits the BMB). */
  canBeOverdue: boolean;
}

export interface OpenCountFacts {
  open: number;
  overdue: number;
  byParty: { partyCode: string; open: number; overdue: number }[];
}

/** Open and overdue counts, in total and per party (parties by code, only those with something open). */
export function openCounts(things: readonly OpenThing[], today: string): OpenCountFacts {
  const byParty = new Map<string, { partyCode: string; open: number; overdue: number }>();
  let overdue = 0;
  for (const t of things) {
    const row = byParty.get(t.party) ?? { partyCode: t.party, open: 0, overdue: 0 };
    row.open++;
    if (t.canBeOverdue && isOverdue(t.dueDate, today)) {
      row.overdue++;
      overdue++;
    }
    byParty.set(t.party, row);
  }
  return {
    open: things.length,
    overdue,
    byParty: [...byParty.values()].sort((a, b) => a.partyCode.localeCompare(b.partyCode)),
  };
}

/** The instruction states that count as open: issued, or reported done and awaiting the BMB. */
export const OPEN_INSTRUCTION_STATES = ['OPEN', 'GEREED_GEMELD'] as const;

/** An aanwijzing as an open thing: overdue only while OPEN (a done report stops the party's clock). */
export const instructionAsOpen = (i: { party: string; dueDate: string; state: string }): OpenThing => ({
  party: i.party,
  dueDate: i.dueDate,
  canBeOverdue: i.state === 'OPEN',
});

/**
 * The facilities whose BIV review is due: the review date within `leadDays` (the BIV_HERIJKING lead time
 * of the reminders) or past it, soonest first.
 */
export function reviewsDue(
  reviews: readonly { facilityCode: string; reviewDue: string }[],
  leadDays: number,
  today: string,
): { facilityCode: string; reviewDue: string; overdue: boolean }[] {
  return reviews
    .filter((r) => daysBetween(today, r.reviewDue) <= leadDays)
    .map((r) => ({
      facilityCode: r.facilityCode,
      reviewDue: r.reviewDue,
      overdue: isOverdue(r.reviewDue, today),
    }))
    .sort((a, b) => a.reviewDue.localeCompare(b.reviewDue) || a.facilityCode.localeCompare(b.facilityCode));
}

/** The open consultation tasks: open, and overdue when their respond-by date passed. */
export function consultationCounts(
  tasks: readonly { respondBy: string | null }[],
  today: string,
): { open: number; overdue: number } {
  return { open: tasks.length, overdue: tasks.filter((t) => isOverdue(t.respondBy, today)).length };
}

/** The facilities an AANVULLENDE_ANALYSE_AFGEROND signal's summary names (see riskAnalysisSignals). */
export function facilitiesOfCompletedSupplementary(summary: string): string[] {
  const m = /^Aanvullende risicoanalyse .+? voor (.+?) is afgerond:/.exec(summary);
  return m
    ? m[1]
        .split(', ')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/**
 * The open supplementary analyses, as governance can know them from risk's events (no event says a
 * supplementary analysis was opened): a facility whose BBN was raised (BBN_VERHOOGD signal, subject the
 * facility code: a supplementary analysis is required, SK-4.3) counts as open until a later
 * AANVULLENDE_ANALYSE_AFGEROND signal names that facility. One per facility, however often raised.
 */
export function openSupplementaryAnalyses(
  signals: readonly { kind: string; subject: string; summary: string; occurredAt: string }[],
): number {
  const raised = new Map<string, string>();
  const completed = new Map<string, string>();
  const later = (map: Map<string, string>, code: string, at: string) => {
    const seen = map.get(code);
    if (!seen || seen < at) map.set(code, at);
  };
  for (const s of signals) {
    if (s.kind === 'BBN_VERHOOGD') later(raised, s.subject, s.occurredAt);
    if (s.kind === 'AANVULLENDE_ANALYSE_AFGEROND')
      for (const code of facilitiesOfCompletedSupplementary(s.summary)) later(completed, code, s.occurredAt);
  }
  return [...raised].filter(([code, at]) => {
    const done = completed.get(code);
    return !done || done < at;
  }).length;
}
