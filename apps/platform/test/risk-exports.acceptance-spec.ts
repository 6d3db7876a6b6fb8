import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { validateOscalPoam } from '@mkib/domain-risk';
import {
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The exports of risk management on a whole platform (issue 16): a hoofdgebruiker's final analysis as PDF,
 * its register as Excel, and its plan of action and milestones as OSCAL 1.2.1 JSON that validates against
 * the NIST POA&M schema, with the open finding icv reported through `icv.finding.changed`. Another party
 * reads none of it; the auditor reads it all.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const kmar = as('security-officer@kmar');
const kmarViewer = as('viewer@kmar');
const politie = as('security-officer@politie');
const auditor = as('auditor@jenv');
const YEAR = new Date().getUTCFullYear();

/** The text a PDF shows: the strings of its (deflated) content streams' text operators. */
function pdfText(base64: string): string {
  const raw = Buffer.from(base64, 'base64');
  const latin = raw.toString('latin1');
  const text: string[] = [];
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, latin.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      text.push(
        [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1], 'hex').toString('latin1'))
          .join(''),
      );
  }
  return text.join(' ').replace(/\s+/g, ' ');
}

const POAM = `query($p: ID) { riskPoam(party: $p) { filename contentType contentBase64 } }`;
const json = (r: GraphQLResponse) =>
  JSON.parse(Buffer.from(r.data.riskPoam.contentBase64, 'base64').toString('utf8'));

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of ['security-officer@kmar', 'viewer@kmar', 'security-officer@politie', 'auditor@jenv'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-5.2] the exports of a party’s risk register', () => {
  let analysisId: string;
  let number: string;
  let measures: { frameworkCode: string; identifier: string }[];

  it('a hoofdgebruiker finalises its own analysis and records a finding', async () => {
    const entries = await kmar(
      `query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`,
      {
        y: YEAR,
      },
    );
    expect(entries.errors).toBeUndefined();
    measures = entries.data.assessment.entries.slice(0, 2);
    expect(measures).toHaveLength(2);
    const threats = await kmar(`{ threats { code name } }`);
    expect(threats.errors).toBeUndefined();

    const drafted = await kmar(
      `mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id number } }`,
      {
        i: {
          title: 'Gebruik van GMS door de KMar',
          description: 'Het eigen gebruik van het meldkamersysteem.',
          scope: 'EIGEN_GEBRUIK',
          facilityCodes: ['GMS'],
        },
      },
    );
    expect(drafted.errors).toBeUndefined();
    ({ id: analysisId, number } = drafted.data.draftRiskAnalysis);

    const treatment = (kind: string, extra: Record<string, unknown> = {}) => ({
      kind,
      description: `Behandeling ${kind.toLowerCase()}`,
      measures: [],
      owner: 'Teamleider ICT KMar',
      dueDate: isoDay(90),
      ...extra,
    });
    const updated = await kmar(
      `mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id risks { id } } }`,
      {
        i: {
          id: analysisId,
          title: 'Gebruik van GMS door de KMar',
          description: 'Het eigen gebruik van het meldkamersysteem.',
          threats: [
            { catalogueCode: threats.data.threats[0].code },
            { name: 'Uitval werkplek', description: 'De werkplek in de meldkamer valt uit.' },
          ],
          risks: [
            {
              title: 'Misbruik van een beheeraccount',
              description: 'Een beheeraccount wordt overgenomen.',
              facilityCode: 'GMS',
              threatIndexes: [0],
              inherent: { likelihood: 4, impact: 5 },
              residual: { likelihood: 2, impact: 3 },
              treatment: treatment('MITIGEREN', { measures: [measures[0]] }),
            },
            {
              title: 'Uitval van de werkplek',
              description: 'Geen toegang tot GMS vanaf de werkplek.',
              facilityCode: 'GMS',
              threatIndexes: [1],
              inherent: { likelihood: 3, impact: 3 },
              residual: { likelihood: 2, impact: 2 },
              treatment: treatment('OVERDRAGEN'),
            },
          ],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    const finalised = await kmar(
      `mutation($i: FinaliseRiskAnalysisInput!) { finaliseRiskAnalysis(input: $i) { state } }`,
      { i: { analysisId } },
    );
    expect(finalised.errors).toBeUndefined();
    expect(finalised.data.finaliseRiskAnalysis.state).toBe('DEFINITIEF');

    const recorded = await kmar(`mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`, {
      i: {
        year: YEAR,
        ...measures[1],
        description: 'Wijzigingen worden niet vastgelegd.',
        action: 'Wijzigingsbeheer inrichten.',
        owner: 'Teamleider ICT KMar',
        dueDate: isoDay(60),
      },
    });
    expect(recorded.errors).toBeUndefined();
  });

  it('its plan of action and milestones is valid OSCAL 1.2.1 with the open treatments and findings', async () => {
    const doc = await eventually(
      async () => json(await kmar(POAM, { p: null })),
      // The recorded finding and the one icv made of the MITIGEREN treatment.
      (d) => (d['plan-of-action-and-milestones'].findings ?? []).length >= 2,
      'the findings reach the POA&M',
    );
    // ajv over the NIST schema in libs/domain/risk/data/oscal.
    expect(validateOscalPoam(doc)).toEqual([]);
    const poam = doc['plan-of-action-and-milestones'];
    expect(poam.metadata['oscal-version']).toBe('1.2.1');
    expect(poam.risks.map((r: { title: string }) => r.title)).toEqual([
      `${number}: Misbruik van een beheeraccount`,
      `${number}: Uitval van de werkplek`,
    ]);
    expect(poam.findings.map((f: { title: string }) => f.title)).toContain(
      `Bevinding ${measures[1].frameworkCode} ${measures[1].identifier} (${YEAR})`,
    );
    expect(poam.risks[0].deadline).toBe(`${isoDay(90)}T00:00:00Z`);
    // The treatment's own finding hangs under its item; the recorded one is an item of its own.
    const items = poam['poam-items'] as { title: string; 'related-findings'?: unknown[] }[];
    expect(items.map((i) => i['related-findings']?.length ?? 0)).toEqual([1, 0, 1]);
    expect(items[2].title).toBe(
      `Verbetermaatregel ${measures[1].frameworkCode} ${measures[1].identifier} (${YEAR})`,
    );

    // The schema check can fail: without its items the document is refused.
    delete poam['poam-items'];
    expect(validateOscalPoam(doc)).toEqual([
      expect.objectContaining({ message: "must have required property 'poam-items'" }),
    ]);
  });

  it('the analysis as PDF and the register as Excel, in Dutch', async () => {
    const pdf = await kmarViewer(`query($id: ID!) { riskAnalysisPdf(id: $id) { filename contentBase64 } }`, {
      id: analysisId,
    });
    expect(pdf.errors).toBeUndefined();
    const text = pdfText(pdf.data.riskAnalysisPdf.contentBase64);
    for (const expected of [
      `Risicoanalyse ${number}`,
      'Definitief',
      'Eigen gebruik van voorzieningen',
      'Koninklijke Marechaussee',
      'Misbruik van een beheeraccount',
      'Verminderen (maatregelen)',
      `${measures[0].frameworkCode} ${measures[0].identifier}`,
      'Overdragen',
    ])
      expect(text).toContain(expected);

    const xlsx = await kmar(`{ riskRegisterXlsx { filename contentBase64 } }`);
    expect(xlsx.errors).toBeUndefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      Buffer.from(xlsx.data.riskRegisterXlsx.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(['Analyses', 'Risico’s', 'Heatmap']);
    const risks = book.getWorksheet('Risico’s')!;
    expect(risks.getRow(2).values).toEqual(
      expect.arrayContaining([number, 'Definitief', 'Misbruik van een beheeraccount']),
    );
  });

  it('another party reads none of it; the auditor reads it', async () => {
    const pdf = await politie(`query($id: ID!) { riskAnalysisPdf(id: $id) { filename } }`, {
      id: analysisId,
    });
    expect(errorCodes(pdf)).toEqual(['NOT_FOUND']);
    const poam = await politie(POAM, { p: 'kmar' });
    expect(poam.data).toBeNull();
    expect(errorCodes(poam)[0]).toMatch(/NOT_FOUND|FORBIDDEN/);

    const audited = await auditor(POAM, { p: 'kmar' });
    expect(audited.errors).toBeUndefined();
    expect(json(audited)['plan-of-action-and-milestones'].metadata.title).toContain(
      'Koninklijke Marechaussee',
    );
  });
});
