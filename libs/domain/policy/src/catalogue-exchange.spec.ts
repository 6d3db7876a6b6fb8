import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bio2Framework } from './bio';
import { frameworkFromCsv, mergeCsvIntoFramework } from './csv-import';
import { mappingsFromCsv, inverseRelationship } from './mappings';
import { frameworkFromOscal, frameworkToOscal, validateOscalCatalog } from './oscal';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../../../apps/platform/test/fixtures/catalogue', name), 'utf8');
const byIdentifier = <T extends { identifier: string }>(list: T[]) =>
  [...list].sort((a, b) => a.identifier.localeCompare(b.identifier));
const exportOptions = {
  uuid: '2b7c1d5e-8f3a-4c2b-9d1e-0a1b2c3d4e5f',
  partyUuid: '3b7c1d5e-8f3a-4c2b-9d1e-0a1b2c3d4e5f',
  lastModified: new Date(),
};

describe('[SK-2.1] framework import from CSV', () => {
  it('reads the sample: themes, controls and measures with their parents', () => {
    const r = frameworkFromCsv(fixture('zorgnorm-sample.csv'));
    expect(r.problems).toEqual([]);
    expect(r.rowsRead).toBe(9);
    expect(r.requirements.map((x) => `${x.kind}:${x.identifier}<${x.parent ?? ''}`)).toEqual([
      'THEMA:Z.1<',
      'CONTROL:Z.1.1<Z.1',
      'MAATREGEL:Z.1.1.a<Z.1.1',
      'MAATREGEL:Z.1.1.b<Z.1.1',
      'CONTROL:Z.1.2<Z.1',
      'MAATREGEL:Z.1.2.a<Z.1.2',
      'THEMA:Z.2<',
      'CONTROL:Z.2.1<Z.2',
      'MAATREGEL:Z.2.1.a<Z.2.1',
    ]);
  });

  it('reports every bad line of a malformed file with what to fix', () => {
    const r = frameworkFromCsv(fixture('zorgnorm-malformed.csv'));
    expect(r.problems.map((p) => [p.row, p.message])).toEqual([
      [3, 'parent "Z.9" of "Z.1.1" is not in the file'],
      [5, 'identifier is empty'],
      [6, 'identifier "Z.1.1.a" occurs more than once (first at line 4)'],
      [7, 'kind "RICHTLIJN" must be one of THEMA, CONTROL, MAATREGEL'],
      [8, 'a THEMA cannot sit under a THEMA ("Z.1")'],
      [9, 'has 7 fields, the header has 6 (quote texts that contain the separator)'],
    ]);
  });

  it('refuses unknown columns instead of dropping their data', () => {
    const r = frameworkFromCsv('identifier,kind,titel\nA,THEMA,x\n');
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 1, message: expect.stringContaining('unknown column(s) "titel"') }),
    ]);
  });

  it('reads semicolon-separated files and texts over several lines', () => {
    const r = frameworkFromCsv(
      'identifier;kind;parent;text\nA;THEMA;;\nA.1;CONTROL;A;"regel 1\nregel 2; met puntkomma"\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.requirements[1].text).toBe('regel 1\nregel 2; met puntkomma');
  });

  it('merges licensed ISO titles into BIO2 without touching its measures', () => {
    const bio = bio2Framework().requirements;
    const r = mergeCsvIntoFramework(bio, 'identifier,title\n5.15,Eigen titel (gelicentieerd)\n5.99,Nieuw\n');
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 3, message: '"5.99" is new in this framework: give its kind' }),
    ]);
    const ok = mergeCsvIntoFramework(bio, 'identifier,title\n5.15,Eigen titel (gelicentieerd)\n');
    expect(ok.problems).toEqual([]);
    expect(ok.updated).toBe(1);
    expect(ok.requirements.find((x) => x.identifier === '5.15')?.title).toBe('Eigen titel (gelicentieerd)');
    expect(ok.requirements.find((x) => x.identifier === '5.15.01')).toEqual(
      bio.find((x) => x.identifier === '5.15.01'),
    );
  });
});

