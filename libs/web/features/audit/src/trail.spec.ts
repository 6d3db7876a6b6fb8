import {
  CSV_COLUMNS,
  mergePage,
  mergeTrail,
  NO_FILTER,
  serviceFilter,
  START,
  TrailEntry,
  trailCsv,
  wholeTrail,
} from './trail';

/** Instants relative to a fixed base, never today's. */
const base = Date.parse('2000-01-01T00:00:00Z');
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
const entry = (
  service: string,
  seq: number,
  minutes: number,
  more: Partial<TrailEntry> = {},
): TrailEntry => ({
  service,
  seq,
  occurredAt: at(minutes),
  actor: 'auditor@jenv',
  action: 'x.done',
  subject: `${service}-${seq}`,
  correlationId: `c-${service}-${seq}`,
  ...more,
});
const keys = (entries: TrailEntry[]) => entries.map((e) => `${e.service}${e.seq}`);

describe('the merged audit trail', () => {
  it('merges the four services by time, newest first, ties by service and sequence', () => {
    const merged = mergeTrail([
      [entry('policy', 2, 5), entry('policy', 1, 1)],
      [entry('risk', 1, 3)],
      [entry('icv', 2, 5), entry('icv', 1, 2)],
      [],
    ]);
    expect(keys(merged)).toEqual(['icv2', 'policy2', 'risk1', 'icv1', 'policy1']);
    expect(keys(mergeTrail([[entry('policy', 1, 1)], [entry('risk', 1, 0)]], 'oldest-first'))).toEqual([
      'risk1',
      'policy1',
    ]);
  });

  it('pages the merged list and moves each service on by what the page used', () => {
    const all = {
      policy: [entry('policy', 3, 9), entry('policy', 2, 4), entry('policy', 1, 1)],
      risk: [entry('risk', 2, 8), entry('risk', 1, 2)],
      icv: [entry('icv', 1, 7)],
      governance: [entry('governance', 1, 3)],
    };
    const first = mergePage(
      {
        policy: all.policy.slice(0, 2),
        risk: all.risk.slice(0, 2),
        icv: all.icv,
        governance: all.governance,
      },
      START,
      2,
    );
    expect(keys(first.entries)).toEqual(['policy3', 'risk2']);
    expect(first.next).toEqual({ policy: 1, risk: 1, icv: 0, governance: 0 });
    const second = mergePage(
      {
        policy: all.policy.slice(1, 3),
        risk: all.risk.slice(1, 3),
        icv: all.icv,
        governance: all.governance,
      },
      first.next,
      2,
    );
    expect(keys(second.entries)).toEqual(['icv1', 'policy2']);
    expect(second.next).toEqual({ policy: 2, risk: 1, icv: 1, governance: 0 });
  });

  it('writes CSV that Excel opens: BOM, semicolons, quoting, no formulas', () => {
    const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<
      (typeof CSV_COLUMNS)[number],
      string
    >;
    const csv = trailCsv(
      [
        entry('policy', 1, 0, {
          party: 'brandweer',
          reason: 'Regel één; "twee"\nen drie',
          before: null,
          after: '{"a":1}',
          subject: '=HYPERLINK("x")',
        }),
      ],
      headers,
    );
    expect(
      csv.startsWith('\uFEFFoccurredAt;service;seq;actor;party;action;subject;reason;before;after;'),
    ).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      `${at(0)};policy;1;auditor@jenv;brandweer;x.done;"'=HYPERLINK(""x"")";"Regel één; ""twee""\nen drie";;` +
        `"{""a"":1}";c-policy-1`,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('the whole trail for the export', () => {
  it('pages every service to its end and merges them', async () => {
    const source = {
      policy: [3, 2, 1].map((n) => entry('policy', n, n * 10)),
      risk: [2, 1].map((n) => entry('risk', n, n * 10 + 1)),
      icv: [] as TrailEntry[],
      governance: [1].map((n) => entry('governance', n, 5)),
    };
    const asked: string[] = [];
    const merged = await wholeTrail(async (offsets, limit) => {
      asked.push(JSON.stringify(offsets));
      const page = (s: keyof typeof source) => ({
        total: source[s].length,
        entries: source[s].slice(offsets[s], offsets[s] + limit),
      });
      return { policy: page('policy'), risk: page('risk'), icv: page('icv'), governance: page('governance') };
    }, 2);
    expect(keys(merged)).toEqual(['policy3', 'risk2', 'policy2', 'risk1', 'policy1', 'governance1']);
    expect(asked).toEqual([
      JSON.stringify(START),
      JSON.stringify({ policy: 2, risk: 2, icv: 0, governance: 1 }),
    ]);
  });

  it('sends only the filled-in filters', () => {
    expect(serviceFilter({ ...NO_FILTER, actor: ' auditor@jenv ', from: '2000-01-01' }, 50, 25)).toEqual({
      actor: 'auditor@jenv',
      from: '2000-01-01',
      offset: 50,
      limit: 25,
    });
  });
});
