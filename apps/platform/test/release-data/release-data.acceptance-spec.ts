import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformProcess, signIn, startPlatformProcess } from '@mkib/testing';
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
  platform = await startPlatformProcess({}, 120_000, { dataDir: join(folder, 'data') });
  for (const account of RELEASE_DATA_ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(async () => {
  await platform?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the data folder of release 0.1 on today’s code', () => {
  let now: Record<string, any>;
  beforeAll(async () => {
    now = await readEverything(platform.graphqlUrl, (a) => tokens[a], expected.year);
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

  it('keeps every audit chain intact, none shorter than it was', () => {
    for (const [name, before] of Object.entries(expected.everything.audit as Record<string, any>)) {
      expect(now.audit[name].intact).toBe(true);
      expect(now.audit[name].entries).toBeGreaterThanOrEqual(before.entries);
    }
  });
});
