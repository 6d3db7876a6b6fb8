import { AsAccount, eventually, GraphQLResponse, HOOFDGEBRUIKER_OFFICERS, isoDay } from '@mkib/testing';

/**
 * The steps of a policy change a browser test does not click, through the gateway: the regulation's
 * procedure (SK-3.1) for a proposal the test drafted in the browser.
 */
const ok = <T = any>(r: GraphQLResponse<T>, what: string): T => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
};

export async function proposalNumbered(as: AsAccount, number: number): Promise<string> {
  const data = ok(await as('lms-operator@lms')(`{ changeProposals { id number } }`), 'changeProposals');
  const found = (data.changeProposals as { id: string; number: number }[]).find((p) => p.number === number);
  if (!found) throw new Error(`no proposal ${number}`);
  return found.id;
}

export async function respondAs(as: AsAccount, officers: readonly string[], proposalId: string) {
  for (const officer of officers)
    ok(
      await as(officer)(
        `mutation($i: ConsultationResponseInput!) { respondToConsultation(input: $i) { id } }`,
        {
          i: { proposalId, position: 'AGREE', reasons: 'Akkoord: de wijziging past bij onze organisatie.' },
        },
      ),
      `respondToConsultation (${officer})`,
    );
}

/** A drafted proposal through consultation, submission, the SMB's advice and the BMB's adoption. */
export async function adoptDraft(as: AsAccount, proposalId: string): Promise<number> {
  const lms = as('lms-operator@lms');
  ok(
    await lms(`mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { id } }`, {
      p: proposalId,
      d: isoDay(14),
    }),
    'openConsultation',
  );
  await respondAs(as, HOOFDGEBRUIKER_OFFICERS, proposalId);
  ok(
    await lms(`mutation($p: ID!) { submitChangeProposal(proposalId: $p) { id } }`, { p: proposalId }),
    'submit',
  );
  const item = await eventually(
    async () =>
      ok(
        await as('smb-member@smb')(`query($p: ID!) { changeProposal(id: $p) { boardItem { id } } }`, {
          p: proposalId,
        }),
        'boardItem',
      ).changeProposal.boardItem as { id: string } | null,
    (i) => i !== null,
    'the proposal on the agenda',
  );
  ok(
    await as('smb-member@smb')(
      `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id } }`,
      { id: item!.id, a: 'Het SMB adviseert de wijziging vast te stellen.' },
    ),
    'adviseBoardItem',
  );
  ok(
    await as('bmb-member@bmb')(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
      i: { agendaItemId: item!.id, decision: 'AANVAARD', text: 'Het BMB stelt de wijziging vast.' },
    }),
    'decideBoardItem',
  );
  const adopted = await eventually(
    async () =>
      ok(
        await lms(`query($p: ID!) { changeProposal(id: $p) { state adoptedVersion { version } } }`, {
          p: proposalId,
        }),
        'state',
      ).changeProposal as { state: string; adoptedVersion: { version: number } | null },
    (p) => p.state === 'ADOPTED',
    'the proposal adopted',
  );
  return adopted.adoptedVersion!.version;
}