describe('[SK-2.1] OSCAL catalogs', () => {
  it('exports BIO2 as a catalog that validates against the NIST OSCAL 1.2.1 schema', () => {
    const document = frameworkToOscal(bio2Framework(), exportOptions);
    expect(validateOscalCatalog(document)).toEqual([]);
  });

  it('reads its own export back to the same requirements and metadata', () => {
    const bio = bio2Framework();
    const back = frameworkFromOscal(JSON.stringify(frameworkToOscal(bio, exportOptions)));
    expect(back.problems).toEqual([]);
    expect(byIdentifier(back.requirements)).toEqual(byIdentifier(bio.requirements));
    expect(back.metadata).toEqual({
      name: bio.name,
      version: bio.version,
      publisher: bio.publisher,
      licence: bio.licence,
      attribution: bio.attribution,
      source: bio.source,
    });
  });

  it('reports every schema violation of a bad catalog by its path', () => {
    const r = frameworkFromOscal(fixture('c2000-invalid.oscal.json'));
    expect(r.requirements).toEqual([]);
    expect(r.problems.map((p) => p.path)).toEqual([
      '/catalog/uuid',
      '/catalog/metadata',
      '/catalog/groups/0/controls/0/id',
      '/catalog/groups/0/controls/1',
      '/catalog/groups/0/controls/1',
    ]);
    expect(r.problems[1].message).toBe('misses the required property "last-modified"');
  });

  it('says when the file is not JSON at all', () => {
    expect(frameworkFromOscal('{ "catalog": ').problems).toEqual([
      expect.objectContaining({ path: '/', message: expect.stringMatching(/^the file is not JSON/) }),
    ]);
  });

  it('maps groups to themes and nested controls to measures', () => {
    const r = frameworkFromOscal(fixture('c2000-sample.oscal.json'));
    expect(r.problems).toEqual([]);
    expect(r.requirements.map((x) => `${x.kind}:${x.identifier}<${x.parent ?? ''}`)).toEqual([
      'THEMA:T<',
      'CONTROL:T.1<T',
      'MAATREGEL:T.1.1<T.1',
      'MAATREGEL:T.1.2<T.1',
    ]);
    expect(r.metadata.publisher).toBe('Landelijke Meldkamer Samenwerking');
  });
});

describe('mappings between frameworks', () => {
  const known = new Set([
    'BIO2:5.15.01',
    'BIO2:8.15.01',
    'BIO2:5.30.01',
    'ZORGNORM:Z.1.1.a',
    'ZORGNORM:Z.1.1.b',
    'ZORGNORM:Z.2.1.a',
  ]);
  const exists = (f: string, id?: string) =>
    id === undefined ? ['BIO2', 'ZORGNORM'].includes(f) : known.has(`${f}:${id}`);

  it('reads the sample with its relationships', () => {
    const r = mappingsFromCsv(fixture('mappings-sample.csv'), exists);
    expect(r.problems).toEqual([]);
    expect(r.mappings.map((m) => m.relationship)).toEqual(['INTERSECTS', 'SUBSET', 'RELATED']);
  });

  it('reports each bad row: unknown requirement, unknown framework, bad relationship, duplicate', () => {
    const r = mappingsFromCsv(fixture('mappings-malformed.csv'), exists);
    expect(r.problems.map((p) => [p.row, p.message])).toEqual([
      [3, 'source "9.99.99" is not a requirement of BIO2'],
      [4, 'source framework "ONBEKEND" is not in the common catalogue'],
      [5, 'relationship "lijkt-op" must be one of EQUIVALENT, SUBSET, SUPERSET, INTERSECTS, RELATED'],
      [6, 'the same mapping is on line 2'],
    ]);
  });

  it('reads a relationship from the other side as its inverse', () => {
    expect(inverseRelationship('SUBSET')).toBe('SUPERSET');
    expect(inverseRelationship('SUPERSET')).toBe('SUBSET');
    expect(inverseRelationship('INTERSECTS')).toBe('INTERSECTS');
  });
});
