import { byKeys, loadersOf } from './request-loader';

describe('request loaders', () => {
  it('batch the keys asked for in one tick into one call, per request and name, answered in key order', async () => {
    const calls: string[][] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push([...keys]);
      const rows = keys.filter((k) => k !== 'none').map((code) => ({ code, name: code.toUpperCase() }));
      return byKeys(keys, rows.reverse(), (r) => r.code);
    };
    const request = {};
    const loader = () => loadersOf(request).get('party', batch);
    const answers = await Promise.all(['politie', 'lms', 'none', 'politie'].map((k) => loader().load(k)));
    expect(answers).toEqual([
      { code: 'politie', name: 'POLITIE' },
      { code: 'lms', name: 'LMS' },
      null,
      { code: 'politie', name: 'POLITIE' },
    ]);
    expect(calls).toEqual([['politie', 'lms', 'none']]);
    // Another request starts empty.
    await loadersOf({}).get('party', batch).load('lms');
    expect(calls).toHaveLength(2);
  });
});
