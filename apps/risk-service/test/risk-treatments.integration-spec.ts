import { DataSource } from 'typeorm';
import { DomainError, SystemClock, toIsoDate } from '@mkib/domain-shared';
import type { Principal, Role } from '@mkib/server-auth';
import { ActingContext, InProcessTransport } from '@mkib/server-messaging';
import { RunningService, startService } from '@mkib/server-runtime';
import { createTestDatabase, TestDatabase } from '@mkib/testing';
import { RiskAnalysisService } from '../src/analysis/risk-analysis.service';
import { RiskTreatmentStatus1765497600100 } from '../src/migrations/1765497600100-risk-treatment-status';
import { riskService } from '../src/risk.service-definition';

/**
 * A treatment's status (issue 17) on a real PostgreSQL server: finalising announces each treatment
 * (`risk.treatment.changed` OPEN, the superseded version's VERVALLEN); completeRiskTreatment refuses in the
 * house order and writes nothing then; one winner under concurrency; the upgrade announces existing ones.
 */
let db: TestDatabase;
let service: RunningService;
let analyses: RiskAnalysisService;
const clock = new SystemClock();
const day = (offset: number) => toIsoDate(new Date(clock.now().getTime() + offset * 86_400_000));

const principal = (username: string, party: string, roles: Role[]): Principal => ({
  subject: username,
  username,
  party,
  roles,
  responsibleParty: null,
});
const acting = (p: Principal): ActingContext => ({ actor: p.username, party: p.party, correlationId: 'c' });
const politie = principal('security-officer@politie', 'politie', ['security-officer']);
const colleague = principal('security-officer2@politie', 'politie', ['security-officer']);
const ambulance = principal('security-officer@ambulance', 'ambulance', ['security-officer']);

async function errorOf(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}

const counts = async () => {
  const [row] = await db.query(
    `SELECT (SELECT count(*) FROM risk.audit_log)::int AS audit, (SELECT count(*) FROM risk.outbox)::int AS outbox,
            (SELECT count(*) FROM risk.treatment WHERE status = 'AFGEROND')::int AS done`,
  );
  return row;
};

type Changed = {
  treatmentId: string;
  originId: string;
  analysisVersion: number;
  kind: string;
  status: string;
  completedBy: string | null;
};
const changed = async (number: string): Promise<(Changed & { key: string })[]> =>
  (
    await db.query(
      `SELECT message_key, envelope FROM risk.outbox
        WHERE envelope->>'type' = 'risk.treatment.changed' AND envelope->'data'->>'analysisNumber' = $1
        ORDER BY seq`,
      [number],
    )
  ).map((r: { message_key: string; envelope: { data: Changed } }) => ({
    ...r.envelope.data,
    key: r.message_key,
  }));

const risk = (title: string, kind: string) => ({
  title,
  description: 'Omschrijving',
  facilityCode: 'GMS',
  threatIndexes: [0],
  inherent: { likelihood: 3, impact: 3 },
  residual: { likelihood: 1, impact: 1 },
  treatment: {
    kind,
    description: `Behandeling ${kind}`,
    measures: kind === 'MITIGEREN' ? [{ frameworkCode: 'BIO2', identifier: '8.22' }] : [],
    owner: 'CISO',
    dueDate: day(60),
  },
});

/** A final own-use analysis of politie with an OVERDRAGEN, a MITIGEREN and an ACCEPTEREN treatment. */
async function finalAnalysis() {
  const draft = await analyses.draft(politie, acting(politie), {
    title: 'Eigen gebruik GMS',
    description: '',
    scope: 'EIGEN_GEBRUIK',
    facilityCodes: ['GMS'],
  });
  await analyses.update(politie, acting(politie), {
    id: draft.id,
    title: draft.title,
    description: '',
    threats: [{ catalogueCode: 'STATELIJKE_ACTOREN' }],
    risks: [risk('Uitval', 'OVERDRAGEN'), risk('Inbraak', 'MITIGEREN'), risk('Storing', 'ACCEPTEREN')],
  });
  return analyses.finalise(politie, acting(politie), { analysisId: draft.id });
}

