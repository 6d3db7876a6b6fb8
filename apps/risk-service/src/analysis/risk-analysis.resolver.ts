import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { RISK_LEVELS, RiskAnalysisView, RiskLevel, RiskScaleCommand, levelOf } from '@mkib/domain-risk';
import type { Principal } from '@mkib/server-auth';
import { ActingContext } from '@mkib/server-messaging';
import { Acting, Authorise, byKeys, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { facilityLoader } from '../facility/facility.resolver';
import { FacilityService } from '../facility/facility.service';
import { ConsultationResponseView, RiskAnalysisService, analysisNotFound } from './risk-analysis.service';
import type { ThreatEntity } from './risk.entities';

const party = (code: string) => ({ __typename: 'Party', code });
type RiskView = RiskAnalysisView['risks'][number];

const toResponse = (r: ConsultationResponseView) => ({ ...r, party: party(r.party) });

/** The GraphQL shape of an analysis: the view with parties as references and the consultation worked out. */
export function toAnalysis(v: RiskAnalysisView) {
  const c = v.consultation;
  return {
    ...v,
    __typename: 'RiskAnalysis',
    ownerParty: party(v.ownerParty),
    risks: v.risks.map((r) => toRisk(v.id, r)),
    consultation: c
      ? {
          respondBy: c.respondBy,
          openedAt: c.openedAt,
          openedBy: c.openedBy,
          parties: c.parties.map((p) => {
            const response = c.responses.find((r) => r.party === p);
            return { party: party(p), response: response ? toResponse(response) : null };
          }),
          // A withheld response (another party's, SK-T3) is still a response: that party is not missing.
          missing: c.parties
            .filter((p) => !c.responses.some((r) => r.party === p) && !c.withheld?.includes(p))
            .map(party),
          unanswered: c.responses.filter((r) => r.position !== 'AKKOORD' && !r.answer).map(toResponse),
        }
      : null,
  };
}
type AnalysisGraph = ReturnType<typeof toAnalysis>;
const toRisk = (analysisId: string, r: RiskView) => ({ ...r, analysisId });

const count = (levels: Record<RiskLevel, number>) =>
  RISK_LEVELS.map((level) => ({ level, count: levels[level] }));
const toThreat = (t: ThreatEntity) => ({
  code: t.code,
  name: t.name,
  category: t.category,
  description: t.description,
  source: t.source,
});

@Resolver('RiskAnalysis')
export class RiskAnalysisResolver {
  constructor(
    private readonly analyses: RiskAnalysisService,
    private readonly facilities: FacilityService,
  ) {}

  /** Every analysis a request names, read with the caller's scope in one batch. */
  static loader(loaders: RequestLoaders, analyses: RiskAnalysisService, principal: Principal) {
    return loaders.get<string, RiskAnalysisView>('risk.analysis', async (ids) =>
      byKeys(ids, await analyses.views(principal, ids), (v) => v.id),
    );
  }

  // ----- catalogue ----------------------------------------------------------------------------------

  @Query('riskScale')
  @Authorise('risk-catalogue.read')
  async riskScale() {
    const s = await this.analyses.scale();
    return { ...s, updatedAt: s.updatedAt?.toISOString() ?? null };
  }

  @Query('threats')
  @Authorise('risk-catalogue.read')
  async threats() {
    return (await this.analyses.threats()).map(toThreat);
  }

  @Mutation('setRiskScale')
  @Authorise('risk-scale.change')
  async setRiskScale(@Args('input') input: RiskScaleCommand, @Acting() acting: ActingContext) {
    const s = await this.analyses.setScale(acting, input);
    return { ...s, updatedAt: s.updatedAt?.toISOString() ?? null };
  }

  // ----- queries ------------------------------------------------------------------------------------

  @Query('riskAnalysis')
  @Authorise('risk-analysis.read')
  async riskAnalysis(@Args('id') id: string, @CurrentPrincipal() principal: Principal) {
    return toAnalysis(await this.analyses.view(principal, id));
  }

  @ResolveReference()
  @Authorise('risk-analysis.read')
  async reference(
    @Parent() ref: { id: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const v = await RiskAnalysisResolver.loader(loaders, this.analyses, principal).load(ref.id);
    if (!v) throw analysisNotFound(ref.id);
    return toAnalysis(v);
  }

  @Query('riskRegister')
  @Authorise('risk-analysis.read')
  async riskRegister(@Args('party') wanted: string | null, @CurrentPrincipal() principal: Principal) {
    const { party: p, analyses } = await this.analyses.registerViews(principal, wanted ?? null);
    const [scale, level] = await Promise.all([
      this.analyses.scale(),
      this.analyses.acceptanceLevel(principal, p),
    ]);
    const inForce = analyses.filter((a) => a.state === 'DEFINITIEF');
    const risks = inForce.flatMap((a) => a.risks.map((r) => toRisk(a.id, r)));
    const heatMap = scale.likelihood.flatMap((l) =>
      scale.impact.map((i) => ({
        likelihood: l.value,
        impact: i.value,
        level: levelOf(scale, l.value, i.value),
        inherent: risks.filter((r) => r.inherent.likelihood === l.value && r.inherent.impact === i.value)
          .length,
        residual: risks.filter((r) => r.residual.likelihood === l.value && r.residual.impact === i.value)
          .length,
      })),
    );
    return {
      party: party(p),
      analyses: analyses.map(toAnalysis),
      risks,
      heatMap,
      acceptanceLevel: level.level,
    };
  }

  @Query('riskConsultationTasks')
  @Authorise('risk-consultation.read')
  async riskConsultationTasks(
    @Args('openOnly') openOnly: boolean | null,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const tasks = await this.analyses.consultationTasks(principal, !!openOnly);
    const responses = await this.analyses.responsesOf(tasks);
    const loader = RiskAnalysisResolver.loader(loaders, this.analyses, principal);
    const views = await loader.loadMany([...new Set(tasks.map((t) => t.analysisId))]);
    const visible = new Map(
      views.filter((v): v is RiskAnalysisView => !!v && !(v instanceof Error)).map((v) => [v.id, v]),
    );
    return tasks
      .filter((t) => visible.has(t.analysisId))
      .map((t) => {
        const response = responses.find((r) => r.analysisId === t.analysisId && r.party === t.party);
        const view = visible.get(t.analysisId)!;
        // The view holds only the responses the caller may read (a hoofdgebruiker: its own).
        const shown = response && view.consultation?.responses.find((r) => r.id === response.id);
        return {
          analysis: toAnalysis(view),
          party: party(t.party),
          respondBy: t.respondBy,
          response: shown ? toResponse(shown) : null,
          overdue: t.overdue,
        };
      });
  }

  @Query('riskOverview')
  @Authorise('risk-overview.read')
  async riskOverview() {
    const o = await this.analyses.overview();
    return {
      ...o,
      aggregates: o.aggregates.map((a) => ({
        party: party(a.party),
        facilityCode: a.facilityCode,
        inherent: count(a.inherent),
        residual: count(a.residual),
      })),
      late: o.late.map((l) => ({ ...l, ownerParty: party(l.ownerParty) })),
    };
  }

  @Query('riskAcceptanceLevel')
  @Authorise('risk-analysis.read')
  async riskAcceptanceLevel(@Args('party') wanted: string | null, @CurrentPrincipal() principal: Principal) {
    const l = await this.analyses.acceptanceLevel(principal, wanted);
    return { ...l, party: party(l.party) };
  }

  // ----- mutations ----------------------------------------------------------------------------------

  @Mutation('setRiskAcceptanceLevel')
  @Authorise('risk-acceptance-level.set')
  async setRiskAcceptanceLevel(
    @Args('level') level: string,
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    const l = await this.analyses.setAcceptanceLevel(principal, acting, level);
    return { ...l, party: party(l.party) };
  }

  @Mutation('draftRiskAnalysis')
  @Authorise('risk-analysis.manage')
  async draftRiskAnalysis(
    @Args('input') input: Parameters<RiskAnalysisService['draft']>[2],
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toAnalysis(await this.analyses.draft(principal, acting, input));
  }

  @Mutation('updateRiskAnalysis')
  @Authorise('risk-analysis.manage')
  async updateRiskAnalysis(
    @Args('input') input: Parameters<RiskAnalysisService['update']>[2],
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toAnalysis(await this.analyses.update(principal, acting, input));
  }

  @Mutation('openRiskConsultation')
  @Authorise('risk-analysis.manage')
  async openRiskConsultation(
    @Args('input') input: { analysisId: string; respondBy: string },
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toAnalysis(await this.analyses.openConsultation(principal, acting, input));
  }

  @Mutation('respondToRiskConsultation')
  @Authorise('risk-consultation.respond')
  async respondToRiskConsultation(
    @Args('input') input: { analysisId: string; position: string; reasoning: string },
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toResponse(await this.analyses.respond(principal, acting, input));
  }

  @Mutation('answerRiskConsultationResponse')
  @Authorise('risk-analysis.manage')
  async answerRiskConsultationResponse(
    @Args('input') input: { responseId: string; answer: string },
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toResponse(await this.analyses.answer(principal, acting, input));
  }

  @Mutation('finaliseRiskAnalysis')
  @Authorise('risk-analysis.manage')
  async finaliseRiskAnalysis(
    @Args('input') input: { analysisId: string; pastDeadlineNote?: string | null },
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toAnalysis(await this.analyses.finalise(principal, acting, input));
  }

  @Mutation('reviseRiskAnalysis')
  @Authorise('risk-analysis.manage')
  async reviseRiskAnalysis(
    @Args('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return toAnalysis(await this.analyses.revise(principal, acting, id));
  }

  @Mutation('discardRiskAnalysis')
  @Authorise('risk-analysis.manage')
  discardRiskAnalysis(
    @Args('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    return this.analyses.discard(principal, acting, id);
  }

  @Mutation('decideRiskAcceptance')
  @Authorise('risk-acceptance.decide')
  async decideRiskAcceptance(
    @Args('input') input: { riskId: string; approve: boolean; reasoning: string; reviewDate: string },
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    const { analysis, risk } = await this.analyses.decide(principal, acting, input);
    return toRisk(analysis.id, risk);
  }

  @Mutation('completeRiskTreatment')
  @Authorise('risk-analysis.manage')
  async completeRiskTreatment(
    @Args('treatmentId') treatmentId: string,
    @Args('note') note: string,
    @CurrentPrincipal() principal: Principal,
    @Acting() acting: ActingContext,
  ) {
    const { risk } = await this.analyses.completeTreatment(principal, acting, { treatmentId, note });
    return risk.treatment;
  }

  // ----- fields -------------------------------------------------------------------------------------

  @ResolveField('facilities')
  facilitiesOf(@Parent() a: AnalysisGraph, @Loaders() loaders: RequestLoaders) {
    return facilityLoader(loaders, this.facilities).loadMany(a.facilityCodes);
  }

  @ResolveField('previousVersion')
  async previousVersion(
    @Parent() a: AnalysisGraph,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!a.previousVersionId) return null;
    const v = await RiskAnalysisResolver.loader(loaders, this.analyses, principal).load(a.previousVersionId);
    return v ? toAnalysis(v) : null;
  }

  @ResolveField('supersededBy')
  async supersededBy(
    @Parent() a: AnalysisGraph,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!a.supersededById) return null;
    const v = await RiskAnalysisResolver.loader(loaders, this.analyses, principal).load(a.supersededById);
    return v ? toAnalysis(v) : null;
  }

  @ResolveField('versions')
  async versions(
    @Parent() a: AnalysisGraph,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const ids = await loaders
      .get<string, string[]>('risk.analysis.versions', async (numbers) => {
        const map = await this.analyses.versionIds(principal, numbers);
        return numbers.map((n) => map.get(n) ?? []);
      })
      .load(a.number);
    const views = await RiskAnalysisResolver.loader(loaders, this.analyses, principal).loadMany(ids ?? []);
    return views.filter((v): v is RiskAnalysisView => !!v && !(v instanceof Error)).map(toAnalysis);
  }
}

/** A risk's facility and an analysis threat's catalogue entry, batched per request. */
@Resolver('Risk')
export class RiskResolver {
  constructor(private readonly facilities: FacilityService) {}

  @ResolveField('facility')
  facility(@Parent() r: { facilityCode: string }, @Loaders() loaders: RequestLoaders) {
    return facilityLoader(loaders, this.facilities).load(r.facilityCode);
  }
}

@Resolver('RiskAggregate')
export class RiskAggregateResolver {
  constructor(private readonly facilities: FacilityService) {}

  @ResolveField('facility')
  facility(@Parent() r: { facilityCode: string }, @Loaders() loaders: RequestLoaders) {
    return facilityLoader(loaders, this.facilities).load(r.facilityCode);
  }
}

@Resolver('AnalysisThreat')
export class AnalysisThreatResolver {
  constructor(private readonly analyses: RiskAnalysisService) {}

  @ResolveField('catalogueThreat')
  async catalogueThreat(@Parent() t: { catalogueCode: string | null }, @Loaders() loaders: RequestLoaders) {
    if (!t.catalogueCode) return null;
    return loaders
      .get<
        string,
        ReturnType<typeof toThreat>
      >('risk.threat', async (codes) => byKeys(codes, (await this.analyses.threats()).map(toThreat), (x) => x.code))
      .load(t.catalogueCode);
  }
}

/** The facility's supplementary analysis, when the caller may read it. */
@Resolver('SupplementaryAnalysis')
export class SupplementaryAnalysisResolver {
  constructor(private readonly analyses: RiskAnalysisService) {}

  @ResolveField('analysis')
  async analysis(
    @Parent() s: { analysisId?: string | null },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!s.analysisId) return null;
    const v = await RiskAnalysisResolver.loader(loaders, this.analyses, principal).load(s.analysisId);
    return v ? toAnalysis(v) : null;
  }

  @ResolveField('dueDate')
  dueDate(@Parent() s: { dueDate?: string | null }) {
    return s.dueDate ?? null;
  }

  @ResolveField('completedAt')
  completedAt(@Parent() s: { completedAt?: string | null }) {
    return s.completedAt ?? null;
  }
}
