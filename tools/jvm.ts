import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The newest JDK under /usr/lib/jvm (or JAVA_HOME) of at least `minimum`, for the Java servers CI runs. */
export function findJavaHome(minimum: number, forWhat: string): string {
  const candidates = [
    process.env.JAVA_HOME,
    ...readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)),
  ].filter((d): d is string => !!d && existsSync(join(d, 'bin', 'java')));
  const withVersion = candidates.map((home) => {
    // `java -version` writes to stderr.
    const text = spawnSync(join(home, 'bin', 'java'), ['-version'], { encoding: 'utf8' }).stderr ?? '';
    const m = /version "(\d+)/.exec(text);
    return { home, major: m ? Number(m[1]) : 0 };
  });
  const usable = withVersion.filter((j) => j.major >= minimum).sort((a, b) => b.major - a.major);
  if (!usable.length) {
    throw new Error(
      `${forWhat} needs Java ${minimum}+; found ${withVersion.map((j) => `${j.home} (${j.major})`).join(', ') || 'none'}`,
    );
  }
  return usable[0].home;
}
