/**
 * How `release-0.1.tar.xz` was made (run once, on the release's own code, commit 1b261b7):
 *   MKIB_CAPTURE_TO=/tmp/release-0.1 (copy this file to capture.acceptance-spec.ts) npx jest --selectProjects acceptance capture.acceptance
 * A whole year (the year walk), then the catalogue's own changes (an imported framework, mappings, a
 * supplementary analysis above BBN2, a new BBN profile, a party's own framework attached), then what
 * every account reads is written next to the data folder as `expected.json`.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphql, PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
import { describeYearWalk, YEAR_WALK_ACCOUNTS } from '../year-walk';
import { readEverything, RELEASE_DATA_ACCOUNTS } from './read-everything';

const target = process.env.MKIB_CAPTURE_TO;
const YEAR = new Date().getUTCFullYear();
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures/catalogue', name), 'utf8');
const as = (account: string) => (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);

(target ? describe : describe.skip)('capture a release data folder', () => {
  beforeAll(async () => {
    mkdirSync(target!, { recursive: true });
    platform = await startPlatformProcess({}, 120_000, { dataDir: join(target!, 'data'), keepDataDir: true });
    for (const account of new Set([
      ...YEAR_WALK_ACCOUNTS,
      ...RELEASE_DATA_ACCOUNTS,
      'security-officer@ambulance',
    ]))
      tokens[account] = (
        await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
      ).accessToken;
  });
  afterAll(async () => {
    const everything = await readEverything(platform.graphqlUrl, (a) => tokens[a], YEAR);
    writeFileSync(join(target!, 'expected.json'), JSON.stringify({ year: YEAR, everything }, null, 1));
    await platform.stop();
    cpSync(join(__dirname, 'read-everything.ts'), join(target!, 'read-everything.ts'));
  });

  describeYearWalk('the year', {
    graphqlUrl: () => platform.graphqlUrl,
    token: (account) => tokens[account],
  });

  it('the catalogue changes after the year', async () => {
    const lms = as('lms-operator@lms');
    const meta = {
      name: 'Zorgnorm meldkamer ambulancezorg (voorbeeld)',
      version: '2026',
      publisher: 'MKIB-project',
      licence: 'CC0 1.0',
      attribution: 'Voorbeeld van het MKIB-project',
    };
    const ok = (r: any) => {
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    ok(
      await lms(`mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { imported } }`, {
        i: {
          code: 'ZORGNORM',
          format: 'CSV',
          content: fixture('zorgnorm-sample.csv'),
          metadata: meta,
          dryRun: false,
        },
      }),
    );
    ok(
      await lms(`mutation($i: ImportFrameworkInput!) { importFramework(input: $i) { imported } }`, {
        i: { code: 'C2000', format: 'OSCAL', content: fixture('c2000-sample.oscal.json'), dryRun: false },
      }),
    );
    ok(
      await lms(`mutation($i: ImportMappingsInput!) { importMappings(input: $i) { imported } }`, {
        i: { content: fixture('mappings-sample.csv'), dryRun: false },
      }),
    );
    ok(
      await lms(
        `mutation($i: SetSupplementaryMeasuresInput!) { setSupplementaryMeasures(input: $i) { facilityCode } }`,
        {
          i: {
            facilityCode: 'OIS',
            rationale: 'Aanvullende risicoanalyse OIS',
            measures: [
              { frameworkCode: 'BIO2', identifier: '8.16' },
              { frameworkCode: 'C2000', identifier: 'T.1.2' },
            ],
          },
        },
      ),
    );
    ok(
      await lms(`mutation($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { bbn } }`, {
        i: {
          facilityCode: 'OIS',
          biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
          bbn: 3,
          rationale: 'BBN3 na de aanvullende analyse',
          reviewDue: `${YEAR + 1}-11-30`,
        },
      }),
    );
    const current = ok(await lms('{ bbnProfile { levels { bbn introduced { frameworkCode identifier } } } }'))
      .bbnProfile.levels as { bbn: number; introduced: { frameworkCode: string; identifier: string }[] }[];
    ok(
      await lms(`mutation($i: PublishBbnProfileInput!) { publishBbnProfile(input: $i) { version } }`, {
        i: {
          rationale: 'BBN2 voegt 8.16 toe',
          levels: current.map((l) => ({
            bbn: l.bbn,
            measures: l.bbn === 2 ? [{ frameworkCode: 'BIO2', identifier: '8.16' }] : l.introduced,
          })),
        },
      }),
    );
    const ambulance = as('security-officer@ambulance');
    ok(
      await ambulance(
        `mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported } }`,
        {
          i: {
            code: 'AMBU-EIGEN',
            format: 'CSV',
            content: fixture('zorgnorm-sample.csv'),
            metadata: meta,
            dryRun: false,
          },
        },
      ),
    );
    ok(await ambulance('mutation { attachFramework(frameworkCode: "AMBU-EIGEN") { code } }'));
  });
});
