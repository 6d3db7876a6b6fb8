import {
  createTestDatabase,
  graphql,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/** The risk service's audit log on a real PostgreSQL server: append-only, and tampering is detected. */
let db: TestDatabase;
let platform: PlatformProcess;
let lms: string;
let auditor: string;

const AUDIT = `{ riskAuditLog { entries intact problems { seq problem message } } }`;
const classify = (bbn: number, rationale: string) =>
  graphql(
    platform.graphqlUrl,
    `
      mutation ($i: ClassifyFacilityInput!) {
        classifyFacility(input: $i) {
          bbn
        }
      }
    `,
    {
      i: {
        facilityCode: 'OIS',
        biv: { beschikbaarheid: 'MIDDEN', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
        bbn,
        rationale,
        reviewDue: isoDay(365),
      },
    },
    lms,
  );

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startPlatformProcess({ MKIB_DATABASE_URL: db.url });
  lms = (await signIn({ baseUrl: platform.baseUrl, username: 'lms-operator@lms', password: 'demo' }))
    .accessToken;
  auditor = (await signIn({ baseUrl: platform.baseUrl, username: 'auditor@jenv', password: 'demo' }))
    .accessToken;
  for (const [bbn, why] of [
    [1, 'eerste'],
    [2, 'tweede'],
    [1, 'derde'],
  ] as const) {
    expect((await classify(bbn, why)).errors).toBeUndefined();
  }
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('audit log of the risk service', () => {
  it('records every classification with actor, party and rationale in an intact chain', async () => {
    const rows = await db.query(
      `SELECT seq, actor, party, action, subject, details->>'rationale' AS rationale FROM risk.audit_log ORDER BY seq`,
    );
    expect(rows).toEqual([
      {
        seq: '1',
        actor: 'lms-operator@lms',
        party: 'lms',
        action: 'facility.classified',
        subject: 'OIS',
        rationale: 'eerste',
      },
      {
        seq: '2',
        actor: 'lms-operator@lms',
        party: 'lms',
        action: 'facility.classified',
        subject: 'OIS',
        rationale: 'tweede',
      },
      {
        seq: '3',
        actor: 'lms-operator@lms',
        party: 'lms',
        action: 'facility.classified',
        subject: 'OIS',
        rationale: 'derde',
      },
    ]);
    expect((await graphql(platform.graphqlUrl, AUDIT, {}, auditor)).data.riskAuditLog).toEqual({
      entries: 3,
      intact: true,
      problems: [],
    });
  });

  it('refuses updates and deletes from the application role', async () => {
    await expect(db.query(`UPDATE risk.audit_log SET actor = 'x' WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM risk.audit_log WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('detects a row altered and a row deleted by someone who bypassed the trigger', async () => {
    await db.query(`ALTER TABLE risk.audit_log DISABLE TRIGGER audit_log_no_update_or_delete`);
    await db.query(
      `UPDATE risk.audit_log SET details = jsonb_set(details, '{rationale}', '"vervalst"') WHERE seq = 2`,
    );
    let status = (await graphql(platform.graphqlUrl, AUDIT, {}, auditor)).data.riskAuditLog;
    expect(status.intact).toBe(false);
    expect(status.problems).toEqual([expect.objectContaining({ seq: 2, problem: 'ALTERED' })]);

    await db.query(`DELETE FROM risk.audit_log WHERE seq = 1`);
    status = (await graphql(platform.graphqlUrl, AUDIT, {}, auditor)).data.riskAuditLog;
    expect(status.problems.map((p: { seq: number; problem: string }) => `${p.seq}:${p.problem}`)).toEqual([
      '1:MISSING',
      '2:ALTERED',
    ]);
  });
});
