import { randomUUID } from 'node:crypto';
import {
  errorCodes,
  graphql,
  GraphQLResponse,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * Working groups of the SMB (SK-3.7) through the gateway: the SMB's secretary sets up a hulpstructuur in
 * which the beheerder (the LMS) and the hoofdgebruikers are represented, with a mandate and members; its
 * reports become items on the SMB agenda, which the SMB advises on and the BMB decides like every item.
 * Every party reads the groups; only the SMB's secretary keeps them.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const SECRETARY = 'board-secretary@smb';
const ACCOUNTS = [
  SECRETARY,
  'board-secretary@bmb',
  'smb-member@smb',
  'bmb-member@bmb',
  'lms-operator@lms',
  'security-officer@politie',
  'viewer@ambulance',
  'medegebruiker@rode-kruis',
  'auditor@jenv',
  'evaluator@jenv',
];
const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform.graphqlUrl, query, variables, tokens[account]);
const ok = (r: GraphQLResponse) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};

const GROUP = `id name mandate state establishedOn dissolvedOn members { party { code name } name }
  reports { id kind title party advice decision }`;
const SAVE = `mutation($i: WorkingGroupInput!) { saveWorkingGroup(input: $i) { ${GROUP} } }`;
const DISSOLVE = `mutation($id: ID!) { dissolveWorkingGroup(id: $id) { ${GROUP} } }`;
const REPORT = `mutation($i: WorkingGroupReportInput!) {
  submitWorkingGroupReport(input: $i) { id kind title subjectId advice decision } }`;
const LIST = `{ workingGroups { ${GROUP} } }`;

const MEMBERS = [
  { party: 'lms', name: 'A. de Vries' },
  { party: 'politie', name: 'B. Jansen' },
];
const groupInput = (name: string, members = MEMBERS) => ({
  name,
  mandate: 'Werkt een gezamenlijk draaiboek voor informatiebeveiligingsincidenten uit.',
  members,
});
const groups = async () => ok(await as(SECRETARY)(LIST)).workingGroups as any[];

