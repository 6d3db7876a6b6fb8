import type { GraphQLResponse } from './graphql-client';
import { eventually } from './eventually';
import { isoDay } from './dates';

/** Sends a GraphQL operation as a demo account. */
export type AsAccount = (
  account: string,
) => (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse>;

/** The accounts the policy change flow needs (sign them in before using `adoptPolicyChange`). */
export const POLICY_FLOW_ACCOUNTS = [
  'lms-operator@lms',
  'security-officer@politie',
  'security-officer@ambulance',
  'security-officer@brandweer',
  'security-officer@kmar',
  'security-officer@defensie',
  'smb-member@smb',
  'bmb-member@bmb',
] as const;

export const HOOFDGEBRUIKER_OFFICERS = POLICY_FLOW_ACCOUNTS.filter((a) => a.startsWith('security-officer@'));

const ok = (r: GraphQLResponse, what: string) => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data;
};

export interface PolicyChangeOptions {
  title?: string;
  rationale?: string;
  /** Defaults to an evaluation of the beheerder, named by reference. */
  trigger?: { kind: string; recordId?: string; reference?: string };
  /** `PolicyChangeInput`: text edits and carried changes (bbnProfile, frameworkImports, supplementaryMeasures). */
  change?: Record<string, unknown>;
  /**
   * Drive an EXISTING draft instead of drafting one: the proposal with this id, or the (first) draft whose
   * trigger names this record (e.g. the proposal a supplementary risk analysis made, found by the analysis'
   * id; waited for, since it arrives as an event).
   */
  existing?: { proposalId?: string; triggerRecordId?: string };
  /** Stop after this step (default: adopted). */
  until?: 'DRAFT' | 'CONSULTATION' | 'SUBMITTED' | 'ADVISED' | 'ADOPTED' | 'REJECTED';
  /** YYYY-MM-DD: `respondBy` of the consultation (default: 14 days after `today`). */
  respondBy?: string;
  /** The platform's today (YYYY-MM-DD), when the platform runs on another clock than the system's. */
  today?: string;
}

export interface PolicyChangeResult {
  proposalId: string;
  agendaItemId: string | null;
  /** The policy version in force at the end. */
  version: number;
}

/**
 * Drives one policy change through the regulation's procedure (SK-3.1, SK-4.4) through the gateway: the
 * LMS drafts, the five hoofdgebruikers respond to the consultation, the LMS submits, the SMB advises, the
 * BMB adopts (or rejects); waits for each asynchronous step. Tests that change the common requirements
 * (a BBN profile, the common catalogue, supplementary measures) use it: those change only on adoption.
 */
