/**
 * The audit trail as the auditor reads it: four services keep their own hash-chained log and each pages
 * its own entries (federation cannot merge one root list from four subgraphs), so the browser merges them
 * by time, pages the merged list, and writes it as CSV for Excel.
 */
export const SERVICES = ['policy', 'risk', 'icv', 'governance'] as const;
export type Service = (typeof SERVICES)[number];

export interface TrailEntry {
  service: string;
  seq: number;
  occurredAt: string;
  actor: string;
  party?: string | null;
  action: string;
  subject: string;
  reason?: string | null;
  before?: string | null;
  after?: string | null;
  correlationId: string;
}

/** Where each service's next page starts. */
export type Offsets = Record<Service, number>;
export const START: Offsets = { policy: 0, risk: 0, icv: 0, governance: 0 };

/** Newest first (the default), or oldest first. Each service must page in the same order. */
export type Order = 'newest-first' | 'oldest-first';

const byTime = (order: Order) => (a: TrailEntry, b: TrailEntry) => {
  const diff = Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  if (diff !== 0) return order === 'newest-first' ? -diff : diff;
  if (a.service !== b.service) return a.service < b.service ? -1 : 1;
  return order === 'newest-first' ? b.seq - a.seq : a.seq - b.seq;
};

/** All entries of the services as one list by time (ties: by service, then by sequence number). */
export function mergeTrail(entries: TrailEntry[][], order: Order = 'newest-first'): TrailEntry[] {
  return entries.flat().sort(byTime(order));
}

/**
 * One page of the merged trail from each service's next `limit` entries (fetched at `offsets`): the first
 * `limit` by time, and where each service's next page starts (past the entries this page used).
 */
export function mergePage(
  pages: Record<Service, TrailEntry[]>,
  offsets: Offsets,
  limit: number,
  order: Order = 'newest-first',
): { entries: TrailEntry[]; next: Offsets } {
  const entries = mergeTrail(
    SERVICES.map((s) => pages[s]),
    order,
  ).slice(0, limit);
  const next = { ...offsets };
  for (const e of entries) next[e.service as Service] += 1;
  return { entries, next };
}

/** The columns of the CSV, in their order, with the header each gets (in the user's language). */
export const CSV_COLUMNS = [
  'occurredAt',
  'service',
  'seq',
  'actor',
  'party',
  'action',
  'subject',
  'reason',
  'before',
  'after',
  'correlationId',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * A value as one CSV field: quoted when it holds the separator, a quote or a line break; and a leading
 * `'` before a value Excel would run as a formula (=, +, -, @), so an entry cannot execute on opening.
 */
function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The trail as CSV that Excel opens as it is: UTF-8 with a byte-order mark (so accents survive), `;`
 * between fields (the Dutch list separator), CRLF between rows, one header row.
 */
export function trailCsv(entries: TrailEntry[], headers: Record<CsvColumn, string>): string {
  const rows = [
    CSV_COLUMNS.map((c) => csvField(headers[c])),
    ...entries.map((e) => CSV_COLUMNS.map((c) => csvField(e[c]))),
  ];
  return `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}

/** The filters as the form holds them (empty: no filter); `from` and `to` are dates (YYYY-MM-DD). */
export interface TrailFilter {
  actor: string;
  party: string;
  subject: string;
  action: string;
  from: string;
  to: string;
}
export const NO_FILTER: TrailFilter = { actor: '', party: '', subject: '', action: '', from: '', to: '' };

/** One service's `AuditTrailFilter`: the filled-in filters, and where its page starts. */
export function serviceFilter(filter: TrailFilter, offset: number, limit: number) {
  const filled = Object.fromEntries(
    Object.entries(filter)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v),
  ) as Partial<TrailFilter>;
  return { ...filled, offset, limit };
}

/** What the four services answered for one page each. */
export type TrailAnswer = Record<Service, { total: number; entries: TrailEntry[] }>;

/**
 * The whole (filtered) trail, for the export: each service page by page until it has given all it has,
 * merged newest first. `fetch` asks the four services for a page each from the given offsets.
 */
export async function wholeTrail(
  fetch: (offsets: Offsets, limit: number) => Promise<TrailAnswer>,
  limit = 200,
): Promise<TrailEntry[]> {
  const all: TrailEntry[][] = [];
  let offsets = { ...START };
  let open = [...SERVICES];
  while (open.length) {
    const answer = await fetch(offsets, limit);
    const next = { ...offsets };
    for (const s of open) {
      all.push(answer[s].entries);
      next[s] += answer[s].entries.length;
    }
    open = open.filter((s) => answer[s].entries.length > 0 && next[s] < answer[s].total);
    offsets = next;
  }
  return mergeTrail(all);
}