beforeAll(async () => {
  db = (await createTestDatabase())!;
  service = await startService(riskService, {
    database: { url: db.url },
    transport: new InProcessTransport(),
    issuer: 'http://127.0.0.1:1/realms/meldkamer',
    host: '127.0.0.1',
    port: 0,
    development: false,
    clock,
    auditAnchorIntervalMs: 0,
  });
  analyses = service.app.get(RiskAnalysisService);
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

describe('treatments of a final analysis: status and risk.treatment.changed', () => {
  let v1: Awaited<ReturnType<typeof finalAnalysis>>;

  it('finalising announces each treatment OPEN, keyed by its id', async () => {
    v1 = await finalAnalysis();
    expect(v1.risks.map((r) => r.treatment.status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
    expect(await changed(v1.number)).toEqual(
      v1.risks.map((r) =>
        expect.objectContaining({
          key: r.treatment.id,
          treatmentId: r.treatment.id,
          originId: r.treatment.originId,
          analysisVersion: 1,
          kind: r.treatment.kind,
          status: 'OPEN',
          completedBy: null,
        }),
      ),
    );
  });

  it('refuses in the house order and writes nothing then', async () => {
    const [transfer, mitigate] = v1.risks.map((r) => r.treatment.id);
    const before = await counts();
    const refusals = [
      await errorOf(analyses.completeTreatment(politie, acting(politie), { treatmentId: 'x', note: 'n' })),
      await errorOf(
        analyses.completeTreatment(ambulance, acting(ambulance), { treatmentId: transfer, note: 'n' }),
      ),
      await errorOf(
        analyses.completeTreatment(politie, acting(politie), { treatmentId: transfer, note: '  ' }),
      ),
      await errorOf(
        analyses.completeTreatment(politie, acting(politie), { treatmentId: mitigate, note: 'n' }),
      ),
    ].map((e) => [e.code, e.key]);
    expect(refusals).toEqual([
      ['NOT_FOUND', 'risk.treatment.notFound'],
      ['NOT_FOUND', 'risk.treatment.notFound'],
      ['BAD_USER_INPUT', expect.anything()],
      ['CONFLICT', 'risk.treatment.mitigationIsFinding'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('one winner when two complete the same treatment at once; audit and event once', async () => {
    const transfer = v1.risks[0].treatment.id;
    const before = await counts();
    const results = await Promise.allSettled([
      analyses.completeTreatment(politie, acting(politie), {
        treatmentId: transfer,
        note: ' Contract getekend ',
      }),
      analyses.completeTreatment(colleague, acting(colleague), { treatmentId: transfer, note: 'Ook gereed' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as DomainError).key)).toEqual(['risk.treatment.alreadyCompleted']);
    expect(await counts()).toEqual({
      audit: before.audit + 1,
      outbox: before.outbox + 1,
      done: before.done + 1,
    });
    const done = (await analyses.view(politie, v1.id)).risks[0].treatment;
    expect(done).toMatchObject({
      status: 'AFGEROND',
      completedBy: expect.stringMatching(/^security-officer/),
    });
    expect(['Contract getekend', 'Ook gereed']).toContain(done.completionNote);
    const last = (await changed(v1.number)).at(-1);
    expect(last).toMatchObject({ treatmentId: transfer, status: 'AFGEROND', completedBy: done.completedBy });
    // An acceptance can be reported done as well (it is not a finding).
    await analyses.completeTreatment(politie, acting(politie), {
      treatmentId: v1.risks[2].treatment.id,
      note: 'n',
    });
  });

  it('a new final version announces its treatments OPEN and the superseded ones VERVALLEN', async () => {
    const v2 = await analyses.revise(politie, acting(politie), v1.id);
    // Not final yet: nothing to report done.
    expect(
      (
        await errorOf(
          analyses.completeTreatment(politie, acting(politie), {
            treatmentId: v2.risks[0].treatment.id,
            note: 'n',
          }),
        )
      ).key,
    ).toBe('risk.treatment.analysisNotFinal');
    const before = (await changed(v1.number)).length;
    const final = await analyses.finalise(politie, acting(politie), { analysisId: v2.id });
    expect(final.risks.map((r) => r.treatment.status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
    const events = (await changed(v1.number)).slice(before);
    expect(events.map((e) => [e.treatmentId, e.analysisVersion, e.status])).toEqual([
      ...final.risks.map((r) => [r.treatment.id, 2, 'OPEN']),
      ...v1.risks.map((r) => [r.treatment.id, 1, 'VERVALLEN']),
    ]);
    expect(events.slice(0, 3).map((e) => e.originId)).toEqual(v1.risks.map((r) => r.treatment.originId));
    // The superseded version's treatments can no longer be reported done.
    expect(
      (
        await errorOf(
          analyses.completeTreatment(politie, acting(politie), {
            treatmentId: v1.risks[0].treatment.id,
            note: 'n',
          }),
        )
      ).key,
    ).toBe('risk.treatment.analysisNotFinal');
  });

  it('the upgrade announces every treatment of every current final analysis once', async () => {
    const runner = service.app.get(DataSource).createQueryRunner();
    try {
      await runner.query(`ALTER TABLE risk.treatment
        DROP COLUMN status, DROP COLUMN completed_by, DROP COLUMN completed_at, DROP COLUMN completion_note`);
      const before = (await changed(v1.number)).length;
      await new RiskTreatmentStatus1765497600100().up(runner);
      const current: { id: string }[] = await db.query(
        `SELECT t.id FROM risk.treatment t JOIN risk.risk r ON r.id = t.risk_id
           JOIN risk.analysis a ON a.id = r.analysis_id WHERE a.state = 'DEFINITIEF' ORDER BY r.position`,
      );
      const announced = (await changed(v1.number)).slice(before);
      expect(announced.map((e) => [e.treatmentId, e.status, e.analysisVersion])).toEqual(
        current.map((t) => [t.id, 'OPEN', 2]),
      );
    } finally {
      await runner.release();
    }
  });
});
