import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyMessages } from '@mkib/domain-policy';
import { icvMessages } from '@mkib/domain-icv';
import { MessageCatalogue, placeholdersOf, sharedMessages } from '@mkib/domain-shared';
import { governanceMessages } from '@mkib/domain-governance';
import { riskMessages } from '@mkib/domain-risk';
import { serverMessagesNl } from '../../libs/web/i18n/src/server-messages';

/**
 * Every message key the server can send has a Dutch text, with the same parameters: no English or raw
 * key reaches the Dutch interface. The catalogues are typed, so the code can only use keys listed here.
 */
const catalogues: Record<string, MessageCatalogue> = {
  governance: governanceMessages,
  risk: riskMessages,
  shared: sharedMessages,
  policy: policyMessages,
  icv: icvMessages,
};

describe('server message keys', () => {
  const all = Object.entries(catalogues).flatMap(([context, c]) =>
    Object.entries(c).map(([key, en]) => ({ context, key, en })),
  );

  it('are unique across the contexts', () => {
    const keys = all.map((m) => m.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('each have a Dutch text', () => {
    expect(all.filter((m) => !serverMessagesNl[m.key]?.trim()).map((m) => `${m.context}: ${m.key}`)).toEqual(
      [],
    );
  });

  it('use in Dutch only the parameters the server sends', () => {
    const wrong = all.filter((m) => {
      const nl = serverMessagesNl[m.key];
      return nl && placeholdersOf(nl).some((p) => !placeholdersOf(m.en).includes(p) && p !== 'message');
    });
    expect(wrong.map((m) => m.key)).toEqual([]);
  });

  it('have no Dutch text for a key the server does not know', () => {
    const known = new Set(all.map((m) => m.key));
    expect(Object.keys(serverMessagesNl).filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('server code', () => {
  // Errors are made by the catalogues' typed helpers (messagesOf), so each carries a key. These patterns
  // would make one without: a hand-written field problem, or a DomainError built by hand.
  const root = join(__dirname, '..', '..');
  const sources = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'test' ? [] : sources(path);
      return /\.ts$/.test(e.name) && !/(\.spec\.ts|spec-helper\.ts)$/.test(e.name) ? [path] : [];
    });
  const files = [
    ...readdirSync(join(root, 'apps')).flatMap((app) =>
      existsSync(join(root, 'apps', app, 'src')) ? sources(`apps/${app}/src`) : [],
    ),
    ...sources('libs/domain').filter((f) => !f.startsWith('libs/domain/shared/')),
    ...sources('libs/server'),
  ];
  const matching = (pattern: RegExp) =>
    files.flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );

  it('writes no field problem by hand', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(matching(/\{ *field: [^}]*message: *['"`]/)).toEqual([]);
  });

  it('builds no DomainError by hand outside the shared helpers', () => {
    // The policy import refusal carries its own key and counts (framework-import.ts).
    expect(
      matching(/new DomainError\(/).filter(
        (l) => !l.startsWith('libs/domain/policy/src/framework-import.ts'),
      ),
    ).toEqual([]);
  });
});
