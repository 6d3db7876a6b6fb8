import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, PlatformProcess, sharedPlatform, signIn } from '@mkib/testing';

/**
 * The boards' agenda across kinds and the policy review mark, through the gateway and the subgraphs'
 * entity lookups (the reference resolvers policy's change triggers use). Reads and refusals only: the
 * shared platform keeps other files' data.
 */
let platform: PlatformProcess;
const tokens: Record<string, string> = {};
const YEAR = new Date().getUTCFullYear();

beforeAll(async () => {
  platform = sharedPlatform();
  for (const account of ['security-officer@politie', 'smb-member@smb', 'bmb-member@bmb', 'auditor@jenv'])
    tokens[account] = (
      await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })
    ).accessToken;
});

const gql = (account: string, query: string, variables: Record<string, unknown> = {}) =>
  graphql(platform.graphqlUrl, query, variables, tokens[account]);
const entities = (account: string, representation: object, selection: string) =>
  graphql(
    platform.subgraphs.governance,
    `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
    { r: [representation] },
    tokens[account],
  );

describe('[SK-3.1] [SK-3.5] the agenda across kinds', () => {
  it('boardItems answers every reader with items it may see, newest first', async () => {
    for (const account of ['security-officer@politie', 'smb-member@smb', 'auditor@jenv']) {
      const r = await gql(
        account,
        `query($y: Int) { boardItems(year: $y) { id kind party submittedAt changeProposal { id } } }`,
        { y: YEAR },
      );
      expect(r.errors).toBeUndefined();
      const items = r.data.boardItems as { kind: string; party: string; submittedAt: string }[];
      if (account === 'security-officer@politie')
        expect(items.every((i) => i.kind === 'POLICY_CHANGE' || i.party === 'politie')).toBe(true);
      const times = items.map((i) => i.submittedAt);
      expect(times).toEqual([...times].sort().reverse());
    }
  });

  it('an unknown item is NOT_FOUND as a query and a mutation; a reference to it is null, no error', async () => {
    const id = randomUUID();
    expect(
      errorCodes(await gql('auditor@jenv', `query($id: ID!) { boardItem(id: $id) { id } }`, { id })),
    ).toEqual(['NOT_FOUND']);
    // policy's change triggers follow these references inside lists: what the caller may not see is null.
    for (const [account, typename] of [
      ['auditor@jenv', 'BoardItem'],
      ['auditor@jenv', 'Instruction'],
      ['security-officer@politie', 'BoardItem'],
      ['security-officer@politie', 'Instruction'],
    ]) {
      const r = await entities(account, { __typename: typename, id }, `... on ${typename} { id }`);
      expect(errorCodes(r)).toEqual([]);
      expect(r.data).toEqual({ _entities: [null] });
    }
    expect(
      errorCodes(
        await gql(
          'smb-member@smb',
          `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Het SMB adviseert aanvaarden.") { id } }`,
          { id },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('only the boards advise and decide', async () => {
    const id = randomUUID();
    expect(
      errorCodes(
        await gql(
          'security-officer@politie',
          `mutation($id: ID!) { adviseBoardItem(agendaItemId: $id, advice: "Het SMB adviseert aanvaarden.") { id } }`,
          { id },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await gql('smb-member@smb', `mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
          i: { agendaItemId: id, decision: 'AANVAARD', text: 'Aanvaard door het BMB.' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('a change proposal not on the agenda has no board item', async () => {
    const r = await entities(
      'security-officer@politie',
      { __typename: 'ChangeProposal', id: randomUUID() },
      '... on ChangeProposal { id boardItem { id } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data._entities[0].boardItem).toBeNull();
  });
});

describe('[SK-3.1] policy changed: review', () => {
  it('an assessment without a newer policy version has no mark, and there is nothing to confirm', async () => {
    const r = await gql(
      'security-officer@politie',
      `query($y: Int!) { assessment(year: $y) { policyReview { policyVersion } } }`,
      {
        y: YEAR + 1,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.assessment.policyReview).toBeNull();
    expect(
      errorCodes(
        await gql(
          'security-officer@politie',
          `mutation($y: Int!) { confirmPolicyReview(year: $y) { year } }`,
          {
            y: YEAR + 1,
          },
        ),
      ),
    ).toEqual(['CONFLICT']);
  });
});
