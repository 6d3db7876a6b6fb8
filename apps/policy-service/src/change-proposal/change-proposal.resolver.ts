import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import {
  applyContentChange,
  awaitingResponse,
  carriedChangeLines,
  carriesRequirementChanges,
  ChangeRequestState,
  diffPolicy,
  policy,
  ProposalState,
  textPart,
  editsText,
} from '@mkib/domain-policy';
import { toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { applicableGrants, partyScope, Principal } from '@mkib/server-auth';
import { Acting, Authorise, byKeys, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { CatalogueService } from '../catalogue/catalogue.service';
import { PolicyVersionService, PolicyVersionView } from '../policy-document/policy-version.service';
import { policyLoaders } from '../policy.loaders';
import { ProfileService } from '../profile/profile.service';
import {
  ChangeProposalEntity,
  ChangeRequestEntity,
  ConsultationResponseEntity,
  JaaraanschrijvingEntity,
  ProposalStepEntity,
} from './change-proposal.entities';
import {
  ConsultationResponseInput,
  DraftChangeProposalInput,
  RecordJaaraanschrijvingInput,
  RequestPolicyChangeInput,
  UpdateChangeProposalInput,
} from './change-proposal.input';
import { ChangeProposalService } from './change-proposal.service';

/** The GraphQL shape of a proposal (dates as text), keeping what its fields resolve from. */
export const toProposal = (p: ChangeProposalEntity) => ({
  id: p.id,
  number: p.number,
  title: p.title,
  rationale: p.rationale,
  state: p.state,
  trigger: {
    kind: p.triggerKind,
    recordId: p.triggerRecordId,
    reference: p.triggerReference,
    label: p.triggerLabel,
  },
  baseVersion: p.baseVersion,
  respondBy: p.respondBy ? toIsoDay(p.respondBy) : null,
  draftedBy: p.draftedBy,
  draftedAt: toIsoTimestamp(p.draftedAt)!,
  submittedAt: toIsoTimestamp(p.submittedAt),
  decidedAt: toIsoTimestamp(p.decidedAt),
  withdrawReason: p.withdrawReason,
  adoptionFailure: p.adoptionFailure,
  adoptedVersionNumber: p.adoptedVersion,
  change: p.change,
  importReports: p.importReports,
});
export type ProposalView = ReturnType<typeof toProposal>;

const toRequest = (r: ChangeRequestEntity) => ({
  ...r,
  requestedAt: toIsoTimestamp(r.requestedAt)!,
  declinedAt: toIsoTimestamp(r.declinedAt),
});

const toJaaraanschrijving = (j: JaaraanschrijvingEntity) => ({
  ...j,
  date: toIsoDay(j.date),
  recordedAt: toIsoTimestamp(j.recordedAt)!,
});

/** The procedure's batched lookups for one request: one query per kind, whatever the number of parents. */
/** The policy versions a list of proposals needs, batched per request: one query per kind. */
function versionLoaders(loaders: RequestLoaders, versions: PolicyVersionService) {
  return {
    version: (n: number) =>
      loaders
        .get<
          number,
          PolicyVersionView
        >('policy.versionByNumber', async (numbers) => byKeys(numbers, await versions.versionsByNumbers(numbers), (v) => String(v.version)))
        .load(n),
    inForce: () =>
      loaders
        .get<'current', PolicyVersionView>('policy.versionInForce', async (keys) => {
          const current = await versions.inForce();
          return keys.map(() => current);
        })
        .load('current'),
  };
}

function procedureLoaders(loaders: RequestLoaders, service: ChangeProposalService) {
  const group = <T>(ids: readonly string[], rows: T[], idOf: (row: T) => string) =>
    ids.map((id) => rows.filter((r) => idOf(r) === id));
  return {
    proposal: (id: string) =>
      loaders
        .get<
          string,
          ChangeProposalEntity
        >('policy.proposal', async (ids) => byKeys(ids, await service.proposalsByIds(ids), (p) => p.id))
        .load(id),
    responses: async (id: string) =>
      (await loaders
        .get<
          string,
          ConsultationResponseEntity[]
        >('policy.proposalResponses', async (ids) => group(ids, await service.responsesOf(ids), (r) => r.proposalId))
        .load(id)) ?? [],
    steps: async (id: string) =>
      (await loaders
        .get<
          string,
          ProposalStepEntity[]
        >('policy.proposalSteps', async (ids) => group(ids, await service.stepsOf(ids), (s) => s.proposalId))
        .load(id)) ?? [],
    request: (id: string) =>
      loaders
        .get<
          string,
          ChangeRequestEntity
        >('policy.changeRequest', async (ids) => byKeys(ids, await service.requestsByIds(ids), (r) => r.id))
        .load(id),
    jaaraanschrijving: (id: string) =>
      loaders
        .get<
          string,
          JaaraanschrijvingEntity
        >('policy.jaaraanschrijving', async (ids) => byKeys(ids, await service.jaaraanschrijvingenByIds(ids), (j) => j.id))
        .load(id),
  };
}

@Resolver('ChangeProposal')
export class ChangeProposalResolver {
  constructor(
    private readonly proposals: ChangeProposalService,
    private readonly versions: PolicyVersionService,
    private readonly catalogue: CatalogueService,
    private readonly profiles: ProfileService,
  ) {}

  @Query('changeProposals')
  @Authorise('policy-proposal.read')
  async all(@Args('state') state: ProposalState | null) {
    return (await this.proposals.proposals(state ?? null)).map(toProposal);
  }

  @Query('changeProposal')
  @Authorise('policy-proposal.read')
  async one(@Args('id') id: string) {
    return toProposal(await this.proposals.proposal(id));
  }

  /** Governance's BoardItem.changeProposal hands `{ id }`: batched over the request. */
  @ResolveReference()
  @Authorise('policy-proposal.read')
  async reference(@Parent() ref: { id: string }, @Loaders() loaders: RequestLoaders) {
    const found = await procedureLoaders(loaders, this.proposals).proposal(ref.id);
    if (!found) throw policy.notFound('policy.proposal.notFound', { id: ref.id });
    return toProposal(found);
  }

  @Mutation('draftChangeProposal')
  @Authorise('policy-proposal.manage')
  async draft(@Args('input') input: DraftChangeProposalInput, @Acting() acting: ActingContext) {
    return toProposal(await this.proposals.draft(acting, input));
  }

  @Mutation('updateChangeProposal')
  @Authorise('policy-proposal.manage')
  async update(@Args('input') input: UpdateChangeProposalInput, @Acting() acting: ActingContext) {
    return toProposal(await this.proposals.update(acting, input));
  }

  @Mutation('openConsultation')
  @Authorise('policy-proposal.manage')
  async openConsultation(
    @Args('proposalId') id: string,
    @Args('respondBy') respondBy: string,
    @Acting() acting: ActingContext,
  ) {
    return toProposal(await this.proposals.openConsultation(acting, id, respondBy));
  }

  @Mutation('respondToConsultation')
  @Authorise('policy-consultation.respond')
  async respond(@Args('input') input: ConsultationResponseInput, @Acting() acting: ActingContext) {
    return toProposal(await this.proposals.respond(acting, input));
  }

  @Mutation('submitChangeProposal')
  @Authorise('policy-proposal.manage')
  async submit(@Args('proposalId') id: string, @Acting() acting: ActingContext) {
    return toProposal(await this.proposals.submit(acting, id));
  }

  @Mutation('withdrawChangeProposal')
  @Authorise('policy-proposal.manage')
  async withdraw(
    @Args('proposalId') id: string,
    @Args('reason') reason: string,
    @Acting() acting: ActingContext,
  ) {
    return toProposal(await this.proposals.withdraw(acting, id, reason));
  }

  /** Open: what its text edits would change now; adopted: the diff to the version it replaced. */
  @ResolveField('changes')
  async changes(@Parent() p: ProposalView, @Loaders() loaders: RequestLoaders) {
    const load = versionLoaders(loaders, this.versions);
    if (p.state === 'ADOPTED' && p.adoptedVersionNumber) {
      const [before, after] = await Promise.all([
        load.version(p.adoptedVersionNumber - 1),
        load.version(p.adoptedVersionNumber),
      ]);
      return before && after ? diffPolicy(before, after) : [];
    }
    if (
      p.state === 'ADOPTED' ||
      p.state === 'REJECTED' ||
      p.state === 'WITHDRAWN' ||
      p.state === 'ADOPTION_FAILED'
    )
      return [];
    const lines = [];
    if (editsText(p.change)) {
      const inForce = await load.inForce();
      if (inForce)
        lines.push(
          ...diffPolicy(inForce, {
            content: applyContentChange(inForce.content, textPart(p.change)),
            requirements: inForce.requirements,
          }),
        );
    }
    // The carried requirement changes too: what the adoption would apply before the next version.
    if (carriesRequirementChanges(p.change)) {
      const profile = p.change.bbnProfile
        ? await policyLoaders(loaders, this.catalogue, this.profiles).currentProfile()
        : { version: 0, levels: [] };
      lines.push(...carriedChangeLines(p.change, profile, p.importReports));
    }
    return lines;
  }

  @ResolveField('carried')
  async carried(@Parent() p: ProposalView, @Loaders() loaders: RequestLoaders) {
    const bbn = p.change.bbnProfile;
    let bbnProfile = null;
    if (bbn) {
      const current = await policyLoaders(loaders, this.catalogue, this.profiles).currentProfile();
      bbnProfile = {
        version: current.version + 1,
        current: false,
        rationale: bbn.rationale,
        publishedBy: p.draftedBy,
        publishedAt: p.draftedAt,
        levels: bbn.levels,
      };
    }
    return {
      bbnProfile,
      frameworkImports: (p.change.frameworkImports ?? []).map((f, i) => ({
        code: f.code,
        format: f.format,
        mode: f.mode ?? 'CREATE',
        report: p.importReports[i],
      })),
      supplementaryMeasures: (p.change.supplementaryMeasures ?? []).map((s) => ({
        facilityCode: s.facilityCode,
        rationale: s.rationale,
        refs: s.measures,
        setBy: null,
        setAt: null,
      })),
    };
  }

  /** A hoofdgebruiker sees its own response; the LMS, the boards and the auditor all. */
  @ResolveField('responses')
  async responses(
    @Parent() p: ProposalView,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const scope = partyScope(principal, 'policy-change-request.read');
    const rows = await procedureLoaders(loaders, this.proposals).responses(p.id);
    return rows
      .filter((r) => scope.all || r.party === scope.party)
      .map((r) => ({ ...r, respondedAt: toIsoTimestamp(r.respondedAt)! }));
  }

  @ResolveField('awaitingResponse')
  async awaiting(@Parent() p: ProposalView, @Loaders() loaders: RequestLoaders) {
    if (p.state === 'DRAFT' || (p.state === 'WITHDRAWN' && !p.respondBy)) return [];
    const rows = await procedureLoaders(loaders, this.proposals).responses(p.id);
    return awaitingResponse(rows.map((r) => r.party));
  }

  /**
   * Every step; of a RESPONDED step only a caller who may read the responses (or the responding party
   * itself) sees who responded and how: the others see that a response was given.
   */
  @ResolveField('trail')
  async trail(
    @Parent() p: ProposalView,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const scope = partyScope(principal, 'policy-change-request.read');
    return (await procedureLoaders(loaders, this.proposals).steps(p.id)).map((s) => {
      const hidden = s.step === 'RESPONDED' && !scope.all && s.party !== scope.party;
      return {
        at: toIsoTimestamp(s.at)!,
        actor: hidden ? '' : s.actor,
        party: hidden ? null : s.party,
        step: s.step,
        note: hidden ? null : s.note,
      };
    });
  }

  @ResolveField('adoptedVersion')
  async adoptedVersion(@Parent() p: ProposalView, @Loaders() loaders: RequestLoaders) {
    if (!p.adoptedVersionNumber) return null;
    return (await versionLoaders(loaders, this.versions).version(p.adoptedVersionNumber)) ?? null;
  }
}

@Resolver('ChangeTrigger')
export class ChangeTriggerResolver {
  constructor(private readonly proposals: ChangeProposalService) {}

  @ResolveField('jaaraanschrijving')
  async jaaraanschrijving(
    @Parent() t: { kind: string; recordId: string | null },
    @Loaders() loaders: RequestLoaders,
  ) {
    if (t.kind !== 'JAARAANSCHRIJVING' || !t.recordId) return null;
    const j = await procedureLoaders(loaders, this.proposals).jaaraanschrijving(t.recordId);
    return j ? toJaaraanschrijving(j) : null;
  }

  /** The request with its motivation: for its own party, the LMS, the boards and the auditor only. */
  @ResolveField('request')
  async request(
    @Parent() t: { kind: string; recordId: string | null },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (t.kind !== 'HOOFDGEBRUIKER_REQUEST' || !t.recordId) return null;
    const r = await procedureLoaders(loaders, this.proposals).request(t.recordId);
    if (!r) return null;
    const scope = partyScope(principal, 'policy-change-request.read');
    return scope.all || r.party === scope.party ? toRequest(r) : null;
  }

  @ResolveField('icvDecision')
  icvDecision(@Parent() t: { kind: string; recordId: string | null }) {
    return t.kind === 'ICV_OUTCOME' && t.recordId ? { id: t.recordId } : null;
  }

  @ResolveField('instruction')
  instruction(@Parent() t: { kind: string; recordId: string | null }) {
    return t.kind === 'BMB_INSTRUCTION' && t.recordId ? { id: t.recordId } : null;
  }

  /** The final risk analysis of the beheerder (risk); null for a proposal that named one by reference text. */
  @ResolveField('riskAnalysis')
  riskAnalysis(@Parent() t: { kind: string; recordId: string | null }) {
    return t.kind === 'RISK_ANALYSIS' && t.recordId ? { __typename: 'RiskAnalysis', id: t.recordId } : null;
  }

  /** The Minister's evaluation audit (governance); null for a proposal that named one by reference text. */
  @ResolveField('evaluation')
  evaluation(@Parent() t: { kind: string; recordId: string | null }) {
    return t.kind === 'EVALUATION' && t.recordId ? { __typename: 'Evaluation', id: t.recordId } : null;
  }
}

/** The risk subgraph's analysis, extended with the change proposal it drafted (SK-4.3). */
@Resolver('RiskAnalysis')
export class RiskAnalysisProposalResolver {
  constructor(private readonly proposals: ChangeProposalService) {}

  /** The analysis as the risk subgraph hands it; what it may read was decided there. */
  @ResolveReference()
  @Authorise('policy-proposal.read')
  reference(@Parent() ref: { id: string }) {
    return { id: ref.id };
  }

  /**
   * The proposal of a supplementary analysis' measures, once policy drafted it; null otherwise. The
   * analysis itself is only reachable for those the risk subgraph lets read it; proposals are common.
   */
  @ResolveField('changeProposal')
  async changeProposal(
    @Parent() a: { id: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (applicableGrants(principal, 'policy-proposal.read').length === 0) return null;
    const row = await loaders
      .get<
        string,
        { id: string; proposalId: string | null }
      >('policy.riskAnalysisProposal', async (ids) => byKeys(ids, await this.proposals.proposalIdsOfAnalyses(ids), (r) => r.id))
      .load(a.id);
    if (!row?.proposalId) return null;
    const p = await procedureLoaders(loaders, this.proposals).proposal(row.proposalId);
    return p ? toProposal(p) : null;
  }
}

@Resolver('ChangeRequest')
export class ChangeRequestResolver {
  constructor(private readonly proposals: ChangeProposalService) {}

  @Query('changeRequests')
  @Authorise('policy-change-request.read')
  async all(@Args('state') state: ChangeRequestState | null, @CurrentPrincipal() principal: Principal) {
    const scope = partyScope(principal, 'policy-change-request.read');
    return (await this.proposals.requests(scope, state ?? null)).map(toRequest);
  }

  @Mutation('requestPolicyChange')
  @Authorise('policy-change.request')
  async request(@Args('input') input: RequestPolicyChangeInput, @Acting() acting: ActingContext) {
    return toRequest(await this.proposals.requestChange(acting, input));
  }

  @Mutation('declineChangeRequest')
  @Authorise('policy-proposal.manage')
  async decline(@Args('id') id: string, @Args('reasons') reasons: string, @Acting() acting: ActingContext) {
    return toRequest(await this.proposals.declineRequest(acting, id, reasons));
  }

  @ResolveField('proposal')
  async proposal(@Parent() r: { proposalId: string | null }, @Loaders() loaders: RequestLoaders) {
    if (!r.proposalId) return null;
    const p = await procedureLoaders(loaders, this.proposals).proposal(r.proposalId);
    return p ? toProposal(p) : null;
  }
}

@Resolver('Jaaraanschrijving')
export class JaaraanschrijvingResolver {
  constructor(private readonly proposals: ChangeProposalService) {}

  @Query('jaaraanschrijvingen')
  @Authorise('policy-proposal.read')
  async all() {
    return (await this.proposals.jaaraanschrijvingen()).map(toJaaraanschrijving);
  }

  @Mutation('recordJaaraanschrijving')
  @Authorise('policy-proposal.manage')
  async record(@Args('input') input: RecordJaaraanschrijvingInput, @Acting() acting: ActingContext) {
    return toJaaraanschrijving(await this.proposals.recordJaaraanschrijving(acting, input));
  }
}

/** The proposal a policy version came from (the document part owns the rest of PolicyVersion). */
@Resolver('PolicyVersion')
export class PolicyVersionProposalResolver {
  constructor(private readonly proposals: ChangeProposalService) {}

  @ResolveField('proposal')
  async proposal(@Parent() v: PolicyVersionView, @Loaders() loaders: RequestLoaders) {
    if (!v.proposalId) return null;
    const p = await procedureLoaders(loaders, this.proposals).proposal(v.proposalId);
    return p ? toProposal(p) : null;
  }
}
