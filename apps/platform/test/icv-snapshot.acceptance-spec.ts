import { inflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  adoptPolicyChange,
  errorCodes,
  eventually,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  POLICY_FLOW_ACCOUNTS,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The submitted year stays true (issue 12, sections 2 and 3): submitting an ICV freezes its assessment
 * in a snapshot; a new BBN profile and a REPLACE import that deletes one of its measures leave what the
 * auditor reads, and the PDF and Excel made of it, exactly as they were. Findings live on: one is
 * closed after submission (audited), an open one carries over into the next year.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const officer = as('security-officer@lms');
const official = as('accountable-official@lms');
const operator = as('lms-operator@lms');
const auditor = as('auditor@jenv');

const YEAR = new Date().getUTCFullYear();
const OWN = 'LMS-EIGEN';
const OWN_CSV = readFileSync(join(__dirname, 'fixtures/catalogue', 'zorgnorm-sample.csv'), 'utf8');
const DELETED = 'Z.1.1.b';

const ENTRY = `frameworkCode identifier title text frameworkVersion facilities status justification assessedBy assessedAt
  evidence { id filename sha256 }`;
const FIGURES = `proposedStatement progress { applicable assessed implemented partly notImplemented notApplicable
  percentAssessed percentImplemented } byFacility { facilityCode progress { applicable assessed implemented percentImplemented } }`;
/** What the auditor reads of a submitted year: the assessment and the ICV with its snapshot. */
const AUDITOR_VIEW = `query($y: Int!) {
  assessment(year: $y, party: "lms") { party year frozen ${FIGURES} entries { ${ENTRY} } }
  icv(year: $y, party: "lms") { version state statement proposedStatement
    snapshot { icvId version party year takenAt origin profileVersion statement ${FIGURES} entries { ${ENTRY} } } } }`;
const DOCUMENTS = `query($y: Int!) { icvPdf(year: $y, party: "lms") { contentBase64 }
  assessmentXlsx(year: $y, party: "lms") { contentBase64 } }`;
const IMPORT_OWN = `mutation($i: ImportFrameworkInput!) { importPartyFramework(input: $i) { imported added removed problems { message } } }`;
const FINDINGS = `query($y: Int!) { assessment(year: $y) { findings { id identifier description status closedBy carriedOverFrom }
  entries { identifier findings { id carriedOverFrom } } } }`;

/** The text a PDF shows: the strings of its (deflated) content streams' text operators. */
function pdfText(base64: string): string {
  const raw = Buffer.from(base64, 'base64');
  const text: string[] = [];
  const latin = raw.toString('latin1');
  for (const match of latin.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = latin.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(raw.subarray(start, end)).toString('latin1');
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
  return text.join('\n');
}

/** The text an Excel workbook shows: every sheet's cells, row by row. */
async function xlsxText(base64: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const lines: string[] = [];
  book.eachSheet((sheet) => {
    lines.push(`# ${sheet.name}`);
    sheet.eachRow((row) => lines.push(JSON.stringify(row.values)));
  });
  return lines.join('\n');
}

/** The icv audit log once it is quiet (consumers record received events in the background). */
async function quietIcvAudit() {
  const read = async () => (await auditor('{ icvAuditLog { entries intact } }')).data.icvAuditLog;
  let last = await read();
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const now = await read();
    if (now.entries === last.entries) return now as { entries: number; intact: boolean };
    last = now;
  }
}

async function readSubmittedYear() {
  const view = await auditor(AUDITOR_VIEW, { y: YEAR });
  expect(view.errors).toBeUndefined();
  const docs = await auditor(DOCUMENTS, { y: YEAR });
  expect(docs.errors).toBeUndefined();
  return {
    view: view.data,
    pdf: pdfText(docs.data.icvPdf.contentBase64),
    xlsx: await xlsxText(docs.data.assessmentXlsx.contentBase64),
  };
}

const liveMeasures = async (year: number) =>
  (
    (
      await officer(`query($y: Int!) { assessment(year: $y) { entries { frameworkCode identifier } } }`, {
        y: year,
      })
    ).data.assessment.entries as { frameworkCode: string; identifier: string }[]
  ).map((e) => `${e.frameworkCode}:${e.identifier}`);

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of new Set([
    'security-officer@lms',
    'accountable-official@lms',
    'auditor@jenv',
    ...POLICY_FLOW_ACCOUNTS,
  ]))
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('a submitted year stays true', () => {
  let before: Awaited<ReturnType<typeof readSubmittedYear>>;
  const findingIds: Record<string, string> = {};

  it('[SK-5.3] the LMS assesses its measures (its own extra framework too), records findings and evidence, and submits', async () => {
    const imported = await officer(IMPORT_OWN, {
      i: {
        code: OWN,
        format: 'CSV',
        content: OWN_CSV,
        metadata: {
          name: 'Eigen normen van de LMS (voorbeeld)',
          version: `${YEAR}.1`,
          publisher: 'LMS',
          licence: 'CC0 1.0',
          attribution: 'Voorbeeld',
        },
        dryRun: false,
      },
    });
    expect(imported.errors).toBeUndefined();
    expect(
      (await officer(`mutation { attachFramework(frameworkCode: "${OWN}") { code } }`)).errors,
    ).toBeUndefined();
    const measures = await eventually(
      () => liveMeasures(YEAR),
      (m) => m.includes(`${OWN}:${DELETED}`) && m.some((k) => k.startsWith('BIO2:')),
      'the LMS measures with its own framework in the icv context',
    );

    const assessed = await officer(
      `mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { proposedStatement } }`,
      {
        i: {
          year: YEAR,
          entries: measures.map((k) => {
            const [frameworkCode, identifier] = k.split(':');
            return {
              frameworkCode,
              identifier,
              status: identifier === DELETED ? 'DEELS' : 'GEIMPLEMENTEERD',
            };
          }),
        },
      },
    );
    expect(assessed.data.assessMeasures.proposedStatement).toBe('IN_CONTROL_MET_UITZONDERINGEN');

    const RECORD = `mutation($i: FindingInput!) { recordFinding(input: $i) { id } }`;
    const finding = (frameworkCode: string, identifier: string, description: string) =>
      officer(RECORD, {
        i: {
          year: YEAR,
          frameworkCode,
          identifier,
          description,
          action: 'Verbeteractie uitvoeren en beoordelen.',
          owner: 'CISO LMS',
          dueDate: `${YEAR + 1}-06-30`,
        },
      });
    findingIds.closed = (
      await finding(OWN, DELETED, 'Inzage wordt nog niet maandelijks beoordeeld.')
    ).data.recordFinding.id;
    const [bio] = measures.filter((k) => k.startsWith('BIO2:'));
    findingIds.open = (
      await finding('BIO2', bio.split(':')[1], 'Wachtwoordbeleid nog niet overal afgedwongen.')
    ).data.recordFinding.id;
    const evidence = await officer(`mutation($i: EvidenceInput!) { uploadEvidence(input: $i) { id } }`, {
      i: {
        year: YEAR,
        frameworkCode: OWN,
        identifier: DELETED,
        filename: 'logging-beoordeling.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('Beoordeling van de logging: gestart.').toString('base64'),
      },
    });
    expect(evidence.errors).toBeUndefined();

    const ICV = `state`;
    expect(
      (await officer(`mutation($y: Int!) { startIcv(year: $y) { ${ICV} } }`, { y: YEAR })).errors,
    ).toBeUndefined();
    const updated = await officer(`mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { ${ICV} } }`, {
      i: {
        year: YEAR,
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        exceptions: [
          {
            measures: [{ frameworkCode: OWN, identifier: DELETED }],
            explanation: 'Inzage wordt gelogd maar nog niet maandelijks beoordeeld.',
            plannedDate: `${YEAR + 1}-06-30`,
          },
        ],
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(
      (await officer(`mutation($y: Int!) { prepareIcv(year: $y) { ${ICV} } }`, { y: YEAR })).errors,
    ).toBeUndefined();
    expect(
      (await official(`mutation($y: Int!) { signIcv(year: $y) { ${ICV} } }`, { y: YEAR })).errors,
    ).toBeUndefined();
    const submitted = await officer(`mutation($y: Int!) { submitIcv(year: $y) { ${ICV} } }`, { y: YEAR });
    expect(submitted.data.submitIcv.state).toBe('INGEDIEND');

    before = await readSubmittedYear();
    const { assessment, icv } = before.view;
    expect(assessment.frozen).toBe(true);
    expect(icv.snapshot).toEqual(
      expect.objectContaining({
        version: 1,
        origin: 'SUBMISSION',
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        proposedStatement: 'IN_CONTROL_MET_UITZONDERINGEN',
        progress: assessment.progress,
        entries: assessment.entries,
      }),
    );
    expect(icv.proposedStatement).toBe('IN_CONTROL_MET_UITZONDERINGEN');
    const deleted = assessment.entries.find((e: { identifier: string }) => e.identifier === DELETED);
    expect(deleted).toEqual(
      expect.objectContaining({
        frameworkCode: OWN,
        frameworkVersion: `${YEAR}.1`,
        text: 'Elke inzage in patiëntgegevens wordt gelogd; de logging wordt maandelijks beoordeeld.',
        status: 'DEELS',
        evidence: [expect.objectContaining({ filename: 'logging-beoordeling.txt' })],
      }),
    );
    expect(before.pdf).toContain('Zelfevaluatie bij indiening');
    expect(before.pdf).toContain(`${OWN} ${DELETED}`);
    expect(before.xlsx).toContain(DELETED);
  });

  it('[SK-5.5] [SK-5.3] a new BBN profile and a REPLACE import deleting one of its measures leave the submitted year as it was', async () => {
    // The common catalogue and the profile change through adopted policy changes (issue 15).
    await adoptPolicyChange(as, {
      change: {
        frameworkImports: [
          {
            code: 'ZORGNORM',
            format: 'CSV',
            content: OWN_CSV,
            metadata: {
              name: 'Zorgnorm meldkamer ambulancezorg (voorbeeld)',
              version: String(YEAR),
              publisher: 'MKIB-project',
              licence: 'CC0 1.0',
              attribution: 'Voorbeeld van het MKIB-project',
            },
          },
        ],
      },
    });
    expect((await operator('{ framework(code: "ZORGNORM") { code } }')).data.framework.code).toBe('ZORGNORM');
    const SEEN_BY = `{ bbnProfile { version levels { introduced { frameworkCode identifier } } } }`;
    const profile = (await operator(SEEN_BY)).data.bbnProfile as {
      version: number;
      levels: { introduced: { frameworkCode: string; identifier: string }[] }[];
    };
    await adoptPolicyChange(as, {
      change: {
        bbnProfile: {
          rationale: 'Uitwijk (zorgnorm) vanaf BBN1',
          levels: profile.levels.map((l, i) => ({
            bbn: i + 1,
            measures:
              i === 0
                ? [...l.introduced, { frameworkCode: 'ZORGNORM', identifier: 'Z.2.1.a' }]
                : l.introduced,
          })),
        },
      },
    });
    expect((await operator('{ bbnProfile { version } }')).data.bbnProfile.version).toBe(profile.version + 1);
    const replaced = await officer(IMPORT_OWN, {
      i: {
        code: OWN,
        format: 'CSV',
        mode: 'REPLACE',
        content: OWN_CSV.split('\n')
          .filter((l) => !l.startsWith(DELETED))
          .join('\n'),
        dryRun: false,
      },
    });
    expect(replaced.data.importPartyFramework).toEqual(
      expect.objectContaining({ imported: true, removed: 1 }),
    );

    // The open year (the next one) follows the catalogue: one measure more, one gone.
    const next = await eventually(
      () => liveMeasures(YEAR + 1),
      (m) => m.includes('ZORGNORM:Z.2.1.a') && !m.includes(`${OWN}:${DELETED}`),
      'the new profile and the replaced framework in the icv context',
    );
    expect(next.length).toBe(before.view.assessment.progress.applicable);

    // The submitted year does not move: what the auditor reads, and its PDF and Excel, read the same.
    const after = await readSubmittedYear();
    expect(after.view).toEqual(before.view);
    expect(after.pdf).toEqual(before.pdf);
    expect(after.xlsx).toEqual(before.xlsx);
    // The boards read the same frozen proposal with the submitted ICV.
    const board = await as('smb-member@smb')(
      `query($y: Int!) { icv(year: $y, party: "lms") { proposedStatement } }`,
      {
        y: YEAR,
      },
    );
    expect(board.data.icv.proposedStatement).toBe('IN_CONTROL_MET_UITZONDERINGEN');
  });

  it('[SK-5.3] findings live on: one is closed after submission (audited), the open one carries over to the next year', async () => {
    const audit = await quietIcvAudit();
    const closed = await officer(
      `mutation($id: ID!) { closeFinding(id: $id) { id status closedBy carriedOverFrom } }`,
      {
        id: findingIds.closed,
      },
    );
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeFinding).toEqual({
      id: findingIds.closed,
      status: 'AFGEROND',
      closedBy: 'security-officer@lms',
      carriedOverFrom: null,
    });
    const afterClose = await quietIcvAudit();
    expect(afterClose).toEqual({ entries: audit.entries + 1, intact: true });
    expect(
      errorCodes(
        await officer(`mutation($id: ID!) { closeFinding(id: $id) { id } }`, { id: findingIds.closed }),
      ),
    ).toEqual(['CONFLICT']);

    // The open one progresses after submission too: a new owner and due date, audited.
    const progressed = await officer(
      `mutation($id: ID!, $i: FindingProgressInput!) { progressFinding(id: $id, input: $i) { status owner dueDate } }`,
      {
        id: findingIds.open,
        i: { action: 'Afdwingen via het IAM-platform.', owner: 'IAM-team LMS', dueDate: `${YEAR + 1}-09-30` },
      },
    );
    expect(progressed.data.progressFinding).toEqual({
      status: 'OPEN',
      owner: 'IAM-team LMS',
      dueDate: `${YEAR + 1}-09-30`,
    });
    expect(await quietIcvAudit()).toEqual({ entries: audit.entries + 2, intact: true });

    const submittedYear = (await officer(FINDINGS, { y: YEAR })).data.assessment;
    expect(
      submittedYear.findings.map((f: { id: string; status: string; carriedOverFrom: number | null }) => [
        f.id,
        f.status,
        f.carriedOverFrom,
      ]),
    ).toEqual([
      [findingIds.closed, 'AFGEROND', null],
      [findingIds.open, 'OPEN', null],
    ]);

    const nextYear = (await officer(FINDINGS, { y: YEAR + 1 })).data.assessment;
    expect(nextYear.findings).toEqual([
      expect.objectContaining({ id: findingIds.open, status: 'OPEN', carriedOverFrom: YEAR }),
    ]);
    const onEntry = nextYear.entries.flatMap(
      (e: { findings: { id: string; carriedOverFrom: number }[] }) => e.findings,
    );
    expect(onEntry).toEqual([{ id: findingIds.open, carriedOverFrom: YEAR }]);
    // The auditor sees the same, and the snapshot of the submitted year is untouched by the closure.
    const auditorNext = await auditor(
      `query($y: Int!) { assessment(year: $y, party: "lms") { findings { id carriedOverFrom } } }`,
      { y: YEAR + 1 },
    );
    expect(auditorNext.data.assessment.findings).toEqual([{ id: findingIds.open, carriedOverFrom: YEAR }]);
    expect((await auditor(AUDITOR_VIEW, { y: YEAR })).data).toEqual(before.view);
  });

  it('[SK-5.5] a correction (v2) takes a new snapshot; v1 stays readable as it was submitted', async () => {
    const STEP = (name: string) => `mutation($y: Int!) { ${name}(year: $y) { state version } }`;
    const corrected = await officer(
      `mutation($y: Int!, $r: String!) { correctIcv(year: $y, reason: $r) { version } }`,
      {
        y: YEAR,
        r: 'Eigen normen vervangen; uitwijk nu van toepassing.',
      },
    );
    expect(corrected.data.correctIcv.version).toBe(2);
    const open = (
      await officer(
        `query($y: Int!) { assessment(year: $y) { frozen entries { frameworkCode identifier status } } }`,
        { y: YEAR },
      )
    ).data.assessment;
    expect(open.frozen).toBe(false);
    const unassessed = open.entries.filter((e: { status: string | null }) => !e.status);
    expect(unassessed.map((e: { identifier: string }) => e.identifier)).toEqual(['Z.2.1.a']);
    await officer(`mutation($i: AssessMeasuresInput!) { assessMeasures(input: $i) { frozen } }`, {
      i: {
        year: YEAR,
        entries: [{ frameworkCode: 'ZORGNORM', identifier: 'Z.2.1.a', status: 'GEIMPLEMENTEERD' }],
      },
    });
    await officer(`mutation($i: UpdateIcvInput!) { updateIcv(input: $i) { state } }`, {
      i: { year: YEAR, statement: 'IN_CONTROL', exceptions: [] },
    });
    await officer(STEP('prepareIcv'), { y: YEAR });
    await official(STEP('signIcv'), { y: YEAR });
    expect((await officer(STEP('submitIcv'), { y: YEAR })).data.submitIcv).toEqual({
      state: 'INGEDIEND',
      version: 2,
    });

    const SNAPSHOT = `version statement proposedStatement progress { applicable percentImplemented } entries { identifier }`;
    const read = await auditor(
      `query($y: Int!) { icv(year: $y, party: "lms") { version snapshot { ${SNAPSHOT} }
        versions { version state snapshot { icvId version party year takenAt origin profileVersion statement ${FIGURES} entries { ${ENTRY} } } } } }`,
      { y: YEAR },
    );
    const icv = read.data.icv;
    expect(icv.snapshot).toEqual(
      expect.objectContaining({ version: 2, statement: 'IN_CONTROL', proposedStatement: 'IN_CONTROL' }),
    );
    const v2 = icv.snapshot.entries.map((e: { identifier: string }) => e.identifier);
    expect(v2).toContain('Z.2.1.a');
    expect(v2).not.toContain(DELETED);
    const [, v1] = icv.versions;
    expect(v1.state).toBe('VERVANGEN');
    expect(v1.snapshot).toEqual(before.view.icv.snapshot);
  });
});
