import { resources } from './resources';

/** Every text exists in both languages: a missing key would show its raw name to a user. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(resources.en.translation).sort()).toEqual(keys(resources.nl.translation).sort());
  });
});
