import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '@mkib/domain-shared';
import { FrameworkMetadata, RequirementDefinition } from './catalogue';
import { frameworkFromCsv } from './csv-import';
import { MappingDefinition, MappingRelationship, planMappingImport } from './mappings';
import {
  CatalogueState,
  checkImportOwner,
  checkImportRequest,
  FrameworkImportRequest,
  importRefused,
  MAX_IMPORT_CHARACTERS,
  parseFrameworkFile,
  planFrameworkImport,
  RequirementUsage,
} from './framework-import';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../../../apps/platform/test/fixtures/catalogue', name), 'utf8');
const META = { name: 'Zorgnorm', version: '1.0', publisher: 'MKIB', licence: 'CC0 1.0', attribution: '' };
const sample = fixture('zorgnorm-sample.csv');
const sampleRequirements = frameworkFromCsv(sample).requirements;

const framework = (ownerParty: string | null = null): FrameworkMetadata & { ownerParty: string | null } => ({
  code: 'ZORGNORM',
  ...META,
  source: 'https://example.org',
  ownerParty,
});
const empty: CatalogueState = { framework: null, requirements: [], usage: new Map() };
const existing = (
  requirements: RequirementDefinition[] = sampleRequirements,
  usage: [string, RequirementUsage][] = [],
): CatalogueState => ({ framework: framework(), requirements, usage: new Map(usage) });

const plan = (request: Partial<FrameworkImportRequest>, state: CatalogueState) => {
  const r: FrameworkImportRequest = {
    code: 'ZORGNORM',
    format: 'CSV',
    mode: 'CREATE',
    content: sample,
    metadata: META,
    ...request,
  };
  return planFrameworkImport(r, parseFrameworkFile(r, state.requirements), state);
};

describe('checking an import request', () => {
  it('names an empty file, an oversized one and a MERGE of OSCAL, with keys', () => {
    expect(checkImportRequest({ content: '  ', format: 'CSV', mode: 'CREATE' })).toEqual([
      expect.objectContaining({ field: 'input.content', key: 'policy.import.contentEmpty' }),
    ]);
    expect(
      checkImportRequest({ content: 'x'.repeat(MAX_IMPORT_CHARACTERS + 1), format: 'CSV', mode: 'CREATE' }),
    ).toEqual([
      expect.objectContaining({
        field: 'input.content',
        message: `must be at most ${MAX_IMPORT_CHARACTERS} characters`,
        key: 'field.textMax',
      }),
    ]);
    expect(checkImportRequest({ content: '{}', format: 'OSCAL', mode: 'MERGE' })).toEqual([
      expect.objectContaining({ field: 'input.mode', key: 'policy.import.mergeNeedsCsv' }),
    ]);
    expect(checkImportRequest({ content: sample, format: 'CSV', mode: 'CREATE' })).toEqual([]);
  });
});

describe('who may import under a code', () => {
  it('lets the owner (or anyone, for a new code) go on', () => {
    expect(() => checkImportOwner('ZORGNORM', null, empty)).not.toThrow();
    expect(() => checkImportOwner('ZORGNORM', null, existing())).not.toThrow();
  });

  it('refuses the LMS a party’s code (CONFLICT) and a party the common catalogue or another party’s code', () => {
    const own = { ...existing(), framework: framework('ambulance') };
    const code = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return [(e as DomainError).code, (e as DomainError).key];
      }
      return null;
    };
    expect(code(() => checkImportOwner('ZORGNORM', null, own))).toEqual([
      'CONFLICT',
      'policy.import.codeTakenByParty',
    ]);
    expect(code(() => checkImportOwner('ZORGNORM', 'politie', own))).toEqual([
      'FORBIDDEN',
      'policy.import.codeTakenByOtherParty',
    ]);
    expect(code(() => checkImportOwner('ZORGNORM', 'politie', existing()))).toEqual([
      'FORBIDDEN',
      'policy.import.commonFramework',
    ]);
    expect(code(() => checkImportOwner('ZORGNORM', 'ambulance', own))).toBeNull();
  });
});

