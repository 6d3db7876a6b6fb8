import { randomUUID } from 'node:crypto';
import { eventually, graphql, PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';

/**
 * Retry-safe mutations (issue 14, §3): a mutation sent with an `Idempotency-Key` gives the first result
 * again on a retry, with no second effect (no second write, audit entry or event), kept by the owning
 * service in its own database with the effect. Every request here carries its own correlation id, so the
 * audit trails tell which request caused which entry (an event's consumer audits under the event's
 * correlation id). The platform counts each request's SQL statements (MKIB_COUNT_SQL) for the cost of a
 * replay.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const CLASSIFY = `mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) {
  code name bbn reviewDue biv { beschikbaarheid integriteit vertrouwelijkheid }
  supplementaryAnalysis { status requiredSince reason } usedBy { code } } }`;
const classification = (facilityCode: string, rationale: string, bbn = 2) => ({
  i: {
    facilityCode,
    biv: { beschikbaarheid: 'MIDDEN', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
    bbn,
    rationale,
    reviewDue: day(300),
  },
});

/** Sends as the LMS operator with a correlation id of its own, and with the key when given. */
async function send(query: string, variables: Record<string, unknown>, key?: string) {
  const correlationId = randomUUID();
  const response = await graphql(platform.graphqlUrl, query, variables, tokens['lms-operator@lms'], {
    'x-correlation-id': correlationId,
    ...(key !== undefined ? { 'idempotency-key': key } : {}),
  });
  return { ...response, correlationId };
}

interface Entry {
  action: string;
  subject: string;
  correlationId: string;
}
/** The entries of a service's trail (the auditor reads all) caused by these requests. */
async function entries(service: 'risk' | 'policy', correlationIds: string[]): Promise<Entry[]> {
  const r = await graphql(
    platform.graphqlUrl,
    `query($f: AuditTrailFilter) { ${service}AuditTrail(filter: $f) { entries { action subject correlationId } } }`,
    { f: { limit: 200 } },
    tokens['auditor@jenv'],
  );
  expect(r.errors).toBeUndefined();
  return (r.data[`${service}AuditTrail`].entries as Entry[]).filter((e) =>
    correlationIds.includes(e.correlationId),
  );
}

const statements = async (correlationId: string): Promise<number> =>
  (await (await fetch(`${platform.baseUrl}/__test/sql-statements/${correlationId}`)).json()).statements;

/**
 * Waits until an event sent after `correlationIds` was consumed by policy: the relay publishes in outbox
 * order, so any event those requests had written was consumed before it.
 */
async function afterTheirEvents(facilityCode: string) {
  const barrier = await send(CLASSIFY, classification(facilityCode, `Barrière ${randomUUID()}`));
  expect(barrier.errors).toBeUndefined();
  await eventually(
    () => entries('policy', [barrier.correlationId]),
    (e) => e.length > 0,
    'the barrier event consumed by policy',
  );
}

beforeAll(async () => {
  platform = await startPlatformProcess({ MKIB_COUNT_SQL: '1' });
  for (const account of ['lms-operator@lms', 'auditor@jenv'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('the idempotency replay', () => {
  it('gives the first result again on a retry with the same key: one write, one audit entry, one event', async () => {
    const key = randomUUID();
    const variables = classification('GMS', 'Herbeoordeling met sleutel');
    const first = await send(CLASSIFY, variables, key);
    expect(first.errors).toBeUndefined();
    await eventually(
      () => entries('policy', [first.correlationId]),
      (e) => e.length > 0,
      'the first call’s event consumed by policy',
    );
    const retries = [await send(CLASSIFY, variables, key), await send(CLASSIFY, variables, key)];
    for (const retry of retries) {
      expect(retry.status).toBe(200);
      expect(retry.errors).toBeUndefined();
      expect(retry.data).toEqual(first.data);
    }
    await afterTheirEvents('OIS');
    const all = [first, ...retries].map((r) => r.correlationId);
    expect((await entries('risk', all)).map((e) => [e.action, e.subject, e.correlationId])).toEqual([
      ['facility.classified', 'GMS', first.correlationId],
    ]);
    const consumed = await entries('policy', all);
    expect(consumed.length).toBeGreaterThan(0);
    expect(consumed.every((e) => e.correlationId === first.correlationId)).toBe(true);

    // The cost: the replay reads the stored result instead of running the mutation.
    const cost = {
      first: await statements(first.correlationId),
      replay: await statements(retries[1].correlationId),
    };
    console.info(`idempotency: SQL statements first call ${cost.first}, replay ${cost.replay}`);
    expect(cost.replay).toBeLessThan(cost.first);
  });

  it('refuses the same key with another input with CONFLICT, and changes nothing', async () => {
    const key = randomUUID();
    const first = await send(CLASSIFY, classification('OIS', 'Eerste invoer'), key);
    expect(first.errors).toBeUndefined();
    const other = await send(CLASSIFY, classification('OIS', 'Andere invoer'), key);
    expect(other.errors?.map((e) => [e.extensions?.code, (e.extensions as any)?.i18n?.key])).toEqual([
      ['CONFLICT', 'idempotency.keyReused'],
    ]);
    expect(await entries('risk', [other.correlationId])).toEqual([]);
    console.info(`idempotency: SQL statements of a refused reuse ${await statements(other.correlationId)}`);
  });

  it('changes nothing about a mutation without a key: each call is its own', async () => {
    const variables = classification('IVICT', 'Zonder sleutel');
    const calls = [await send(CLASSIFY, variables), await send(CLASSIFY, variables)];
    for (const c of calls) expect(c.errors).toBeUndefined();
    expect(
      await entries(
        'risk',
        calls.map((c) => c.correlationId),
      ),
    ).toHaveLength(2);
    console.info(`idempotency: SQL statements without a key ${await statements(calls[1].correlationId)}`);
  });

  it('runs concurrent sends with one key once, and gives all of them that result', async () => {
    const key = randomUUID();
    const variables = classification('HUISVESTING', 'Tien tegelijk');
    const sends = await Promise.all(Array.from({ length: 10 }, () => send(CLASSIFY, variables, key)));
    for (const s of sends) {
      expect(s.errors).toBeUndefined();
      expect(s.data).toEqual(sends[0].data);
    }
    await afterTheirEvents('OIS');
    const ids = sends.map((s) => s.correlationId);
    expect(await entries('risk', ids)).toHaveLength(1);
    const consumedFrom = new Set((await entries('policy', ids)).map((e) => e.correlationId));
    expect(consumedFrom.size).toBe(1);
  });

  it('stores nothing for a failed mutation: its retry fails again, and the key stays free', async () => {
    const key = randomUUID();
    const unknown = classification('ONBEKEND', 'Bestaat niet');
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = await send(CLASSIFY, unknown, key);
      expect(failed.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    // Nothing was kept under the key: it still takes a (corrected) request.
    const corrected = await send(CLASSIFY, classification('SPOEDVRAAG', 'Nu wel'), key);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.classifyFacility.code).toBe('SPOEDVRAAG');
  });

  it('refuses a malformed key on a mutation, and ignores a key on a query', async () => {
    const bad = await send(CLASSIFY, classification('GMS', 'Slechte sleutel'), 'kort');
    expect(
      bad.errors?.map((e) => [e.extensions?.code, (e.extensions as any)?.i18n?.problems?.[0]?.key]),
    ).toEqual([['BAD_USER_INPUT', 'idempotency.keyInvalid']]);
    expect(await entries('risk', [bad.correlationId])).toEqual([]);
    const query = await send(`query { facilities { code } }`, {}, 'kort');
    expect(query.errors).toBeUndefined();
    expect(query.data.facilities.length).toBeGreaterThan(0);
  });
});
