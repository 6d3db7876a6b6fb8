import { DataSource, Logger } from 'typeorm';
import { Principal } from '@mkib/server-auth';
import { RequestLoaders } from '@mkib/server-graphql';
import { UnitOfWork } from '@mkib/server-messaging';
import { createServiceDataSource, migrate } from '@mkib/server-persistence';
import { createTestDatabase, TestDatabase } from '@mkib/testing';
import { AssessmentRepository } from '../src/assessment/assessment.repository';
import { AssessmentService } from '../src/assessment/assessment.service';
import { IcvRepository } from '../src/icv/icv.repository';
import { IcvService } from '../src/icv/icv.service';
import { icvService } from '../src/icv.service-definition';
import { MedegebruikerReportService } from '../src/medegebruiker-report/medegebruiker-report.service';
import { ApplicableMeasureRepository } from '../src/read-models/applicable-measure.repository';
import { PartyRefRepository } from '../src/read-models/party-ref.repository';
import { IcvRequestBatches } from '../src/request-batches';

/**
 * No N+1 in the icv subgraph: the reads behind the main queries cost the same number of SQL statements
 * whatever the number of measures or ICVs. The fields are resolved the way GraphQL resolves them: the
 * parent first, then every per-parent field in the same tick, through one request's loaders. (On the
 * real PostgreSQL: the embedded one loads with import(), which Jest does not offer here.)
 */
const YEAR = new Date().getUTCFullYear();
let db: TestDatabase;
let dataSource: DataSource;
let statements = 0;
let assessments: AssessmentService;
let icvs: IcvService;
let batches: IcvRequestBatches;

const counting: Logger = {
  logQuery: () => void statements++,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
async function count(work: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await work();
  return statements;
}
const auditor: Principal = {
  subject: 'auditor@jenv',
  username: 'auditor@jenv',
  party: 'jenv',
  roles: ['auditor'],
  responsibleParty: null,
};

async function seedAssessment(party: string, measures: number) {
  const m = dataSource.manager;
  const list = Array.from({ length: measures }, (_, i) => ({
    frameworkCode: 'BIO2',
    identifier: `5.${String(i + 1).padStart(2, '0')}.01`,
    facilities: i % 2 ? ['GMS'] : ['GMS', 'OIS'],
  }));
  await new ApplicableMeasureRepository(m).replace(party, 1, list, new Date());
  const repo = new AssessmentRepository(m);
  await repo.saveEntries(
    list.map((x) => ({
      party,
      year: YEAR,
      frameworkCode: x.frameworkCode,
      identifier: x.identifier,
      status: 'GEIMPLEMENTEERD' as const,
      justification: null,
      assessedBy: 'so',
      assessedAt: new Date(),
    })),
  );
  for (const [i, x] of list.entries()) {
    await repo.saveFinding({
      id: `00000000-0000-4000-8000-${String(measures * 1000 + i).padStart(12, '0')}`,
      party,
      year: YEAR,
      frameworkCode: x.frameworkCode,
      identifier: x.identifier,
      description: 'd',
      action: 'a',
      owner: 'o',
      dueDate: `${YEAR + 1}-01-01`,
      status: 'OPEN',
      createdBy: 'so',
      createdAt: new Date(),
      closedBy: null,
      closedAt: null,
    });
    await repo.insertEvidence({
      id: `10000000-0000-4000-8000-${String(measures * 1000 + i).padStart(12, '0')}`,
      party,
      year: YEAR,
      frameworkCode: x.frameworkCode,
      identifier: x.identifier,
      filename: 'x.txt',
      contentType: 'text/plain',
      sizeBytes: 1,
      sha256: 'x',
      content: Buffer.from('x'),
      uploadedBy: 'so',
      uploadedAt: new Date(),
    });
  }
}

/** `assessment(year, party) { findings entries { findings evidence } }` */
async function readAssessment(party: string) {
  const loaders = new RequestLoaders();
  const a = await assessments.assessment(party, YEAR);
  await Promise.all([
    batches.findings(loaders, a),
    ...a.entries.flatMap((e) => [batches.findings(loaders, e), batches.evidence(loaders, e)]),
  ]);
  return a;
}

/** `icvs(year) { proposedStatement coUsers { report } versions }` */
async function readIcvs() {
  const loaders = new RequestLoaders();
  const list = await icvs.icvs(auditor, YEAR);
  await Promise.all(
    list.flatMap((icv) => [
      batches.proposedStatement(loaders, icv),
      batches.medegebruikerReportsTo(loaders, icv),
      batches.versions(loaders, icv.id),
    ]),
  );
  return list;
}

async function startIcv(party: string) {
  await new IcvRepository(dataSource.manager).insert({
    id: `20000000-0000-4000-8000-${party.slice(1).padStart(12, '0')}`,
    version: 1,
    party,
    year: YEAR,
    scope: 'ORGANISATIE_EN_MEDEGEBRUIKERS',
    state: 'CONCEPT',
    statement: null,
    exceptions: [],
    namedMissing: [],
    correctionReason: null,
    createdBy: 'so',
    createdAt: new Date(),
    preparedBy: null,
    preparedAt: null,
    signedBy: null,
    signedAt: null,
    submittedAt: null,
  });
}

beforeAll(async () => {
  db = (await createTestDatabase())!;
  dataSource = createServiceDataSource({
    connection: { url: db.url },
    schema: 'icv',
    entities: icvService.entities,
    migrations: icvService.migrations,
  });
  dataSource.setOptions({ logging: ['query'], logger: counting });
  await dataSource.initialize();
  await migrate(dataSource);
  const unitOfWork = new UnitOfWork(dataSource, 'icv');
  const reports = new MedegebruikerReportService(dataSource, unitOfWork);
  assessments = new AssessmentService(dataSource, unitOfWork);
  icvs = new IcvService(dataSource, unitOfWork, assessments, reports);
  batches = new IcvRequestBatches(dataSource, assessments, reports);
  await new PartyRefRepository(dataSource.manager).replaceAll(
    ['p1', 'p2', 'p3', 'p4'].flatMap((p) => [
      { code: p, kind: 'HOOFDGEBRUIKER', reportsTo: null },
      { code: `${p}-mede`, kind: 'MEDEGEBRUIKER', reportsTo: p },
    ]),
  );
  await seedAssessment('p1', 3);
  await seedAssessment('p2', 60);
}, 120_000);

afterAll(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

describe('SQL statements per request in the icv subgraph', () => {
  it('reads an assessment with its findings and evidence in the same few statements at 3 and at 60 measures', async () => {
    const small = await count(() => readAssessment('p1'));
    const large = await count(() => readAssessment('p2'));
    expect((await readAssessment('p2')).entries).toHaveLength(60);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });

  it('reads the ICVs of a year with their proposed statement, medegebruikers and versions in the same few statements at 1 and at 4 ICVs', async () => {
    await startIcv('p1');
    const one = await count(readIcvs);
    for (const p of ['p2', 'p3', 'p4']) await startIcv(p);
    const four = await count(readIcvs);
    expect(await readIcvs()).toHaveLength(4);
    expect(one).toBeGreaterThan(0);
    expect(four).toBe(one);
    expect(four).toBeLessThanOrEqual(8);
  });
});
