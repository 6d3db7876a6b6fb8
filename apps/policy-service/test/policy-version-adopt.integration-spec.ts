import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SystemClock } from '@mkib/domain-shared';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { createServiceDataSource, migrate } from '@mkib/server-persistence';
import { createTestDatabase, TestDatabase } from '@mkib/testing';
import { CatalogueService } from '../src/catalogue/catalogue.service';
import { policyService } from '../src/policy.service-definition';
import { PolicyVersionService } from '../src/policy-document/policy-version.service';
import { ProfileService } from '../src/profile/profile.service';

/**
 * Publishing a policy version inside an adoption's unit of work (SK-3.1) on a real PostgreSQL server:
 * the version in force plus the text edits, the requirements in force now, one audit entry and one
 * event; two adoptions at once get consecutive numbers; a unit of work that fails leaves nothing.
 */
let db: TestDatabase;
let source: DataSource;
let uow: UnitOfWork;
let versions: PolicyVersionService;
const acting = (): ActingContext => ({ actor: 'bmb-member@bmb', party: 'bmb', correlationId: randomUUID() });
const input = (title: string, recalibrationMonths: number) => ({
  proposalId: randomUUID(),
  agendaItemId: randomUUID(),
  title,
  summary: `Waarom: ${title}`,
  change: { recalibrationMonths, removeRules: [] },
  carriesRequirementChanges: false,
  adoptedBy: 'bmb-member@bmb',
});
const events = () =>
  db.query(
    `SELECT envelope->>'subject' AS subject, envelope->'data' AS data FROM policy.outbox
      WHERE envelope->>'type' = 'policy.version.adopted' ORDER BY seq`,
  );
const audits = () =>
  db.query(
    `SELECT subject, actor FROM policy.audit_log WHERE action = 'policy.version.adopted' ORDER BY seq`,
  );

beforeAll(async () => {
  db = (await createTestDatabase())!;
  source = createServiceDataSource({
    connection: { url: db.url },
    schema: 'policy',
    entities: policyService.entities,
    migrations: policyService.migrations,
  });
  await source.initialize();
  const clock = new SystemClock();
  await migrate(source, clock);
  uow = new UnitOfWork(source, 'policy', clock);
  const catalogue = new CatalogueService(clock, source, uow);
  versions = new PolicyVersionService(source, new ProfileService(clock, source, uow, catalogue));
});
afterAll(async () => {
  await source?.destroy();
  await db?.drop();
});

describe('[SK-3.1] publishing a policy version on adoption', () => {
  it('seeds version 1 with the requirements in force at migration time', async () => {
    const v1 = await versions.inForce();
    expect(v1).toMatchObject({ version: 1, inForce: true, adoptedBy: 'system:seed', proposalId: null });
    expect(v1.requirements).toEqual({
      bbnProfileVersion: 1,
      catalogue: [expect.objectContaining({ code: 'BIO2', version: expect.stringMatching(/^1\.3/) })],
    });
  });

  it('publishes version 2 with the edits, one audit entry and one event', async () => {
    const i = input('Herijking elk half jaar', 6);
    const result = await uow.run(acting(), (tx) => versions.adopt(tx, i));
    expect(result).toEqual({ version: 2, previousVersion: 1, changeCount: 1 });
    const v2 = await versions.inForce();
    expect(v2).toMatchObject({
      version: 2,
      title: 'Herijking elk half jaar',
      proposalId: i.proposalId,
      agendaItemId: i.agendaItemId,
      adoptedBy: 'bmb-member@bmb',
    });
    expect(v2.content.recalibrationMonths).toBe(6);
    expect((await versions.version(1)).inForce).toBe(false);
    expect(await versions.diff(1, 2)).toEqual([
      expect.objectContaining({ part: 'RELIABILITY', key: 'recalibrationMonths', change: 'CHANGED' }),
    ]);
    expect(await audits()).toEqual([{ subject: 'v2', actor: 'bmb-member@bmb' }]);
    expect(await events()).toEqual([
      {
        subject: 'v2',
        data: expect.objectContaining({
          version: 2,
          previousVersion: 1,
          proposalId: i.proposalId,
          bbnProfileVersion: 1,
          changeCount: 1,
          carriesRequirementChanges: false,
        }),
      },
    ]);
  });

  it('gives two adoptions at once consecutive versions', async () => {
    const results = await Promise.all([
      uow.run(acting(), (tx) => versions.adopt(tx, input('Eerste', 9))),
      uow.run(acting(), (tx) => versions.adopt(tx, input('Tweede', 18))),
    ]);
    expect(results.map((r) => r.version).sort()).toEqual([3, 4]);
    expect(results.map((r) => r.previousVersion).sort()).toEqual([2, 3]);
    expect((await versions.versions()).map((v) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it('leaves no version, audit entry or event when the unit of work fails', async () => {
    await expect(
      uow.run(acting(), async (tx) => {
        await versions.adopt(tx, input('Mislukt', 24));
        throw new Error('the carried change failed');
      }),
    ).rejects.toThrow('the carried change failed');
    expect((await versions.inForce()).version).toBe(4);
    expect(await audits()).toHaveLength(3);
    expect(await events()).toHaveLength(3);
  });

  it('checks edits against the version in force and previews them', async () => {
    const problems = await versions.checkChange(
      {
        setNorms: [
          {
            key: 'N-12',
            title: 'Onbekend',
            text: 'Een norm met een maatregel die er niet is.',
            measures: [{ frameworkCode: 'BIO2', identifier: '9.99.99' }],
          },
        ],
      },
      source.manager,
    );
    expect(problems.map((p) => `${p.field} ${p.key}`)).toEqual([
      'input.change.setNorms[0].measures[0] policy.ref.unknown',
    ]);
    expect(await versions.preview({ removeNorms: ['N-11'] })).toEqual([
      expect.objectContaining({ part: 'NORM', key: 'N-11', change: 'REMOVED', after: null }),
    ]);
  });
});