describe('[SK-2.1] planning a framework import', () => {
  it('creates a new framework: every requirement added, nothing else', () => {
    const p = plan({}, empty);
    expect(p.problems).toEqual([]);
    expect(p.counts).toEqual({
      rowsRead: 9,
      rowsAccepted: 9,
      rowsRejected: 0,
      added: 9,
      updated: 0,
      removed: 0,
    });
    expect(p.changes.added.map((r) => r.identifier)).toContain('Z.1.2.a');
    expect(p.metadata).toEqual(expect.objectContaining({ code: 'ZORGNORM', name: 'Zorgnorm', source: '' }));
  });

  it('refuses to create what exists and to replace or merge what does not', () => {
    expect(plan({}, existing()).problems.map((p) => p.message)).toEqual([
      'framework ZORGNORM exists: choose REPLACE to replace it or MERGE to add to it',
    ]);
    expect(plan({ mode: 'REPLACE' }, empty).problems[0]).toEqual({
      row: null,
      path: 'input.code',
      message: 'there is no framework ZORGNORM to replace',
      key: 'policy.import.nothingToReplace',
      params: { code: 'ZORGNORM' },
    });
  });

  it('reports every bad row of a malformed file with its line, and counts the rows', () => {
    const p = plan({ content: fixture('zorgnorm-malformed.csv') }, empty);
    expect(p.counts).toEqual(expect.objectContaining({ rowsRead: 8, rowsRejected: 6, rowsAccepted: 2 }));
    expect(p.problems.map((x) => x.row)).toEqual([3, 5, 6, 7, 8, 9]);
    expect(p.problems.every((x) => typeof x.key === 'string')).toBe(true);
  });

  it('names each missing metadata field by its path', () => {
    const p = plan({ metadata: { name: 'Zorgnorm' } }, empty);
    expect(p.problems.map((x) => [x.path, x.key])).toEqual([
      ['input.metadata.version', 'field.required'],
      ['input.metadata.publisher', 'field.required'],
      ['input.metadata.licence', 'field.required'],
    ]);
  });

  it('replacing keeps the current metadata unless the request gives new values', () => {
    const p = plan({ mode: 'REPLACE', metadata: { version: '2.0' } }, existing());
    expect(p.problems).toEqual([]);
    expect(p.metadata).toEqual({
      code: 'ZORGNORM',
      ...META,
      version: '2.0',
      source: 'https://example.org',
    });
  });

  it('replacing counts what is added, changed and removed', () => {
    const current = sampleRequirements.map((r) =>
      r.identifier === 'Z.1.1.a' ? { ...r, text: 'oude tekst' } : r,
    );
    current.push({ ...sampleRequirements[2], identifier: 'Z.1.1.c' });
    const withoutZ2 = sample
      .split('\n')
      .filter((l) => !l.startsWith('Z.2'))
      .join('\n');
    const p = plan({ mode: 'REPLACE', content: withoutZ2 }, existing(current));
    expect(p.problems).toEqual([]);
    expect(p.changes.added).toEqual([]);
    expect(p.changes.updated.map((r) => r.identifier)).toEqual(['Z.1.1.a']);
    expect(p.changes.removed).toEqual(['Z.2', 'Z.2.1', 'Z.2.1.a', 'Z.1.1.c']);
    expect(p.counts).toEqual(expect.objectContaining({ added: 0, updated: 1, removed: 4 }));
  });

  it('keeps a replacement from removing what a profile, supplementary measures or a mapping uses', () => {
    const withoutZ1 = [
      'identifier,kind,parent',
      'Z.2,THEMA,',
      'Z.2.1,CONTROL,Z.2',
      'Z.2.1.a,MAATREGEL,Z.2.1',
    ].join('\n');
    const p = plan(
      { mode: 'REPLACE', content: withoutZ1 },
      existing(sampleRequirements, [
        ['Z.1.1.a', { kind: 'PROFILE', version: 2 }],
        ['Z.1.1.b', { kind: 'MAPPING' }],
        ['Z.1.2.a', { kind: 'SUPPLEMENTARY', facilityCode: 'OIS' }],
        ['Z.2.1.a', { kind: 'MAPPING' }],
      ]),
    );
    expect(p.counts.removed).toBe(6);
    expect(p.problems.map((x) => x.message)).toEqual([
      'ZORGNORM Z.1.1.a is used by BBN profile version 2: keep it in the file (mark its status instead)',
      'ZORGNORM Z.1.1.b is used by a mapping: keep it in the file (mark its status instead)',
      'ZORGNORM Z.1.2.a is used by the supplementary measures of OIS: keep it in the file (mark its status instead)',
    ]);
    expect(p.problems[0]).toEqual(
      expect.objectContaining({
        key: 'policy.import.usedByProfile',
        params: { code: 'ZORGNORM', identifier: 'Z.1.1.a', version: 2 },
      }),
    );
  });

  it('keeps a replacement from removing a measure a norm or rule of the policy in force links to', () => {
    const p = plan(
      {
        mode: 'REPLACE',
        content: 'identifier,kind,parent\nZ.2,THEMA,\nZ.2.1,CONTROL,Z.2\nZ.2.1.a,MAATREGEL,Z.2.1',
      },
      existing(sampleRequirements, [['Z.1.1.a', { kind: 'POLICY', version: 3, key: 'TB-01' }]]),
    );
    expect(p.problems).toEqual([
      expect.objectContaining({
        key: 'policy.import.usedByPolicy',
        params: { code: 'ZORGNORM', identifier: 'Z.1.1.a', key: 'TB-01', version: 3 },
        message:
          'ZORGNORM Z.1.1.a is linked by TB-01 of policy version 3: keep it in the file (mark its status instead)',
      }),
    ]);
  });

  it('merging updates the rows it names, adds new ones and removes nothing', () => {
    const p = plan(
      {
        mode: 'MERGE',
        metadata: null,
        content:
          'identifier,kind,parent,title\nZ.1.1,,,Toegang (eigen licentie)\nZ.1.1.c,MAATREGEL,Z.1.1,Nieuw\n',
      },
      existing(),
    );
    expect(p.problems).toEqual([]);
    expect(p.counts).toEqual(expect.objectContaining({ added: 1, updated: 1, removed: 0, rowsRead: 2 }));
    expect(p.changes.updated).toEqual([
      expect.objectContaining({ identifier: 'Z.1.1', title: 'Toegang (eigen licentie)' }),
    ]);
    expect(p.changes.added.map((r) => r.identifier)).toEqual(['Z.1.1.c']);
    expect(p.metadata.licence).toBe('CC0 1.0');
  });

  it('an OSCAL file that fails the schema reports only the schema’s problems, by path', () => {
    const p = plan({ format: 'OSCAL', content: fixture('c2000-invalid.oscal.json'), metadata: null }, empty);
    expect(p.problems.map((x) => x.path)).toEqual([
      '/catalog/uuid',
      '/catalog/metadata',
      '/catalog/groups/0/controls/0/id',
      '/catalog/groups/0/controls/1',
      '/catalog/groups/0/controls/1',
    ]);
  });

  it('an OSCAL file brings its own metadata', () => {
    const p = plan(
      { code: 'C2000', format: 'OSCAL', content: fixture('c2000-sample.oscal.json'), metadata: null },
      empty,
    );
    expect(p.problems).toEqual([]);
    expect(p.counts).toEqual(expect.objectContaining({ rowsRead: 4, rowsAccepted: 4, added: 4 }));
    expect(p.metadata.publisher).toBe('Landelijke Meldkamer Samenwerking');
  });
});

