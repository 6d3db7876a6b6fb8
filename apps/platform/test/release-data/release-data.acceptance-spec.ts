import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
import { readEverything, RELEASE_DATA_ACCOUNTS } from './read-everything';

/**
 * An existing installation keeps working: the data folder written by release 0.1 (a whole year, the
 * catalogue's changes; made by capture-release-data.ts) starts on today's code, its migrations run, and
 * every account reads exactly what it read before, every audit chain intact.
 */
let folder: string;
let platform: PlatformProcess;
let expected: { year: number; everything: Record<string, any> };
const tokens: Record<string, string> = {};

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'mkib-release-0.1-'));
  execFileSync('tar', ['-xJf', join(__dirname, 'release-0.1.tar.xz'), '-C', folder]);
  expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
  // Read within the year window the platform takes (two back, one ahead), whatever today is.
  const MKIB_NOW = `${expected.year}-12-01T10:00:00.000Z`;
  platform = await startPlatformProcess({ MKIB_NOW }, 120_000, { dataDir: join(folder, 'data') });
  for (const account of RELEASE_DATA_ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(async () => {
  await platform?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * Issue 12 (comply or explain) changes one thing users read on purpose: a measure nobody assessed counts
 * as not implemented, so where release 0.1 proposed no statement (`proposedStatement: null`, measures
 * unassessed) today's code proposes one. Only that field, only from null to a statement, is taken over.
 */
const STATEMENTS = ['IN_CONTROL', 'IN_CONTROL_MET_UITZONDERINGEN', 'NIET_IN_CONTROL'];
function acceptProposalsOfUnassessed(before: any, after: any): void {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return;
  for (const key of Object.keys(before)) {
    if (key === 'proposedStatement' && before[key] === null && STATEMENTS.includes(after[key]))
      before[key] = after[key];
    else acceptProposalsOfUnassessed(before[key], after[key]);
  }
}

describe('the data folder of release 0.1 on today’s code', () => {
  let now: Record<string, any>;
  beforeAll(async () => {
    now = await readEverything(platform.graphqlUrl, (a) => tokens[a], expected.year);
    acceptProposalsOfUnassessed(expected.everything, now);
  });

  it('holds a whole year: the cycle, every ICV version, the agenda with advice and decisions', () => {
    const year = expected.everything['auditor@jenv'].year;
    expect(year.icvs.length).toBeGreaterThanOrEqual(3);
    expect(year.agenda.some((a: { decision: string | null }) => a.decision)).toBe(true);
    expect(now['auditor@jenv'].year).toEqual(year);
  });

  it.each(RELEASE_DATA_ACCOUNTS)('%s reads every record it read before', (account) => {
    expect(now[account]).toEqual(expected.everything[account]);
  });

  it('keeps every requirement, assessment and evidence file', () => {
    expect(now.requirements).toEqual(expected.everything.requirements);
    expect(now.assessments).toEqual(expected.everything.assessments);
    expect(Object.keys(now.evidence).length).toBeGreaterThan(0);
    expect(now.evidence).toEqual(expected.everything.evidence);
  });

  it('gives every ICV version submitted before snapshots existed a snapshot of what it showed (backfill)', async () => {
    const r = await graphql(
      platform.graphqlUrl,
      `
        query ($y: Int!) {
          icvs(year: $y) {
            party
            state
            versions {
              version
              state
              submittedAt
              snapshot {
                version
                origin
                takenAt
                proposedStatement
                progress {
                  applicable
                  assessed
                  implemented
                }
                entries {
                  frameworkCode
                  identifier
                  title
                  text
                }
              }
            }
          }
        }
      `,
      { y: expected.year },
      tokens['auditor@jenv'],
    );
    const versions = r.data.icvs.flatMap((i: { party: string; versions: any[] }) =>
      i.versions.map((v) => ({ ...v, party: i.party })),
    );
    const submitted = versions.filter((v: { submittedAt: string | null }) => v.submittedAt);
    expect(submitted.length).toBeGreaterThan(0);
    for (const v of submitted) {
      expect(v.snapshot).toEqual(
        expect.objectContaining({ version: v.version, origin: 'MIGRATION', takenAt: v.submittedAt }),
      );
      // Titles and texts are copied from the catalogue as it stood at the upgrade (none for a measure
      // an import of release 0.1 removed from it).
      for (const e of v.snapshot.entries) {
        const r = (now.requirements[e.frameworkCode] ?? []).find(
          (x: { identifier: string }) => x.identifier === e.identifier,
        );
        expect({ title: e.title, text: e.text }).toEqual({ title: r?.title ?? null, text: r?.text ?? null });
      }
      expect(v.snapshot.entries.some((e: { text: string | null }) => e.text)).toBe(true);
      if (v.state === 'INGEDIEND') {
        const a = now.assessments[v.party].assessment;
        expect(v.snapshot.proposedStatement).toBe(a.proposedStatement);
        expect(v.snapshot.progress).toEqual({
          applicable: a.progress.applicable,
          assessed: a.progress.assessed,
          implemented: a.progress.implemented,
        });
      }
    }
    for (const v of versions.filter((v: { submittedAt: string | null }) => !v.submittedAt))
      expect(v.snapshot).toBeNull();
  });

  it('keeps every audit chain intact, none shorter than it was', () => {
    for (const [name, before] of Object.entries(expected.everything.audit as Record<string, any>)) {
      expect(now.audit[name].intact).toBe(true);
      expect(now.audit[name].entries).toBeGreaterThanOrEqual(before.entries);
    }
  });
});
