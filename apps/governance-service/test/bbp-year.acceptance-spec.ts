import {
  errorCodes,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The BBP year through the gateway (issue 17): the secretary opens it with its calendar, parties submit
 * wishes (late ones marked), the secretary consolidates and puts it before the boards, the BMB adopts it.
 * Its own platform: it opens BBP years, which other files of the shared platform open too.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const YEAR = new Date().getUTCFullYear();
const calendarOf = (y: number) => ({
  year: y,
  wishesDeadline: `${y}-03-01`,
  progressReportMoments: [`${y}-09-30`, `${y}-05-31`],
  smbMeetings: [`${y}-04-15`, `${y}-10-15`],
  bmbMeetings: [`${y}-11-20`],
  adoptionDate: `${y}-11-20`,
});
const OPEN = `mutation($i: BbpYearInput!) { openBbpYear(input: $i) {
  year state policyVersion progressReportMoments
  calendar { milestone date label period cycleYear }
  wishParties { party { code name } description submitted late } } }`;
const WISH = `mutation($i: WishInput!) { submitWish(input: $i) { id party { code } late withdrawn } }`;

beforeAll(async () => {
  platform = await startPlatformProcess();
  for (const account of [
    'board-secretary@smb',
    'smb-member@smb',
    'bmb-member@bmb',
    'security-officer@politie',
    'lms-operator@lms',
  ])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-3.2] [SK-3.4] the BBP year through the gateway', () => {
  it('only the board secretary opens it; everyone reads its calendar', async () => {
    expect(errorCodes(await as('security-officer@politie')(OPEN, { i: calendarOf(YEAR + 1) }))).toEqual([
      'FORBIDDEN',
    ]);
    const opened = await as('board-secretary@smb')(OPEN, {
      i: {
        ...calendarOf(YEAR),
        icvCycle: {
          year: YEAR - 1,
          medegebruikerRapportages: `${YEAR}-01-15`,
          icvIndiening: `${YEAR}-02-15`,
          smbVergadering: `${YEAR}-04-15`,
          bmbVergadering: `${YEAR}-05-10`,
        },
      },
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openBbpYear).toMatchObject({
      year: YEAR,
      state: 'OPEN',
      policyVersion: 1,
      progressReportMoments: [`${YEAR}-05-31`, `${YEAR}-09-30`],
    });
    expect(opened.data.openBbpYear.wishParties.map((p: { party: { code: string } }) => p.party.code)).toEqual(
      ['politie', 'ambulance', 'brandweer', 'defensie', 'jenv', 'lms'],
    );
    const cal = await as('security-officer@politie')(
      `query($y: Int!) { calendar(year: $y) { milestone date label cycleYear period } }`,
      { y: YEAR },
    );
    expect(cal.errors).toBeUndefined();
    const entries = cal.data.calendar as { milestone: string; date: string; label: string }[];
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
    expect(entries.map((e) => e.label)).toEqual(
      expect.arrayContaining([
        `ICV-indiening (cyclus ${YEAR - 1})`,
        'Voortgangsrapportage 1',
        `Vaststelling BBP ${YEAR}`,
      ]),
    );
    expect(
      errorCodes(
        await as('board-secretary@smb')(OPEN, {
          i: { ...calendarOf(YEAR + 1), adoptionDate: `${YEAR + 1}-01-01` },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('takes wishes of a party and on behalf of one; a late wish is accepted and marked for the secretary', async () => {
    const own = await as('security-officer@politie')(WISH, {
      i: { year: YEAR, subject: 'SIEM', reasoning: 'Detectie', estimatedCost: 1000, priority: 'HOOG' },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data.submitWish.party.code).toBe('politie');
    const onBehalf = await as('board-secretary@smb')(WISH, {
      i: {
        year: YEAR,
        party: 'jenv',
        subject: 'Awareness',
        reasoning: 'Training',
        estimatedCost: 0,
        priority: 'LAAG',
      },
    });
    expect(onBehalf.data.submitWish.party.code).toBe('jenv');
    expect(
      errorCodes(
        await as('security-officer@politie')(WISH, {
          i: { year: YEAR, party: 'lms', subject: 'x', reasoning: 'y', estimatedCost: 1, priority: 'LAAG' },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    // Last year's round: its deadline passed.
    expect((await as('board-secretary@smb')(OPEN, { i: calendarOf(YEAR - 1) })).errors).toBeUndefined();
    const late = await as('lms-operator@lms')(WISH, {
      i: { year: YEAR - 1, subject: 'Back-up', reasoning: 'Herstel', estimatedCost: 5, priority: 'MIDDEN' },
    });
    expect(late.data.submitWish).toMatchObject({ late: true, party: { code: 'lms' } });
    const seen = await as('smb-member@smb')(
      `query($y: Int!) { wishes(year: $y) { party { code } late } bbpYear(year: $y) { wishParties { party { code } submitted late } } }`,
      { y: YEAR - 1 },
    );
    expect(seen.data.wishes).toEqual([{ party: { code: 'lms' }, late: true }]);
    expect(
      seen.data.bbpYear.wishParties.find((p: { party: { code: string } }) => p.party.code === 'lms'),
    ).toEqual({
      party: { code: 'lms' },
      submitted: 1,
      late: 1,
    });
    const own2 = await as('security-officer@politie')(
      `query($y: Int!) { wishes(year: $y) { party { code } } }`,
      {
        y: YEAR,
      },
    );
    expect(own2.data.wishes).toEqual([{ party: { code: 'politie' } }]);
  });

  it('is consolidated, put before the boards and adopted by the BMB after the SMB advised', async () => {
    const wishes = (
      await as('board-secretary@smb')(`query($y: Int!) { wishes(year: $y) { id } }`, { y: YEAR })
    ).data.wishes as { id: string }[];
    const consolidated = await as('board-secretary@smb')(
      `mutation($i: BbpConsolidationInput!) { consolidateBbp(input: $i) { state paragraph } }`,
      {
        i: {
          year: YEAR,
          paragraph: 'De informatiebeveiligingsparagraaf.',
          dispositions: wishes.map((w) => ({ wishId: w.id, disposition: 'OPGENOMEN' })),
        },
      },
    );
    expect(consolidated.errors).toBeUndefined();
    expect(consolidated.data.consolidateBbp.state).toBe('GECONSOLIDEERD');
    const submitted = await as('board-secretary@smb')(
      `mutation($y: Int!) { submitBbpForAdoption(year: $y) { state boardItem { id kind title bbpYear { year state } } } }`,
      { y: YEAR },
    );
    expect(submitted.errors).toBeUndefined();
    const item = submitted.data.submitBbpForAdoption.boardItem;
    expect(item).toMatchObject({
      kind: 'BBP',
      title: `BBP ${YEAR}`,
      bbpYear: { year: YEAR, state: 'VOORGELEGD' },
    });
    expect(
      (
        await as('smb-member@smb')(
          `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Het SMB adviseert vaststellen.") { id } }`,
          { id: item.id },
        )
      ).errors,
    ).toBeUndefined();
    const decided = await as('bmb-member@bmb')(
      `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { decision bbpYear { state } } }`,
      { i: { agendaItemId: item.id, decision: 'AANVAARD', text: 'Vastgesteld door het BMB.' } },
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data.decideBoardItem).toEqual({ decision: 'AANVAARD', bbpYear: { state: 'VASTGESTELD' } });
    // A party sees the BBP on the agenda (it is common), not another party's ICV.
    const politie = await as('security-officer@politie')(
      `query($y: Int) { boardItems(kind: BBP, year: $y) { title bbpYear { state } } }`,
      { y: YEAR },
    );
    expect(politie.data.boardItems).toEqual([{ title: `BBP ${YEAR}`, bbpYear: { state: 'VASTGESTELD' } }]);
  });

  it('shows the boards the progress across parties; a party may not read it', async () => {
    const r = await as('smb-member@smb')(
      `query($y: Int!) { progressOverview(year: $y) { year plans { party { code } } periods { period due total percentOnTrack missing { code } } } }`,
      { y: YEAR },
    );
    expect(r.errors).toBeUndefined();
    expect(
      r.data.progressOverview.periods.map((p: { period: number; due: string }) => [p.period, p.due]),
    ).toEqual([
      [1, `${YEAR}-05-31`],
      [2, `${YEAR}-09-30`],
    ]);
    expect(r.data.progressOverview.periods[0].missing.map((p: { code: string }) => p.code)).toContain(
      'politie',
    );
    expect(
      errorCodes(
        await as('security-officer@politie')(`query($y: Int!) { progressOverview(year: $y) { year } }`, {
          y: YEAR,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
