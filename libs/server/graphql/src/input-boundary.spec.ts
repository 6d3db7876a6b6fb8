import { buildSchema, GraphQLObjectType } from 'graphql';
import { inputBoundaryProblems, referenceProblems, textKindOf } from './input-boundary';

const schema = buildSchema(`
  input FindingInput { year: Int!, frameworkCode: ID!, description: String!, dueDate: String! }
  input EvidenceInput { year: Int!, filename: String!, contentBase64: String! }
  input AssessMeasuresInput { year: Int!, entries: [EntryInput!]! }
  input EntryInput { identifier: ID!, justification: String }
  type Query { facility(code: ID!): Int, requirements(frameworkCode: ID!, search: String, limit: Int): Int }
  type Mutation {
    recordFinding(input: FindingInput!): Int
    uploadEvidence(input: EvidenceInput!): Int
    assessMeasures(input: AssessMeasuresInput!): Int
    startIcv(year: Int!): Int
  }
`);
const now = new Date();
const year = now.getUTCFullYear();

function problems(type: 'Query' | 'Mutation', operation: string, values: Record<string, unknown>) {
  const field = (schema.getType(type) as GraphQLObjectType).getFields()[operation];
  return inputBoundaryProblems(`${type}.${operation}`, field.args, values, now).map((p) => [p.field, p.key]);
}

describe('the input boundary', () => {
  it('refuses years outside the window wherever an Int is named year, in arguments and inputs', () => {
    for (const y of [1, 99999, -5]) {
      expect(problems('Mutation', 'startIcv', { year: y })).toEqual([['year', 'field.between']]);
      expect(problems('Mutation', 'assessMeasures', { input: { year: y, entries: [] } })).toEqual([
        ['input.year', 'field.between'],
      ]);
    }
    expect(problems('Mutation', 'startIcv', { year })).toEqual([]);
  });

  it('refuses NUL and unpaired surrogates in every String and ID, by their path', () => {
    expect(problems('Query', 'facility', { code: 'GMS\u0000' })).toEqual([['code', 'field.unstorable']]);
    expect(problems('Query', 'requirements', { frameworkCode: 'BIO2', search: '\ud800' })).toEqual([
      ['search', 'field.unstorable'],
    ]);
    expect(
      problems('Mutation', 'assessMeasures', {
        input: { year, entries: [{ identifier: '5.1' }, { identifier: '5.2', justification: 'a\u0000' }] },
      }),
    ).toEqual([['input.entries[1].justification', 'field.unstorable']]);
  });

  it('refuses control and bidi characters in codes and filenames, and keeps them in free text', () => {
    expect(problems('Query', 'facility', { code: 'GM\u202eS' })).toEqual([
      ['code', 'field.controlCharacter'],
    ]);
    // An evidence file's name is normalised by the domain (control and bidi characters removed)...
    expect(
      problems('Mutation', 'uploadEvidence', {
        input: { year, filename: 'rapport\u202efdp.exe', contentBase64: 'AA==' },
      }),
    ).toEqual([]);
    // ... but no field may hold NUL.
    expect(
      problems('Mutation', 'uploadEvidence', {
        input: { year, filename: 'rapport\u0000.pdf', contentBase64: 'AA==' },
      }),
    ).toEqual([['input.filename', 'field.unstorable']]);
    expect(
      problems('Mutation', 'recordFinding', {
        input: {
          year,
          frameworkCode: 'BIO2',
          description: 'regel 1\nregel 2 \u202e',
          dueDate: `${year + 1}-01-01`,
        },
      }),
    ).toEqual([]);
  });

  it('refuses text over its limit: a code, free text, and a field with a limit of its own', () => {
    expect(problems('Query', 'facility', { code: 'X'.repeat(201) })).toEqual([['code', 'field.textMax']]);
    expect(problems('Query', 'requirements', { frameworkCode: 'BIO2', search: 'x'.repeat(201) })).toEqual([
      ['search', 'field.textMax'],
    ]);
    expect(
      problems('Mutation', 'recordFinding', {
        input: { year, frameworkCode: 'BIO2', description: 'x'.repeat(20_001), dueDate: `${year + 1}-01-01` },
      }),
    ).toEqual([['input.description', 'field.textMax']]);
    expect(
      problems('Mutation', 'uploadEvidence', {
        input: { year, filename: 'a.pdf', contentBase64: 'A'.repeat(2_000_000) },
      }),
    ).toEqual([]);
  });

  it('tells codes from free text by type, coordinate and name', () => {
    expect(textKindOf('ID', 'Query.facility.code', 'code')).toBe('code');
    expect(textKindOf('String', 'ReportInput.filename', 'filename')).toBe('code');
    expect(textKindOf('String', 'EvidenceInput.filename', 'filename')).toBe('text');
    expect(textKindOf('String', 'FindingInput.dueDate', 'dueDate')).toBe('code');
    expect(textKindOf('String', 'FindingInput.action', 'action')).toBe('text');
    expect(textKindOf('String', 'AuditTrailFilter.action', 'action')).toBe('code');
  });

  it('checks the key fields of an entity representation as codes', () => {
    expect(referenceProblems({ __typename: 'Facility', code: 'GMS' })).toEqual([]);
    expect(
      referenceProblems({ __typename: 'Requirement', frameworkCode: 'BIO2', identifier: '5.1\u202e' }).map(
        (p) => [p.field, p.key],
      ),
    ).toEqual([['representations.identifier', 'field.controlCharacter']]);
  });
});
