import {
  AnchorInSeries,
  ChainedAuditRecord,
  checkAgainstAnchor,
  checkAnchorSeries,
  GENESIS_HASH,
  hashAuditRecord,
} from './audit-chain';
import { readableDetails } from './audit-trail';

function chain(n: number): ChainedAuditRecord[] {
  const rows: ChainedAuditRecord[] = [];
  let prev = GENESIS_HASH;
  const start = Date.now();
  for (let seq = 1; seq <= n; seq++) {
    const record = {
      seq,
      occurredAt: new Date(start + seq * 1000).toISOString(),
      actor: 'auditor@jenv',
      party: null,
      action: 'audit.anchored',
      subject: 'risk',
      correlationId: `c${seq}`,
      details: { seq },
    };
    const hash = hashAuditRecord(prev, record);
    rows.push({ ...record, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

/** A different hash of the same length: its first hex digit changed (never to itself). */
const flipFirst = (hash: string) => (hash[0] === 'f' ? '0' : 'f') + hash.slice(1);

describe('audit trail: what a row says to people', () => {
  it('takes before and after from details.before and details.after, and the why from the reason', () => {
    expect(
      readableDetails({ before: { bbn: 2 }, after: { bbn: 3 }, rationale: 'Dreiging', reviewDue: 'x' }),
    ).toEqual({ reason: 'Dreiging', before: '{"bbn":2}', after: '{"bbn":3}' });
  });

  it('reads a row that records only the new state as the after, without the reason', () => {
    expect(readableDetails({ reason: 'Correctie nodig', version: 2, icvId: 'a' })).toEqual({
      reason: 'Correctie nodig',
      before: null,
      after: '{"icvId":"a","version":2}',
    });
    expect(readableDetails({})).toEqual({ reason: null, before: null, after: null });
    expect(readableDetails([1])).toEqual({ reason: null, before: null, after: '[1]' });
  });
});

describe('audit anchors', () => {
  it('finds a chain cut back behind its anchored head, and a rewritten anchored row', () => {
    const rows = chain(5);
    expect(checkAgainstAnchor(rows, { seq: 5, hash: rows[4].hash })).toEqual([]);
    expect(checkAgainstAnchor(rows, null)).toEqual([]);
    expect(checkAgainstAnchor(rows.slice(0, 3), { seq: 5, hash: rows[4].hash })).toEqual([
      expect.objectContaining({ seq: 4, problem: 'TRUNCATED', key: 'audit.truncated' }),
    ]);
    expect(checkAgainstAnchor([], { seq: 1, hash: rows[0].hash })).toEqual([
      expect.objectContaining({ seq: 1, problem: 'TRUNCATED' }),
    ]);
    expect(checkAgainstAnchor(rows, { seq: 4, hash: flipFirst(rows[3].hash) })).toEqual([
      expect.objectContaining({ seq: 4, problem: 'ALTERED', key: 'audit.anchorMismatch' }),
    ]);
  });

  it('finds a break in the series of anchors a keeper received', () => {
    const a = (seq: number, previous: AnchorInSeries | null): AnchorInSeries => ({
      seq,
      hash: String(seq).padStart(64, '0'),
      previousSeq: previous?.seq ?? null,
      previousHash: previous?.hash ?? null,
    });
    const first = a(3, null);
    const second = a(7, first);
    expect(checkAnchorSeries([first, second, a(9, second)])).toEqual([]);
    // Cut back to row 5 and grown again: the next anchor names row 3 as its previous, not row 7.
    expect(checkAnchorSeries([first, second, a(6, first)])).toEqual([
      expect.objectContaining({ seq: 7, problem: 'TRUNCATED', key: 'audit.truncated' }),
    ]);
  });
});