export async function adoptPolicyChange(
  as: AsAccount,
  options: PolicyChangeOptions,
): Promise<PolicyChangeResult> {
  const lms = as('lms-operator@lms');
  const until = options.until ?? 'ADOPTED';
  const before = (ok(await lms(`{ policyVersion { version } }`), 'policyVersion') as any).policyVersion
    .version;
  const proposalId = options.existing
    ? await existingProposal(lms, options.existing)
    : await draftProposal(lms, options);
  const result = (agendaItemId: string | null, version = before): PolicyChangeResult => ({
    proposalId,
    agendaItemId,
    version,
  });
  if (until === 'DRAFT') return result(null);

  ok(
    await lms(`mutation($p: ID!, $d: String!) { openConsultation(proposalId: $p, respondBy: $d) { id } }`, {
      p: proposalId,
      d: options.respondBy ?? isoDay(14, options.today ? new Date(`${options.today}T12:00:00Z`) : new Date()),
    }),
    'openConsultation',
  );
  for (const officer of HOOFDGEBRUIKER_OFFICERS)
    ok(
      await as(officer)(
        `mutation($i: ConsultationResponseInput!) { respondToConsultation(input: $i) { id } }`,
        { i: { proposalId, position: 'AGREE', reasons: 'Akkoord: de wijziging past bij onze organisatie.' } },
      ),
      `respondToConsultation (${officer})`,
    );
  if (until === 'CONSULTATION') return result(null);

  ok(
    await lms(`mutation($p: ID!) { submitChangeProposal(proposalId: $p) { id } }`, { p: proposalId }),
    'submit',
  );
  const item = await eventually(
    async () =>
      (
        ok(
          await as('smb-member@smb')(`query($p: ID!) { changeProposal(id: $p) { boardItem { id } } }`, {
            p: proposalId,
          }),
          'boardItem',
        ) as any
      ).changeProposal.boardItem as { id: string } | null,
    (i) => i !== null,
    'the proposal on the SMB agenda',
  );
  if (until === 'SUBMITTED') return result(item!.id);

  ok(
    await as('smb-member@smb')(
      `mutation($id: ID!, $a: String!) { adviseBoardItem(agendaItemId: $id, advice: $a) { id } }`,
      {
        id: item!.id,
        a: 'Het SMB adviseert het BMB de wijziging vast te stellen.',
      },
    ),
    'adviseBoardItem',
  );
  if (until === 'ADVISED') return result(item!.id);

  const reject = until === 'REJECTED';
  ok(
    await as('bmb-member@bmb')(`mutation($i: DecisionInput!) { decideBoardItem(input: $i) { id } }`, {
      i: {
        agendaItemId: item!.id,
        decision: reject ? 'NIET_AANVAARD' : 'AANVAARD',
        text: reject ? 'Het BMB stelt de wijziging niet vast.' : 'Het BMB stelt de wijziging vast.',
      },
    }),
    'decideBoardItem',
  );
  const state = await eventually(
    async () =>
      (
        ok(
          await lms(`query($p: ID!) { changeProposal(id: $p) { state adoptedVersion { version } } }`, {
            p: proposalId,
          }),
          'state',
        ) as any
      ).changeProposal as { state: string; adoptedVersion: { version: number } | null },
    (p) => p.state === (reject ? 'REJECTED' : 'ADOPTED'),
    `the proposal ${reject ? 'rejected' : 'adopted'}`,
  );
  return result(item!.id, state.adoptedVersion?.version ?? before);
}

async function draftProposal(lms: ReturnType<AsAccount>, options: PolicyChangeOptions): Promise<string> {
  const drafted = ok(
    await lms(`mutation($i: DraftChangeProposalInput!) { draftChangeProposal(input: $i) { id state } }`, {
      i: {
        title: options.title ?? 'Wijziging informatiebeveiligingsbeleid (test)',
        rationale:
          options.rationale ?? 'De risicoanalyse van de beheerder geeft aanleiding tot deze wijziging.',
        // A risk analysis trigger names a final analysis (issue 16): a reference text is an evaluation's.
        trigger: options.trigger ?? { kind: 'EVALUATION', reference: 'Evaluatie beheerder (test)' },
        change: options.change ?? {},
      },
    }),
    'draftChangeProposal',
  ) as any;
  return drafted.draftChangeProposal.id;
}

/** The id of an existing draft: given, or found by the record its trigger names. */
export async function findDraftProposal(
  as: AsAccount,
  existing: { proposalId?: string; triggerRecordId?: string },
): Promise<string> {
  return existingProposal(as('lms-operator@lms'), existing);
}

async function existingProposal(
  lms: ReturnType<AsAccount>,
  existing: { proposalId?: string; triggerRecordId?: string },
): Promise<string> {
  if (existing.proposalId) return existing.proposalId;
  if (!existing.triggerRecordId) throw new Error('existing: give a proposalId or a triggerRecordId');
  const found = await eventually(
    async () =>
      (
        (
          ok(
            await lms(`{ changeProposals(state: DRAFT) { id trigger { kind recordId } } }`),
            'changeProposals',
          ) as any
        ).changeProposals as { id: string; trigger: { recordId: string | null } }[]
      ).find((p) => p.trigger.recordId === existing.triggerRecordId),
    (p) => p !== undefined,
    `a draft proposal triggered by ${existing.triggerRecordId}`,
  );
  return found!.id;
}