beforeAll(async () => {
  // MKIB_COUNT_SQL: the statements of a request are counted (tests only), for the no-N+1 check.
  platform = await startPlatformProcess({ MKIB_COUNT_SQL: '1' });
  for (const account of ACCOUNTS)
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-3.7] working groups of the SMB', () => {
  let groupId: string;

  it('the SMB secretary sets up a group with members of the LMS and the politie', async () => {
    const group = ok(await as(SECRETARY)(SAVE, { i: groupInput('Incidentrespons') })).saveWorkingGroup;
    groupId = group.id;
    expect(group).toMatchObject({
      name: 'Incidentrespons',
      state: 'ACTIEF',
      dissolvedOn: null,
      reports: [],
      members: [
        { party: { code: 'lms', name: 'Landelijke Meldkamer Samenwerking' }, name: 'A. de Vries' },
        { party: { code: 'politie', name: 'Politie' }, name: 'B. Jansen' },
      ],
    });
    expect(group.establishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['a board party', 'smb'],
    ['a co-user', 'rode-kruis'],
    ['the Ministry', 'jenv'],
    ['an unknown party', 'onbekend'],
  ])('refuses a member of %s: BAD_USER_INPUT, nothing written', async (_what, party) => {
    const before = await groups();
    const r = await as(SECRETARY)(SAVE, {
      i: groupInput('Werkgroep met een vreemd lid', [...MEMBERS, { party, name: 'C. Bakker' }]),
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(await groups()).toEqual(before);
  });

  it('refuses a group without the beheerder or without a hoofdgebruiker, and a member without a name', async () => {
    const before = await groups();
    for (const members of [
      [{ party: 'lms', name: 'A. de Vries' }],
      [{ party: 'politie', name: 'B. Jansen' }],
      [...MEMBERS, { party: 'brandweer', name: ' ' }],
      [],
    ])
      expect(errorCodes(await as(SECRETARY)(SAVE, { i: groupInput('Onvolledig', members) }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    // A change with a bad member leaves the group as it was.
    expect(
      errorCodes(
        await as(SECRETARY)(SAVE, {
          i: { ...groupInput('Incidentrespons', [...MEMBERS, { party: 'bmb', name: 'X' }]), id: groupId },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await groups()).toEqual(before);
  });

  it('refuses a second active group of the same name (CONFLICT)', async () => {
    const r = await as(SECRETARY)(SAVE, { i: groupInput('incidentrespons') });
    expect(errorCodes(r)).toEqual(['CONFLICT']);
    expect((await groups()).length).toBe(1);
  });

  it('the secretary changes the group: a member of the brandweer joins', async () => {
    const members = [...MEMBERS, { party: 'brandweer', name: 'D. Smit' }];
    const group = ok(
      await as(SECRETARY)(SAVE, { i: { ...groupInput('Incidentrespons', members), id: groupId } }),
    ).saveWorkingGroup;
    expect(group.members.map((x: any) => x.party.name)).toEqual([
      'Landelijke Meldkamer Samenwerking',
      'Politie',
      'Brandweer (veiligheidsregio’s)',
    ]);
  });

  it('a report becomes an item on the SMB agenda; the SMB advises, then the BMB decides', async () => {
    const item = ok(
      await as(SECRETARY)(REPORT, {
        i: {
          workingGroupId: groupId,
          title: 'Eerste rapportage',
          summary: 'Het draaiboek is in concept klaar.',
        },
      }),
    ).submitWorkingGroupReport;
    expect(item).toMatchObject({
      kind: 'WORKING_GROUP_REPORT',
      title: 'Werkgroep Incidentrespons: Eerste rapportage',
      advice: null,
      decision: null,
    });
    const agenda = ok(
      await as('smb-member@smb')(`{ boardItems(kind: WORKING_GROUP_REPORT) { id title } }`),
    ).boardItems;
    expect(agenda).toEqual([{ id: item.id, title: 'Werkgroep Incidentrespons: Eerste rapportage' }]);

    const decide = () =>
      as('bmb-member@bmb')(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id decision } }`, {
        i: { agendaItemId: item.id, decision: 'AANVAARD', text: 'Het BMB neemt de rapportage over.' },
      });
    // Not before the SMB's advice.
    expect(errorCodes(await decide())).toEqual(['CONFLICT']);
    ok(
      await as('smb-member@smb')(
        `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id } }`,
        { id: item.id, a: 'Het SMB adviseert de rapportage over te nemen.' },
      ),
    );
    expect(ok(await decide()).decideBoardItem.decision).toBe('AANVAARD');

    const [group] = await groups();
    expect(group.reports).toEqual([
      expect.objectContaining({
        id: item.id,
        advice: 'Het SMB adviseert de rapportage over te nemen.',
        decision: 'AANVAARD',
      }),
    ]);
  });

  it('refuses a report without a title (BAD_USER_INPUT) and of an unknown group (NOT_FOUND)', async () => {
    expect(
      errorCodes(
        await as(SECRETARY)(REPORT, { i: { workingGroupId: groupId, title: ' ', summary: 'Samenvatting' } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await as(SECRETARY)(REPORT, {
          i: { workingGroupId: '00000000-0000-4000-8000-000000000000', title: 'T', summary: 'S' },
        }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect((await groups())[0].reports).toHaveLength(1);
  });

  it('FORBIDDEN for the BMB secretary, the LMS and the parties; nothing written', async () => {
    const before = await groups();
    for (const account of [
      'board-secretary@bmb',
      'smb-member@smb',
      'lms-operator@lms',
      'security-officer@politie',
      'medegebruiker@rode-kruis',
      'evaluator@jenv',
    ]) {
      expect(errorCodes(await as(account)(SAVE, { i: groupInput(`Van ${account}`) }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(account)(DISSOLVE, { id: groupId }))).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await as(account)(REPORT, { i: { workingGroupId: groupId, title: 'T', summary: 'S' } })),
      ).toEqual(['FORBIDDEN']);
    }
    expect(await groups()).toEqual(before);
  });

  it('every party reads the groups, with members by party name and the reports', async () => {
    for (const account of ACCOUNTS) {
      const list = ok(await as(account)(LIST)).workingGroups;
      expect(list).toHaveLength(1);
      expect(list[0].members[1].party.name).toBe('Politie');
      expect(list[0].reports).toHaveLength(1);
      expect(
        ok(await as(account)(`query($id: ID!) { workingGroup(id: $id) { name } }`, { id: groupId })),
      ).toEqual({ workingGroup: { name: 'Incidentrespons' } });
    }
    expect(
      errorCodes(
        await as('viewer@ambulance')(`{ workingGroup(id: "00000000-0000-4000-8000-000000000000") { id } }`),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('a dissolved group no longer changes or reports (CONFLICT), and its name is free again', async () => {
    const dissolved = ok(await as(SECRETARY)(DISSOLVE, { id: groupId })).dissolveWorkingGroup;
    expect(dissolved.state).toBe('OPGEHEVEN');
    expect(dissolved.dissolvedOn >= dissolved.establishedOn).toBe(true);
    expect(
      errorCodes(
        await as(SECRETARY)(REPORT, { i: { workingGroupId: groupId, title: 'Te laat', summary: 'S' } }),
      ),
    ).toEqual(['CONFLICT']);
    expect(errorCodes(await as(SECRETARY)(DISSOLVE, { id: groupId }))).toEqual(['CONFLICT']);
    expect(
      errorCodes(await as(SECRETARY)(SAVE, { i: { ...groupInput('Incidentrespons'), id: groupId } })),
    ).toEqual(['CONFLICT']);
    expect((await groups())[0].reports).toHaveLength(1);
    const again = ok(await as(SECRETARY)(SAVE, { i: groupInput('Incidentrespons') })).saveWorkingGroup;
    expect(again.state).toBe('ACTIEF');
    expect((await groups()).map((g) => g.state)).toEqual(['ACTIEF', 'OPGEHEVEN']);
  });
  it('audits each change of the group, the change with before and after; the refused calls none', async () => {
    const trail = ok(
      await as('auditor@jenv')(
        `query($s: String!) { governanceAuditTrail(filter: { subject: $s }) { entries { action actor before after } } }`,
        { s: groupId },
      ),
    ).governanceAuditTrail.entries;
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      'working-group.dissolved',
      'working-group-report.submitted',
      'working-group.changed',
      'working-group.established',
    ]);
    expect(trail.every((e: { actor: string }) => e.actor === SECRETARY)).toBe(true);
    const changed = trail[2];
    expect(JSON.parse(changed.before).members).toHaveLength(2);
    expect(JSON.parse(changed.after).members).toHaveLength(3);
  });

  it('reads every group with its members’ parties and reports in a fixed number of statements (no N+1)', async () => {
    const statements = async () => {
      const id = randomUUID();
      const r = await graphql(platform.graphqlUrl, LIST, undefined, tokens['viewer@ambulance'], {
        'x-correlation-id': id,
      });
      expect(r.errors).toBeUndefined();
      const counted = await (await fetch(`${platform.baseUrl}/__test/sql-statements/${id}`)).json();
      return counted.statements as number;
    };
    const few = await statements();
    for (const name of ['Meldkamerdata', 'Continuïteit']) {
      const group = ok(
        await as(SECRETARY)(SAVE, {
          i: groupInput(name, [...MEMBERS, { party: 'kmar', name: 'E. Visser' }]),
        }),
      ).saveWorkingGroup;
      for (const title of ['Eerste', 'Tweede'])
        ok(await as(SECRETARY)(REPORT, { i: { workingGroupId: group.id, title, summary: 'Samenvatting.' } }));
    }
    expect((await groups()).length).toBe(4);
    expect(await statements()).toBe(few);
  });
});
