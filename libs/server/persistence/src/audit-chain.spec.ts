import {
  ChainedAuditRecord,
  GENESIS_HASH,
  hashAuditRecord,
  verifyAuditChain,
  canonicalJson,
} from './audit-chain';

function chain(n: number): ChainedAuditRecord[] {
  const rows: ChainedAuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const record = {
      seq,
      occurredAt: new Date(Date.UTC(new Date().getUTCFullYear(), 0, seq)).toISOString(),
      actor: 'lms-operator@lms',
      party: 'lms',
      action: 'facility.classified',
      subject: 'GMS',
      correlationId: `c${seq}`,
      details: { bbn: seq % 3, nested: { b: 1, a: [1, 2] } },
    };
    const hash = hashAuditRecord(prev, record);
    rows.push({ ...record, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit hash chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyAuditChain(chain(5))).toEqual({ intact: true, checked: 5, problems: [] });
  });

  it('finds an altered row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], details: { bbn: 1 } };
    const result = verifyAuditChain(rows);
    expect(result.intact).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ seq: 3, problem: 'ALTERED' })]);
  });

  it('finds a deleted row', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    const result = verifyAuditChain(rows);
    expect(result.problems).toEqual([expect.objectContaining({ seq: 2, problem: 'MISSING' })]);
  });

  it('finds a row whose hash was recomputed after a change: the next link breaks', () => {
    const rows = chain(4);
    const forged = { ...rows[1], actor: 'someone-else' };
    forged.hash = hashAuditRecord(forged.prevHash, forged);
    rows[1] = forged;
    expect(verifyAuditChain(rows).problems).toEqual([
      expect.objectContaining({ seq: 3, problem: 'BROKEN_LINK' }),
    ]);
  });

  it('hashes independently of key order, as jsonb stores it', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3] } })).toBe(canonicalJson({ a: { c: [3], d: 2 }, b: 1 }));
  });

  it('hashes a row as written the same as the row read back from the database (no false ALTERED)', () => {
    const at = new Date();
    const written = {
      seq: 1,
      occurredAt: at.toISOString(),
      actor: 'lms-operator@lms',
      party: 'lms',
      action: 'framework.merged',
      subject: 'BIO2',
      correlationId: 'c1',
      details: { changedAt: at, gone: undefined, list: [1, undefined], n: 1 },
    };
    // What jsonb gives back: the JSON of what was stored, keys in another order.
    const readBack = {
      ...written,
      details: { n: 1, list: [1, null], changedAt: at.toISOString() },
    };
    expect(hashAuditRecord(GENESIS_HASH, readBack)).toBe(hashAuditRecord(GENESIS_HASH, written));
  });
});
