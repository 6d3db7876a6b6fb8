import {
  createTestDatabase,
  graphql,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
  TestDatabase,
} from '@mkib/testing';

/** The risk operations through the gateway: the schema, resolvers and loaders fit together. */
let db: TestDatabase;
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as = (user: string, query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables ?? {}, tokens[user]);

const ANALYSIS = `id number version state kind scope method ownerParty { code } facilityCodes facilities { code name }
  threats { id name catalogueThreat { code name } }
  risks { id analysisId title facility { code } threatIds inherent { level } residual { level }
          treatment { kind measures { frameworkCode identifier } acceptance { state proposedBy } } }
  consultation { respondBy parties { party { code } response { position } } missing { code } unanswered { id } }
  previousVersion { id } versions { id version }`;

beforeAll(async () => {
  db = (await createTestDatabase())!;
  platform = await startPlatformProcess({ MKIB_DATABASE_URL: db.url });
  for (const user of [
    'lms-operator@lms',
    'security-officer@politie',
    'security-officer@ambulance',
    'officer-official@politie',
    'accountable-official@politie',
    'auditor@jenv',
    'smb-member@smb',
  ])
    tokens[user] = (
      await signIn({ baseUrl: platform.baseUrl, username: user, password: 'demo' })
    ).accessToken;
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe('risk management over GraphQL', () => {
  it('[SK-4.2] drafts, consults and reads the register, tasks and overview', async () => {
    const catalogue = await as(
      'security-officer@politie',
      `{ riskScale { matrix levels { level label } likelihood { label } } threats { code } }`,
    );
    expect(catalogue.errors).toBeUndefined();
    expect(catalogue.data.riskScale.likelihood[0].label).toBe('Zeer klein');

    const drafted = await as(
      'lms-operator@lms',
      `mutation ($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { ${ANALYSIS} } }`,
      {
        i: {
          title: 'C2000',
          description: 'Gedeeld',
          scope: 'GEDEELDE_VOORZIENING',
          facilityCodes: ['SPOEDRESPONS'],
        },
      },
    );
    expect(drafted.errors).toBeUndefined();
    const id = drafted.data.draftRiskAnalysis.id;
    expect(drafted.data.draftRiskAnalysis).toMatchObject({
      state: 'CONCEPT',
      method: 'BIO2 + BBN2 (SPOEDRESPONS)',
    });

    const updated = await as(
      'lms-operator@lms',
      `mutation ($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { ${ANALYSIS} } }`,
      {
        i: {
          id,
          title: 'C2000',
          description: 'Gedeeld',
          threats: [{ catalogueCode: 'STOORZENDER' }],
          risks: [
            {
              title: 'Storing radioverkeer',
              description: '',
              facilityCode: 'SPOEDRESPONS',
              threatIndexes: [0],
              inherent: { likelihood: 3, impact: 5 },
              residual: { likelihood: 2, impact: 4 },
              treatment: {
                kind: 'MITIGEREN',
                description: 'Detectie',
                measures: [{ frameworkCode: 'BIO2', identifier: '8.20' }],
                owner: 'LMS',
                dueDate: isoDay(90),
              },
            },
          ],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateRiskAnalysis.risks[0]).toMatchObject({
      facility: { code: 'SPOEDRESPONS' },
      inherent: { level: 'HOOG' },
      residual: { level: 'MIDDEN' },
    });
    expect(updated.data.updateRiskAnalysis.threats[0].catalogueThreat.code).toBe('STOORZENDER');

    const opened = await as(
      'lms-operator@lms',
      `mutation ($i: OpenRiskConsultationInput!) { openRiskConsultation(input: $i) { ${ANALYSIS} } }`,
      { i: { analysisId: id, respondBy: isoDay(14) } },
    );
    expect(opened.errors).toBeUndefined();
    expect(
      opened.data.openRiskConsultation.consultation.missing.map((p: { code: string }) => p.code),
    ).toEqual(['ambulance', 'brandweer', 'defensie', 'politie']);

    const responded = await as(
      'security-officer@politie',
      `mutation ($i: RespondToRiskConsultationInput!) { respondToRiskConsultation(input: $i) { id party { code } position } }`,
      { i: { analysisId: id, position: 'AKKOORD_MET_OPMERKINGEN', reasoning: 'Let op dekking' } },
    );
    expect(responded.errors).toBeUndefined();

    const refused = await as(
      'lms-operator@lms',
      `mutation ($i: FinaliseRiskAnalysisInput!) { finaliseRiskAnalysis(input: $i) { id } }`,
      { i: { analysisId: id } },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    // The parties by name, not by code.
    expect(refused.errors?.[0].message).toContain('Brandweer (veiligheidsregio’s), Ministerie van Defensie');
    expect(refused.errors?.[0].message).not.toMatch(/\bbrandweer\b/);

    const register = await as(
      'lms-operator@lms',
      `{ riskRegister { party { code } acceptanceLevel heatMap { likelihood impact inherent } analyses { risks { facility { code } } consultation { parties { party { code } } } } } }`,
    );
    expect(register.errors).toBeUndefined();
    expect(register.data.riskRegister.heatMap).toHaveLength(25);
    expect(register.data.riskRegister.analyses).toHaveLength(1);

    const tasks = await as(
      'security-officer@politie',
      `{ riskConsultationTasks(openOnly: true) { analysis { id title } party { code } respondBy response { position } overdue } }`,
    );
    expect(tasks.errors).toBeUndefined();
    expect(tasks.data.riskConsultationTasks).toEqual([
      expect.objectContaining({
        party: { code: 'politie' },
        response: { position: 'AKKOORD_MET_OPMERKINGEN' },
        overdue: false,
      }),
    ]);
    const seen = await as(
      'security-officer@politie',
      `query ($id: ID!) { riskAnalysis(id: $id) { id consultation { unanswered { party { code } } } } }`,
      { id },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.riskAnalysis.consultation.unanswered).toEqual([{ party: { code: 'politie' } }]);
    const other = await as('security-officer@politie', `{ riskRegister(party: "lms") { party { code } } }`);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // A consulted hoofdgebruiker reads its own response only; the LMS and the auditor read every one (SK-T3).
    const secret = 'Onze uitwijklocatie ligt in Zwolle';
    const ambulance = await as(
      'security-officer@ambulance',
      `mutation ($i: RespondToRiskConsultationInput!) { respondToRiskConsultation(input: $i) { id } }`,
      { i: { analysisId: id, position: 'NIET_AKKOORD', reasoning: secret } },
    );
    expect(ambulance.errors).toBeUndefined();
    const READ = `query ($id: ID!) { riskAnalysis(id: $id) { consultation {
      parties { party { code } response { party { code } position reasoning respondedBy answer } }
      missing { code } unanswered { party { code } reasoning } } } }`;
    type Read = { party: { code: string }; response: { reasoning: string } | null };
    const responseOf = (r: Awaited<ReturnType<typeof as>>, code: string) =>
      (r.data.riskAnalysis.consultation.parties as Read[]).find((p) => p.party.code === code)!.response;
    const byPolitie = await as('security-officer@politie', READ, { id });
    expect(byPolitie.errors).toBeUndefined();
    expect(JSON.stringify(byPolitie.data)).not.toContain(secret);
    expect(responseOf(byPolitie, 'ambulance')).toBeNull();
    expect(responseOf(byPolitie, 'politie')).toMatchObject({ reasoning: 'Let op dekking' });
    expect(byPolitie.data.riskAnalysis.consultation.missing.map((p: { code: string }) => p.code)).toEqual([
      'brandweer',
      'defensie',
    ]);
    const politieTasks = await as(
      'security-officer@politie',
      `{ riskConsultationTasks { analysis { consultation { parties { response { reasoning } } unanswered { reasoning } } } } }`,
    );
    expect(politieTasks.errors).toBeUndefined();
    expect(JSON.stringify(politieTasks.data)).not.toContain(secret);
    for (const reader of ['lms-operator@lms', 'auditor@jenv']) {
      const all = await as(reader, READ, { id });
      expect(all.errors).toBeUndefined();
      expect(responseOf(all, 'ambulance')).toMatchObject({ reasoning: secret });
    }

    const overview = await as(
      'smb-member@smb',
      `{ riskOverview { openConsultations openSupplementary aggregates { party { code } facility { code } } late { number title } } }`,
    );
    expect(overview.errors).toBeUndefined();
    expect(overview.data.riskOverview.openConsultations).toBe(1);
  });

  it('reports a treatment done through the API: own party, final, not MITIGEREN', async () => {
    const drafted = await as(
      'security-officer@politie',
      `mutation ($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id title } }`,
      { i: { title: 'Eigen GMS', description: '', scope: 'EIGEN_GEBRUIK', facilityCodes: ['GMS'] } },
    );
    expect(drafted.errors).toBeUndefined();
    const id = drafted.data.draftRiskAnalysis.id;
    const risk = (title: string, kind: string) => ({
      title,
      description: '',
      facilityCode: 'GMS',
      threatIndexes: [0],
      inherent: { likelihood: 3, impact: 3 },
      residual: { likelihood: 1, impact: 1 },
      treatment: {
        kind,
        description: kind,
        measures: kind === 'MITIGEREN' ? [{ frameworkCode: 'BIO2', identifier: '8.20' }] : [],
        owner: 'CISO',
        dueDate: isoDay(30),
      },
    });
    const updated = await as(
      'security-officer@politie',
      `mutation ($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id } }`,
      {
        i: {
          id,
          title: 'Eigen GMS',
          description: '',
          threats: [{ catalogueCode: 'STOORZENDER' }],
          risks: [risk('Uitval', 'OVERDRAGEN'), risk('Inbraak', 'MITIGEREN')],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    const final = await as(
      'security-officer@politie',
      `mutation ($i: FinaliseRiskAnalysisInput!) { finaliseRiskAnalysis(input: $i) {
         risks { treatment { id kind status completedBy completedAt completionNote } } } }`,
      { i: { analysisId: id } },
    );
    expect(final.errors).toBeUndefined();
    const [transfer, mitigate] = final.data.finaliseRiskAnalysis.risks.map(
      (r: { treatment: { id: string } }) => r.treatment,
    );
    expect(transfer).toMatchObject({ status: 'OPEN', completedBy: null, completionNote: null });
    const complete = (user: string, treatmentId: string, note: string) =>
      as(
        user,
        `mutation ($t: ID!, $n: String!) { completeRiskTreatment(treatmentId: $t, note: $n) {
           id status completedBy completedAt completionNote } }`,
        { t: treatmentId, n: note },
      );
    const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0].extensions?.code;
    expect(code(await complete('auditor@jenv', transfer.id, 'Gedaan'))).toBe('FORBIDDEN');
    expect(code(await complete('security-officer@ambulance', transfer.id, 'Gedaan'))).toBe('NOT_FOUND');
    expect(code(await complete('security-officer@politie', transfer.id, ''))).toBe('BAD_USER_INPUT');
    expect(code(await complete('security-officer@politie', mitigate.id, 'Gedaan'))).toBe('CONFLICT');
    const done = await complete('security-officer@politie', transfer.id, 'Contract getekend');
    expect(done.errors).toBeUndefined();
    expect(done.data.completeRiskTreatment).toMatchObject({
      id: transfer.id,
      status: 'AFGEROND',
      completedBy: 'security-officer@politie',
      completionNote: 'Contract getekend',
    });
    expect(code(await complete('security-officer@politie', transfer.id, 'Nogmaals'))).toBe('CONFLICT');
  });

  it('four eyes through the API, and the acceptance level', async () => {
    const level = await as(
      'accountable-official@politie',
      `{ riskAcceptanceLevel { party { code } level isDefault } }`,
    );
    expect(level.data.riskAcceptanceLevel).toEqual({
      party: { code: 'politie' },
      level: 'MIDDEN',
      isDefault: true,
    });
    const set = await as(
      'accountable-official@politie',
      `mutation { setRiskAcceptanceLevel(level: LAAG) { level isDefault setBy } }`,
    );
    expect(set.data.setRiskAcceptanceLevel).toMatchObject({ level: 'LAAG', isDefault: false });

    const drafted = await as(
      'officer-official@politie',
      `mutation ($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id } }`,
      { i: { title: 'Eigen gebruik', description: '', scope: 'EIGEN_GEBRUIK', facilityCodes: ['GMS'] } },
    );
    const id = drafted.data.draftRiskAnalysis.id;
    const updated = await as(
      'officer-official@politie',
      `mutation ($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { risks { id treatment { acceptance { state } } } } }`,
      {
        i: {
          id,
          title: 'Eigen gebruik',
          description: '',
          threats: [{ name: 'Eigen', description: 'Eigen dreiging' }],
          risks: [
            {
              title: 'Restrisico',
              description: '',
              facilityCode: 'GMS',
              threatIndexes: [0],
              inherent: { likelihood: 3, impact: 3 },
              residual: { likelihood: 3, impact: 3 },
              treatment: {
                kind: 'ACCEPTEREN',
                description: 'Aanvaarden',
                owner: 'CISO',
                dueDate: isoDay(30),
              },
            },
          ],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    const risk = updated.data.updateRiskAnalysis.risks[0];
    expect(risk.treatment.acceptance.state).toBe('VOORGESTELD');
    const decide = (user: string) =>
      as(
        user,
        `mutation ($i: DecideRiskAcceptanceInput!) { decideRiskAcceptance(input: $i) { id treatment { acceptance { state decidedBy } } } }`,
        {
          i: { riskId: risk.id, approve: true, reasoning: 'Aanvaardbaar', reviewDate: isoDay(200) },
        },
      );
    const own = await decide('officer-official@politie');
    expect(own.errors?.[0].extensions?.code).toBe('CONFLICT');
    const other = await decide('accountable-official@politie');
    expect(other.errors).toBeUndefined();
    expect(other.data.decideRiskAcceptance.treatment.acceptance).toEqual({
      state: 'GOEDGEKEURD',
      decidedBy: 'accountable-official@politie',
    });
  });

  it('[SK-4.3] a facility shows its supplementary analysis to those who may read it', async () => {
    const raised = await as(
      'lms-operator@lms',
      `mutation ($i: ClassifyFacilityInput!) { classifyFacility(input: $i) { supplementaryAnalysis { status dueDate completedAt analysis { number kind state } } } }`,
      {
        i: {
          facilityCode: 'IVICT',
          biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
          bbn: 3,
          rationale: 'Dreiging',
          reviewDue: isoDay(365),
        },
      },
    );
    expect(raised.errors).toBeUndefined();
    expect(raised.data.classifyFacility.supplementaryAnalysis).toMatchObject({
      status: 'VEREIST',
      dueDate: expect.any(String),
      completedAt: null,
      analysis: { kind: 'AANVULLEND', state: 'CONCEPT' },
    });
    const board = await as(
      'smb-member@smb',
      `{ facility(code: "IVICT") { supplementaryAnalysis { status analysis { id } } } }`,
    );
    expect(board.errors).toBeUndefined();
    expect(board.data.facility.supplementaryAnalysis).toEqual({ status: 'VEREIST', analysis: null });
  });
});