describe('a refused import', () => {
  it('is one BAD_USER_INPUT naming the count and the first problem, each problem with its key', () => {
    const p = plan({ content: fixture('zorgnorm-malformed.csv') }, empty);
    const e = importRefused(p.problems, 'ZORGNORM');
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/^Import of ZORGNORM: 6 problem\(s\), nothing was imported\. First: line 3: /);
    expect(e.key).toBe('policy.import.refused');
    expect(e.problems.map((x) => x.field)).toEqual([
      'line 3',
      'line 5',
      'line 6',
      'line 7',
      'line 8',
      'line 9',
    ]);
    expect(e.problems.every((x) => x.key)).toBe(true);
  });
});

describe('planning a mapping import', () => {
  const m = (s: string, t: string, relationship: MappingRelationship = 'RELATED'): MappingDefinition => ({
    sourceFramework: 'BIO2',
    sourceIdentifier: s,
    targetFramework: 'ZORGNORM',
    targetIdentifier: t,
    relationship,
  });

  it('adds new mappings and counts changed relationships as updated', () => {
    const p = planMappingImport(
      { mappings: [m('5.15', 'Z.1'), m('5.16', 'Z.2', 'SUBSET')] },
      [m('5.16', 'Z.2')],
      false,
    );
    expect([p.added, p.updated, p.removed]).toEqual([1, 1, []]);
  });

  it('with replace, removes the pair’s mappings the file no longer lists', () => {
    const other = { ...m('5.17', 'X'), targetFramework: 'C2000' };
    const p = planMappingImport({ mappings: [m('5.15', 'Z.1')] }, [m('5.16', 'Z.2'), other], true);
    expect(p.removed).toEqual([m('5.16', 'Z.2')]);
  });
});
