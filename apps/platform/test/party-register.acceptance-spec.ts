import {
  currentYear,
  eventually,
  graphql,
  GraphQLResponse,
  isoDay,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The registers the LMS keeps (issue 18, SK-5.4): a co-user the LMS admits signs in, works in its
 * hoofdgebruiker's workspace, reports, and is counted in its hoofdgebruiker's ICV, with no change to the
 * seeded register; every change is audited and publishes the whole register.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
const fieldsOf = (r: GraphQLResponse) =>
  ((r.errors?.[0]?.extensions?.problems ?? []) as { field: string }[]).map((p) => p.field);
const YEAR = currentYear();
const ACCOUNTS = [
  'lms-operator@lms',
  'board-secretary@smb',
  'security-officer@kmar',
  'security-officer@politie',
  'medegebruiker@rode-kruis',
  'auditor@jenv',
];

const SAVE = `mutation($i: CoUserInput!) { saveCoUser(input: $i) {
  party { code name kind } category responsibleHoofdgebruiker { code name } admittedOn endsOn active
  facilities reportingArrangement reportDue } }`;
const END = `mutation($c: ID!, $e: String!) { endCoUser(code: $c, endsOn: $e) { party { code } endsOn active } }`;
const REPRESENT = `mutation($i: BoardRepresentationInput!) { setBoardRepresentation(input: $i) { party { code name } smb bmb } }`;
const REGISTER = `{ partyRegister { hoofdgebruikers { code } coUsers { party { code } category
  responsibleHoofdgebruiker { code } active facilities } representatives { party { code } smb bmb } } }`;
const TRAIL = `query($f: AuditTrailFilter) { governanceAuditTrail(filter: $f) { total entries { action subject } } }`;
const RECEIVED = `query($f: AuditTrailFilter) { icvAuditTrail(filter: $f) { total } }`;

const KUSTWACHT = {
  code: 'kustwacht-test',
  name: 'Kustwacht Nederland',
  category: 'MEDEGEBRUIKER',
  responsibleHoofdgebruiker: 'kmar',
  admittedOn: isoDay(-10),
  facilities: ['GMS', 'OIS'],
};

const trailOf = async (subject: string) => {
  const r = await as('auditor@jenv')(TRAIL, { f: { subject } });
  expect(r.errors).toBeUndefined();
  return r.data.governanceAuditTrail.total as number;
};
const registersReceived = async () => {
  const r = await as('auditor@jenv')(RECEIVED, { f: { action: 'party-register.received' } });
  expect(r.errors).toBeUndefined();
  return r.data.icvAuditTrail.total as number;
};

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
  const opened = await as('board-secretary@smb')(
    `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
    {
      i: {
        year: YEAR,
        medegebruikerRapportages: isoDay(30),
        icvIndiening: isoDay(60),
        smbVergadering: isoDay(90),
        bmbVergadering: isoDay(120),
      },
    },
  );
  expect(opened.errors).toBeUndefined();
});
afterAll(() => platform?.stop());

describe('[SK-5.4] the registers the LMS keeps', () => {
  it('[SK-5.4] a co-user the LMS admits signs in, works in its hoofdgebruiker’s workspace, reports, and counts in its ICV', async () => {
    // Not in the register yet: the name is unknown to the issuer.
    await expect(
      signIn({ baseUrl: platform.baseUrl, username: `medegebruiker@${KUSTWACHT.code}`, password: 'demo' }),
    ).rejects.toThrow(/sign-in refused/);
    const received = await registersReceived();

    const saved = await as('lms-operator@lms')(SAVE, { i: KUSTWACHT });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveCoUser).toEqual({
      party: { code: KUSTWACHT.code, name: KUSTWACHT.name, kind: 'MEDEGEBRUIKER' },
      category: 'MEDEGEBRUIKER',
      responsibleHoofdgebruiker: { code: 'kmar', name: 'Koninklijke Marechaussee' },
      admittedOn: KUSTWACHT.admittedOn,
      endsOn: null,
      active: true,
      facilities: ['GMS', 'OIS'],
      reportingArrangement: null,
      reportDue: null,
    });
    // Audited, and the whole register published (the icv context received it).
    const trail = await as('auditor@jenv')(TRAIL, { f: { subject: KUSTWACHT.code } });
    expect(trail.data.governanceAuditTrail.entries.map((e: { action: string }) => e.action)).toEqual([
      'party-register.co-user-admitted',
    ]);
    await eventually(
      () => registersReceived(),
      (n) => n > received,
      'the published register in the icv context',
    );

    // Signs in: the issuer follows the register.
    const account = `medegebruiker@${KUSTWACHT.code}`;
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;

    // Its workspace: the shell asks the register and opens the hoofdgebruiker's remote (apps/shell workspace.ts).
    const party = await as(account)(
      `query($c: ID!) { party(code: $c) { kind responsibleHoofdgebruiker { code } } }`,
      {
        c: KUSTWACHT.code,
      },
    );
    expect(party.data.party).toEqual({ kind: 'MEDEGEBRUIKER', responsibleHoofdgebruiker: { code: 'kmar' } });
    // And it reads its own entry of the register only.
    const own = await as(account)(REGISTER);
    expect(own.data.partyRegister.coUsers.map((c: { party: { code: string } }) => c.party.code)).toEqual([
      KUSTWACHT.code,
    ]);

    // Reports to its hoofdgebruiker.
    const report = await as(account)(
      `mutation($i: CoUserReportInput!) { submitCoUserReport(input: $i) { party reportsTo status } }`,
      { i: { year: YEAR, status: 'DEELS', summary: 'Toegangsbeheer op orde, logging nog niet ingericht.' } },
    );
    expect(report.errors).toBeUndefined();
    expect(report.data.submitCoUserReport).toEqual({
      party: KUSTWACHT.code,
      reportsTo: 'kmar',
      status: 'DEELS',
    });

    // Counted in the hoofdgebruiker's ICV: its coverage lists the new co-user with its report.
    const kmar = as('security-officer@kmar');
    const started = await eventually(
      () => kmar(`mutation($y: Int!) { startIcv(year: $y) { state } }`, { y: YEAR }),
      (r) => !r.errors,
      'the ICV of kmar',
    );
    expect(started.data.startIcv.state).toBe('CONCEPT');
    const icv = await kmar(`query($y: Int!) { icv(year: $y) { coUsers { party report { status } } } }`, {
      y: YEAR,
    });
    expect(icv.data.icv.coUsers).toEqual([{ party: KUSTWACHT.code, report: { status: 'DEELS' } }]);
  });

  it('[SK-5.4] wrong input changes nothing: no entry, no audit, no event', async () => {
    const before = await trailOf('nieuw-te-weigeren');
    const received = await registersReceived();
    const refused = await as('lms-operator@lms')(SAVE, {
      i: {
        ...KUSTWACHT,
        code: 'nieuw-te-weigeren',
        category: 'TIJDELIJK',
        responsibleHoofdgebruiker: 'rode-kruis',
        facilities: ['ONBEKEND'],
      },
    });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(refused)).toEqual([
      'input.responsibleHoofdgebruiker',
      'input.endsOn',
      'input.facilities',
    ]);
    const bad = await as('lms-operator@lms')(SAVE, { i: { ...KUSTWACHT, code: 'Politie' } });
    expect(fieldsOf(bad)).toEqual(['input.code']);
    const fixed = await as('lms-operator@lms')(SAVE, { i: { ...KUSTWACHT, code: 'politie' } });
    expect(fieldsOf(fixed)).toEqual(['input.code']);
    const register = await as('lms-operator@lms')(REGISTER);
    expect(
      register.data.partyRegister.coUsers.map((c: { party: { code: string } }) => c.party.code),
    ).not.toContain('nieuw-te-weigeren');
    expect(await trailOf('nieuw-te-weigeren')).toBe(before);
    expect(await registersReceived()).toBe(received);
  });

  it('[SK-5.4] only the LMS keeps the register', async () => {
    for (const account of ['security-officer@politie', 'board-secretary@smb', 'medegebruiker@rode-kruis']) {
      expect(codes(await as(account)(SAVE, { i: { ...KUSTWACHT, code: 'niet-van-mij' } }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await as(account)(END, { c: 'rode-kruis', e: isoDay(0) }))).toEqual(['FORBIDDEN']);
      expect(
        codes(await as(account)(REPRESENT, { i: { party: 'politie', smb: ['A. de Vries'], bmb: [] } })),
      ).toEqual(['FORBIDDEN']);
    }
  });

  it('[SK-5.4] a hoofdgebruiker reads its own co-users; the boards and the LMS all', async () => {
    const politie = await as('security-officer@politie')(REGISTER);
    expect(politie.errors).toBeUndefined();
    expect(politie.data.partyRegister.coUsers).toEqual([
      {
        party: { code: 'handhaving-amsterdam' },
        category: 'MEDEGEBRUIKER',
        responsibleHoofdgebruiker: { code: 'politie' },
        active: true,
        facilities: ['GMS', 'OIS'],
      },
    ]);
    const all = await as('board-secretary@smb')(REGISTER);
    expect(all.data.partyRegister.coUsers.map((c: { party: { code: string } }) => c.party.code)).toEqual(
      expect.arrayContaining(['handhaving-amsterdam', 'rode-kruis', 'rijkswaterstaat']),
    );
    expect(all.data.partyRegister.hoofdgebruikers.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['politie', 'ambulance', 'brandweer', 'kmar', 'defensie']),
    );
  });

  it('[SK-5.4] the LMS records the representatives; a bijzondere gebruiker needs its arrangement', async () => {
    const set = await as('lms-operator@lms')(REPRESENT, {
      i: { party: 'politie', smb: ['A. de Vries'], bmb: ['B. Jansen'] },
    });
    expect(set.data.setBoardRepresentation).toEqual({
      party: { code: 'politie', name: 'Politie' },
      smb: ['A. de Vries'],
      bmb: ['B. Jansen'],
    });
    const coUser = await as('lms-operator@lms')(REPRESENT, { i: { party: 'rode-kruis', smb: [], bmb: [] } });
    expect(fieldsOf(coUser)).toEqual(['input.party']);
    expect(
      codes(await as('lms-operator@lms')(REPRESENT, { i: { party: 'niemand', smb: [], bmb: [] } })),
    ).toEqual(['NOT_FOUND']);
    const bijzonder = await as('lms-operator@lms')(SAVE, {
      i: {
        ...KUSTWACHT,
        code: 'nza-test',
        category: 'BIJZONDERE_GEBRUIKER',
        responsibleHoofdgebruiker: null,
      },
    });
    expect(fieldsOf(bijzonder)).toEqual(['input.reportingArrangement', 'input.reportDue']);
  });

  it('[SK-5.4] an ended co-user no longer signs in', async () => {
    const code = 'tijdelijk-test';
    const saved = await as('lms-operator@lms')(SAVE, {
      i: { ...KUSTWACHT, code, category: 'TIJDELIJK', admittedOn: isoDay(-20), endsOn: isoDay(20) },
    });
    expect(saved.errors).toBeUndefined();
    await signIn({ baseUrl: platform.baseUrl, username: `medegebruiker@${code}`, password: 'demo' });
    expect(codes(await as('lms-operator@lms')(END, { c: code, e: isoDay(-21) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as('lms-operator@lms')(END, { c: 'politie', e: isoDay(-1) }))).toEqual(['NOT_FOUND']);
    const ended = await as('lms-operator@lms')(END, { c: code, e: isoDay(-1) });
    expect(ended.data.endCoUser).toEqual({ party: { code }, endsOn: isoDay(-1), active: false });
    expect(codes(await as('lms-operator@lms')(END, { c: code, e: isoDay(-1) }))).toEqual(['CONFLICT']);
    await expect(
      signIn({ baseUrl: platform.baseUrl, username: `medegebruiker@${code}`, password: 'demo' }),
    ).rejects.toThrow(/sign-in refused/);
  });
});
