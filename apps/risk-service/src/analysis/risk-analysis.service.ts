import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  RiskAnalysisFinalised,
  RiskConsultationRequested,
  RiskConsultationResponded,
  RiskTreatmentChanged,
  RiskTreatmentChangedData,
} from '@mkib/contracts';
import {
  acceptanceAfterEdit,
  acceptanceOnRevision,
  assertStep,
  checkAcceptancesSettled,
  checkFinalise,
  completeTreatment,
  consultedParties,
  decideAcceptance,
  DEFAULT_ACCEPTANCE_LEVEL,
  DraftAnalysisCommand,
  isRiskLevel,
  analysisMethod,
  risk as m,
  RISK_LEVELS,
  RiskAnalysisView,
  RiskLevel,
  RiskScale,
  RiskScaleCommand,
  UpdateAnalysisCommand,
  validateAnswer,
  validateContent,
  validateDraft,
  validateOpenConsultation,
  validateResponse,
  responsesFor,
  validateRiskScale,
} from '@mkib/domain-risk';
import { badUserInput, Clock, toIsoDate, toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { applicableGrants, partyScope, Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { FacilityEntity } from '../facility/facility.entity';
import { AnalysisReader } from './analysis-reader';
import {
  AnalysisThreatEntity,
  RiskAcceptanceEntity,
  RiskAcceptanceLevelEntity,
  RiskAnalysisEntity,
  RiskConsultationEntity,
  RiskConsultationResponseEntity,
  RiskEntity,
  RiskScaleEntity,
  RiskTreatmentEntity,
  ThreatEntity,
} from './risk.entities';
import { nextAnalysisNumber } from './supplementary';

export const analysisNotFound = (id: string) => m.notFound('risk.analysis.notFound', { id });
const OPEN_STATES = ['CONCEPT', 'CONSULTATIE'] as const;
const REGISTER_STATES = ['CONCEPT', 'CONSULTATIE', 'DEFINITIEF'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

/** A kept treatment keeps its id and line; a new one starts its own line (origin = id). */
function treatmentIdentity<T extends object>(
  treatment: T,
  before: { id: string; originId: string } | undefined,
): T & { id: string; originId: string } {
  const id = before?.id ?? randomUUID();
  return { ...treatment, id, originId: before?.originId ?? id };
}

/** Who reads an analysis' consultation responses: every party's, or one party's own (responsesFor). */
const readerOf = (principal: Principal) => {
  const scope = partyScope(principal, 'risk-analysis.read');
  return { all: scope.all, party: scope.all ? null : scope.party };
};

export interface ConsultationTaskRow {
  analysisId: string;
  party: string;
  respondBy: string;
  open: boolean;
  overdue: boolean;
}

export interface OverviewData {
  aggregates: {
    party: string;
    facilityCode: string;
    inherent: Record<RiskLevel, number>;
    residual: Record<RiskLevel, number>;
  }[];
  late: {
    analysisId: string;
    number: string;
    title: string | null;
    ownerParty: string;
    facilityCodes: string[];
    dueDate: string | null;
    respondBy: string | null;
    finalisedAt: string;
    note: string | null;
  }[];
  openSupplementary: number;
  openConsultations: number;
}

/**
 * Risk analyses (SK-4.2, SK-4.3, SK-5.2): drafting, editing, the consultation of the hoofdgebruikers,
 * acceptance with four eyes, finalising and revising; the register, tasks and overview. Every write is
 * one unit of work (row, audit entry, event); rows are locked so concurrent steps have one winner.
 */
@Injectable()
export class RiskAnalysisService extends AnalysisReader {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  private today(): string {
    return toIsoDate(this.clock.now());
  }

  // ----- catalogue ---------------------------------------------------------------------------------

  async scale(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RiskScale & { updatedAt: Date | null; updatedBy: string | null }> {
    const row = await manager.getRepository(RiskScaleEntity).findOneByOrFail({ id: 1 });
    return row;
  }

  threats(): Promise<ThreatEntity[]> {
    return this.dataSource.getRepository(ThreatEntity).find({ order: { position: 'ASC' } });
  }

  setScale(acting: ActingContext, input: RiskScaleCommand) {
    const scale = validateRiskScale(input);
    return this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(RiskScaleEntity);
      const row = await repo.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      const before = { steps: [row.likelihood.length, row.impact.length], matrix: row.matrix };
      // Stored scores name steps of the scale in force: a different number of steps would drop them
      // from the heat map.
      if (
        (scale.likelihood.length !== row.likelihood.length || scale.impact.length !== row.impact.length) &&
        (await tx.manager.getRepository(RiskEntity).exists())
      )
        throw m.conflict('risk.scale.stepsInUse');
      Object.assign(row, scale, { updatedAt: this.clock.now(), updatedBy: acting.actor });
      const saved = await repo.save(row);
      await tx.audit('risk-scale.changed', 'risk-scale', {
        before,
        after: { steps: [scale.likelihood.length, scale.impact.length], matrix: scale.matrix },
      });
      return saved;
    });
  }

  // ----- acceptance level --------------------------------------------------------------------------

  async acceptanceLevel(principal: Principal, party: string | null | undefined) {
    const p = readablePartyOrNotFound(principal, 'risk-analysis.read', party, (x) =>
      m.notFound('risk.register.notFound', { party: x }),
    );
    return this.acceptanceLevelOf(this.dataSource.manager, p);
  }

  private async acceptanceLevelOf(manager: EntityManager, party: string) {
    const row = await manager.getRepository(RiskAcceptanceLevelEntity).findOneBy({ party });
    return {
      party,
      level: row?.level ?? DEFAULT_ACCEPTANCE_LEVEL,
      isDefault: !row,
      setBy: row?.setBy ?? null,
      setAt: row ? toIsoTimestamp(row.setAt) : null,
    };
  }

  setAcceptanceLevel(principal: Principal, acting: ActingContext, level: string) {
    if (!isRiskLevel(level)) throw badUserInput([m.problem('level', 'risk.level.unknown')]);
    return this.unitOfWork.run(acting, async (tx) => {
      const repo = tx.manager.getRepository(RiskAcceptanceLevelEntity);
      const before = await repo.findOne({
        where: { party: principal.party },
        lock: { mode: 'pessimistic_write' },
      });
      // Four eyes: whoever awaits a decision on its own acceptance proposal cannot move the level that
      // decides whether the proposal is needed at all.
      const [{ open }] = await tx.manager.query(
        `SELECT EXISTS (SELECT 1 FROM risk.acceptance ac
                          JOIN risk.risk r ON r.id = ac.risk_id
                          JOIN risk.analysis a ON a.id = r.analysis_id
                         WHERE a.owner_party = $1 AND ac.state = 'VOORGESTELD' AND ac.proposed_by = $2) AS open`,
        [principal.party, acting.actor],
      );
      if (open) throw m.conflict('risk.acceptanceLevel.ownProposalOpen');
      // An upsert: two first settings at once both find no row to lock; the second waits on the first's
      // insert and then updates, instead of colliding on the key.
      await repo.upsert({ party: principal.party, level, setBy: acting.actor, setAt: this.clock.now() }, [
        'party',
      ]);
      await tx.audit('risk-acceptance-level.set', principal.party, {
        before: before?.level ?? null,
        after: level,
      });
      return this.acceptanceLevelOf(tx.manager, principal.party);
    });
  }

  // ----- reading ------------------------------------------------------------------------------------

  /** The ids among `ids` the caller may read (filtered in the database). */
  private async visibleIds(
    manager: EntityManager,
    principal: Principal,
    ids: readonly string[],
  ): Promise<Set<string>> {
    const wanted = ids.filter(isUuid);
    // A field that links an analysis (a facility's supplementary analysis) shows none to a caller without the grant.
    if (wanted.length === 0 || applicableGrants(principal, 'risk-analysis.read').length === 0)
      return new Set();
    const scope = partyScope(principal, 'risk-analysis.read');
    // raw SQL: the consulted parties are an array column, which TypeORM's find cannot test membership of.
    const rows: { id: string }[] = scope.all
      ? await manager.query(`SELECT id FROM risk.analysis WHERE id = ANY($1::uuid[])`, [wanted])
      : await manager.query(
          `SELECT a.id FROM risk.analysis a
            WHERE a.id = ANY($1::uuid[])
              AND (a.owner_party = $2
                   OR (a.state IN ('CONSULTATIE','DEFINITIEF','VERVANGEN')
                       AND EXISTS (SELECT 1 FROM risk.consultation c WHERE c.analysis_id = a.id AND $2 = ANY(c.parties))))`,
          [wanted, scope.party],
        );
    return new Set(rows.map((r) => r.id));
  }

  /** Whole analyses by id in a fixed number of queries, in the order asked (unknown ids left out). */
  async loadViews(manager: EntityManager, ids: readonly string[]): Promise<RiskAnalysisView[]> {
    if (ids.length === 0) return [];
    const analyses = await manager.getRepository(RiskAnalysisEntity).findBy({ id: In([...ids]) });
    if (analyses.length === 0) return [];
    const aIds = analyses.map((a) => a.id);
    const [threats, risks, consultations, responses] = await Promise.all([
      manager
        .getRepository(AnalysisThreatEntity)
        .find({ where: { analysisId: In(aIds) }, order: { position: 'ASC' } }),
      manager.getRepository(RiskEntity).find({ where: { analysisId: In(aIds) }, order: { position: 'ASC' } }),
      manager.getRepository(RiskConsultationEntity).findBy({ analysisId: In(aIds) }),
      manager
        .getRepository(RiskConsultationResponseEntity)
        .find({ where: { analysisId: In(aIds) }, order: { party: 'ASC' } }),
    ]);
    const rIds = risks.map((r) => r.id);
    const [treatments, acceptances] = rIds.length
      ? await Promise.all([
          manager.getRepository(RiskTreatmentEntity).findBy({ riskId: In(rIds) }),
          manager.getRepository(RiskAcceptanceEntity).findBy({ riskId: In(rIds) }),
        ])
      : [[], []];
    const byId = new Map(analyses.map((a) => [a.id, a]));
    return ids
      .map((id) => byId.get(id))
      .filter((a): a is RiskAnalysisEntity => !!a)
      .map((a) => {
        const c = consultations.find((x) => x.analysisId === a.id);
        return {
          id: a.id,
          number: a.number,
          version: a.version,
          title: a.title,
          description: a.description,
          kind: a.kind,
          scope: a.scope,
          ownerParty: a.ownerParty,
          facilityCodes: a.facilityCodes,
          method: a.method,
          state: a.state,
          dueDate: a.dueDate ? toIsoDay(a.dueDate) : null,
          createdBy: a.createdBy,
          createdAt: a.createdAt.toISOString(),
          finalisedBy: a.finalisedBy,
          finalisedAt: toIsoTimestamp(a.finalisedAt),
          finalisedPastDeadlineNote: a.finalisedPastDeadlineNote,
          previousVersionId: a.previousVersionId,
          supersededById: a.supersededById,
          threats: threats
            .filter((t) => t.analysisId === a.id)
            .map((t) => ({
              id: t.id,
              catalogueCode: t.catalogueCode,
              name: t.name,
              description: t.description,
            })),
          risks: risks
            .filter((r) => r.analysisId === a.id)
            .map((r) => {
              const t = treatments.find((x) => x.riskId === r.id)!;
              const acc = acceptances.find((x) => x.riskId === r.id);
              return {
                id: r.id,
                title: r.title,
                description: r.description,
                facilityCode: r.facilityCode,
                threatIds: r.threatIds,
                inherent: {
                  likelihood: r.inherentLikelihood,
                  impact: r.inherentImpact,
                  level: r.inherentLevel,
                },
                residual: {
                  likelihood: r.residualLikelihood,
                  impact: r.residualImpact,
                  level: r.residualLevel,
                },
                treatment: {
                  id: t.id,
                  originId: t.originId,
                  kind: t.kind,
                  description: t.description,
                  measures: t.measures,
                  owner: t.owner,
                  dueDate: toIsoDay(t.dueDate),
                  status: t.status,
                  completedBy: t.completedBy,
                  completedAt: toIsoTimestamp(t.completedAt),
                  completionNote: t.completionNote,
                  acceptance: acc
                    ? {
                        state: acc.state,
                        proposedBy: acc.proposedBy,
                        proposedAt: acc.proposedAt.toISOString(),
                        decidedBy: acc.decidedBy,
                        decidedAt: toIsoTimestamp(acc.decidedAt),
                        reasoning: acc.reasoning,
                        reviewDate: acc.reviewDate ? toIsoDay(acc.reviewDate) : null,
                      }
                    : null,
                },
              };
            }),
          consultation: c
            ? {
                respondBy: toIsoDay(c.respondBy),
                openedAt: c.openedAt.toISOString(),
                openedBy: c.openedBy,
                parties: c.parties,
                responses: responses
                  .filter((x) => x.analysisId === a.id)
                  .map((x) => ({
                    id: x.id,
                    party: x.party,
                    position: x.position,
                    reasoning: x.reasoning,
                    respondedBy: x.respondedBy,
                    respondedAt: x.respondedAt.toISOString(),
                    answer: x.answer,
                    answeredBy: x.answeredBy,
                    answeredAt: toIsoTimestamp(x.answeredAt),
                  })),
              }
            : null,
        };
      });
  }

  /** The analyses among `ids` the caller may read, as whole views (request loaders batch through this). */
  async views(principal: Principal, ids: readonly string[]): Promise<RiskAnalysisView[]> {
    const visible = await this.visibleIds(this.dataSource.manager, principal, ids);
    const views = await this.loadViews(
      this.dataSource.manager,
      ids.filter((id) => visible.has(id)),
    );
    return views.map((v) => responsesFor(v, readerOf(principal)));
  }

  async view(principal: Principal, id: string): Promise<RiskAnalysisView> {
    const [v] = await this.views(principal, [id]);
    if (!v) throw analysisNotFound(id);
    return v;
  }

  /** The ids of every version of these analyses' numbers the caller may read, newest first, per number. */
  async versionIds(principal: Principal, numbers: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.dataSource.getRepository(RiskAnalysisEntity).find({
      select: { id: true, number: true },
      where: { number: In([...numbers]) },
      order: { version: 'DESC' },
    });
    const visible = await this.visibleIds(
      this.dataSource.manager,
      principal,
      rows.map((r) => r.id),
    );
    const out = new Map<string, string[]>(numbers.map((n) => [n, []]));
    for (const r of rows) if (visible.has(r.id)) out.get(r.number)?.push(r.id);
    return out;
  }

  async registerViews(principal: Principal, party: string | null) {
    const p = readablePartyOrNotFound(principal, 'risk-analysis.read', party, (x) =>
      m.notFound('risk.register.notFound', { party: x }),
    );
    const rows = await this.dataSource.getRepository(RiskAnalysisEntity).find({
      select: { id: true },
      where: { ownerParty: p, state: In(REGISTER_STATES) },
      order: { createdAt: 'DESC', number: 'DESC' },
    });
    const views = await this.loadViews(
      this.dataSource.manager,
      rows.map((r) => r.id),
    );
    return { party: p, analyses: views.map((v) => responsesFor(v, readerOf(principal))) };
  }

  async consultationTasks(principal: Principal, openOnly: boolean): Promise<ConsultationTaskRow[]> {
    const scope = partyScope(principal, 'risk-consultation.read');
    // raw SQL: one task per consulted party (unnest of the array column) with whether it responded.
    const rows: {
      analysis_id: string;
      party: string;
      respond_by: string | Date;
      state: string;
      responded: boolean;
    }[] = await this.dataSource.query(
      `SELECT c.analysis_id, p.party, c.respond_by, a.state,
                EXISTS (SELECT 1 FROM risk.consultation_response r WHERE r.analysis_id = c.analysis_id AND r.party = p.party) AS responded
           FROM risk.consultation c
           JOIN risk.analysis a ON a.id = c.analysis_id
           CROSS JOIN LATERAL unnest(c.parties) AS p(party)
          WHERE ($1::text IS NULL OR p.party = $1) AND (NOT $2 OR a.state = 'CONSULTATIE')
          ORDER BY (a.state = 'CONSULTATIE') DESC, c.respond_by, a.number, p.party`,
      [scope.all ? null : scope.party, openOnly],
    );
    const today = this.today();
    return rows.map((r) => {
      const respondBy = toIsoDay(r.respond_by);
      const open = r.state === 'CONSULTATIE';
      return {
        analysisId: r.analysis_id,
        party: r.party,
        respondBy,
        open,
        overdue: open && !r.responded && today > respondBy,
      };
    });
  }

  /** The responses of these (analysis, party) pairs, in one query. */
  async responsesOf(keys: readonly { analysisId: string; party: string }[]) {
    if (keys.length === 0) return [];
    return this.dataSource
      .getRepository(RiskConsultationResponseEntity)
      .findBy({ analysisId: In([...new Set(keys.map((k) => k.analysisId))]) });
  }

  async overview(): Promise<OverviewData> {
    // raw SQL: counts grouped in the database (aggregates, not rows: SK-T3) and a jsonb field test.
    const counts: { party: string; facility: string; inherent: RiskLevel; residual: RiskLevel; n: number }[] =
      await this.dataSource.query(
        `SELECT a.owner_party AS party, r.facility_code AS facility, r.inherent_level AS inherent,
                r.residual_level AS residual, count(*)::int AS n
           FROM risk.risk r JOIN risk.analysis a ON a.id = r.analysis_id
          WHERE a.state = 'DEFINITIEF'
          GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
      );
    const zero = () => Object.fromEntries(RISK_LEVELS.map((l) => [l, 0])) as Record<RiskLevel, number>;
    const aggregates: OverviewData['aggregates'] = [];
    for (const c of counts) {
      let agg = aggregates.find((x) => x.party === c.party && x.facilityCode === c.facility);
      if (!agg)
        aggregates.push(
          (agg = { party: c.party, facilityCode: c.facility, inherent: zero(), residual: zero() }),
        );
      agg.inherent[c.inherent] += c.n;
      agg.residual[c.residual] += c.n;
    }
    const late: {
      id: string;
      number: string;
      title: string;
      owner_party: string;
      facility_codes: string[];
      due_date: string | Date | null;
      respond_by: string | Date | null;
      finalised_at: Date;
      note: string | null;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.number, a.title, a.owner_party, a.facility_codes, a.due_date, c.respond_by, a.finalised_at,
              a.finalised_past_deadline_note AS note
         FROM risk.analysis a LEFT JOIN risk.consultation c ON c.analysis_id = a.id
        WHERE a.state IN ('DEFINITIEF','VERVANGEN') AND a.finalised_late
        ORDER BY a.finalised_at DESC`,
    );
    const [{ supplementary }] = await this.dataSource.query(
      `SELECT count(*)::int AS supplementary FROM risk.facility WHERE supplementary_analysis->>'status' = 'VEREIST'`,
    );
    const [{ consultations }] = await this.dataSource.query(
      `SELECT count(*)::int AS consultations FROM risk.analysis WHERE state = 'CONSULTATIE'`,
    );
    return {
      aggregates,
      late: late.map((l) => ({
        analysisId: l.id,
        number: l.number,
        // SK-T3: the content of a party's own analysis stays with the party; the LMS analyses are common.
        title: l.owner_party === 'lms' ? l.title : null,
        ownerParty: l.owner_party,
        facilityCodes: l.facility_codes,
        dueDate: l.due_date ? toIsoDay(l.due_date) : null,
        respondBy: l.respond_by ? toIsoDay(l.respond_by) : null,
        finalisedAt: l.finalised_at.toISOString(),
        // SK-T3: only the LMS's note (a shared facility's consultation) reaches the boards.
        note: l.owner_party === 'lms' ? l.note : null,
      })),
      openSupplementary: supplementary,
      openConsultations: consultations,
    };
  }

  // ----- writing ------------------------------------------------------------------------------------

  /** The caller's own analysis, locked for this unit of work; NOT_FOUND for any other. */
  private async lockOwn(
    manager: EntityManager,
    principal: Principal,
    id: string,
  ): Promise<RiskAnalysisEntity> {
    if (!isUuid(id)) throw analysisNotFound(id);
    const a = await manager
      .getRepository(RiskAnalysisEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!a || a.ownerParty !== principal.party) throw analysisNotFound(id);
    return a;
  }

  private async viewIn(tx: Transaction, id: string): Promise<RiskAnalysisView> {
    const [v] = await this.loadViews(tx.manager, [id]);
    return v;
  }

  draft(principal: Principal, acting: ActingContext, input: DraftAnalysisCommand): Promise<RiskAnalysisView> {
    return this.unitOfWork.run(acting, async (tx) => {
      const facilities = await tx.manager.getRepository(FacilityEntity).find({ order: { code: 'ASC' } });
      const now = this.clock.now();
      const draft = validateDraft(input, { party: principal.party, facilities, today: toIsoDate(now) });
      const id = randomUUID();
      const number = await nextAnalysisNumber(tx.manager, now.getUTCFullYear());
      await tx.manager.getRepository(RiskAnalysisEntity).insert({
        id,
        number,
        version: 1,
        title: draft.title,
        description: draft.description,
        kind: 'REGULIER',
        scope: draft.scope,
        ownerParty: principal.party,
        facilityCodes: draft.facilityCodes,
        method: draft.method,
        state: 'CONCEPT',
        dueDate: draft.dueDate,
        createdBy: acting.actor,
        createdAt: now,
        missingResponses: [],
        finalisedLate: false,
        rowVersion: 1,
      });
      await tx.audit('risk-analysis.drafted', id, {
        number,
        scope: draft.scope,
        facilityCodes: draft.facilityCodes,
        title: draft.title,
      });
      return this.viewIn(tx, id);
    });
  }

  update(
    principal: Principal,
    acting: ActingContext,
    input: UpdateAnalysisCommand & { id: string },
  ): Promise<RiskAnalysisView> {
    return this.unitOfWork.run(acting, async (tx) => {
      const a = await this.lockOwn(tx.manager, principal, input.id);
      const now = this.clock.now();
      const [scale, catalogue, existing] = await Promise.all([
        this.scale(tx.manager),
        tx.manager.getRepository(ThreatEntity).find(),
        this.viewIn(tx, a.id),
      ]);
      // The supplementary analysis keeps the deadline it was given when the requirement arose (SK-4.3).
      const fixedDeadline = a.kind === 'AANVULLEND';
      const content = validateContent(fixedDeadline ? { ...input, dueDate: null } : input, {
        facilityCodes: a.facilityCodes,
        scale,
        catalogue,
        today: toIsoDate(now),
      });
      const knownThreats = new Set(existing.threats.map((t) => t.id));
      const knownRisks = new Map(existing.risks.map((r) => [r.id, r]));
      const unknown = [
        // An empty id is an id too: it names nothing of this analysis (omit it for a new one).
        ...content.threats.map((t, i) =>
          t.id != null && !knownThreats.has(t.id) ? `threats[${i}].id` : null,
        ),
        ...content.risks.map((r, i) => (r.id != null && !knownRisks.has(r.id) ? `risks[${i}].id` : null)),
      ].filter((f): f is string => !!f);
      if (unknown.length) throw badUserInput(unknown.map((f) => m.problem(f, 'risk.analysis.idUnknown')));
      assertStep('edit', a.state, a.number);

      const level = (await this.acceptanceLevelOf(tx.manager, a.ownerParty)).level;
      // Treatments and acceptances go with their risks (ON DELETE CASCADE); kept ids are inserted again.
      await tx.manager.getRepository(RiskEntity).delete({ analysisId: a.id });
      await tx.manager.getRepository(AnalysisThreatEntity).delete({ analysisId: a.id });
      const threatIds = content.threats.map((t) => t.id ?? randomUUID());
      await this.insertContent(tx.manager, a.id, {
        threats: content.threats.map((t, i) => ({ ...t, id: threatIds[i] })),
        risks: content.risks.map((r) => {
          const before = r.id ? knownRisks.get(r.id) : undefined;
          const threatName = (id: string) => existing.threats.find((t) => t.id === id)?.name ?? id;
          const previous = before
            ? {
                title: before.title,
                description: before.description,
                facilityCode: before.facilityCode,
                threats: before.threatIds.map(threatName),
                inherent: before.inherent,
                residual: before.residual,
                treatment: before.treatment,
                acceptance: before.treatment.acceptance
                  ? {
                      ...before.treatment.acceptance,
                      proposedAt: new Date(before.treatment.acceptance.proposedAt),
                      decidedAt: before.treatment.acceptance.decidedAt
                        ? new Date(before.treatment.acceptance.decidedAt)
                        : null,
                    }
                  : null,
              }
            : null;
          return {
            ...r,
            id: r.id ?? randomUUID(),
            threatIds: r.threatIndexes.map((x) => threatIds[x]),
            treatment: treatmentIdentity(r.treatment, before?.treatment),
            acceptance: acceptanceAfterEdit(
              { ...r, threats: r.threatIndexes.map((x) => content.threats[x].name) },
              previous,
              level,
              acting.actor,
              now,
            ),
          };
        }),
      });
      a.title = content.title;
      a.description = content.description;
      if (!fixedDeadline) a.dueDate = content.dueDate;
      a.rowVersion += 1;
      await tx.manager.getRepository(RiskAnalysisEntity).save(a);
      const after = await this.viewIn(tx, a.id);
      await tx.audit('risk-analysis.updated', a.id, {
        number: a.number,
        threats: after.threats.length,
        risks: after.risks.map((r) => ({
          id: r.id,
          inherent: r.inherent.level,
          residual: r.residual.level,
          treatment: r.treatment.kind,
          acceptance: r.treatment.acceptance?.state ?? null,
        })),
      });
      return after;
    });
  }

  private async insertContent(
    manager: EntityManager,
    analysisId: string,
    content: {
      threats: { id: string; catalogueCode: string | null; name: string; description: string }[];
      risks: {
        id: string;
        title: string;
        description: string;
        facilityCode: string;
        threatIds: string[];
        inherent: { likelihood: number; impact: number; level: RiskLevel };
        residual: { likelihood: number; impact: number; level: RiskLevel };
        treatment: Omit<
          RiskAnalysisView['risks'][number]['treatment'],
          'acceptance' | 'status' | 'completedBy' | 'completedAt' | 'completionNote'
        >;
        acceptance: {
          state: RiskAcceptanceEntity['state'];
          proposedBy: string;
          proposedAt: Date;
          decidedBy: string | null;
          decidedAt: Date | null;
          reasoning: string | null;
          reviewDate: string | null;
        } | null;
      }[];
    },
  ) {
    if (content.threats.length)
      await manager
        .getRepository(AnalysisThreatEntity)
        .insert(content.threats.map((t, i) => ({ ...t, analysisId, position: i })));
    if (content.risks.length === 0) return;
    await manager.getRepository(RiskEntity).insert(
      content.risks.map((r, i) => ({
        id: r.id,
        analysisId,
        position: i,
        title: r.title,
        description: r.description,
        facilityCode: r.facilityCode,
        threatIds: r.threatIds,
        inherentLikelihood: r.inherent.likelihood,
        inherentImpact: r.inherent.impact,
        inherentLevel: r.inherent.level,
        residualLikelihood: r.residual.likelihood,
        residualImpact: r.residual.impact,
        residualLevel: r.residual.level,
      })),
    );
    await manager.getRepository(RiskTreatmentEntity).insert(
      content.risks.map((r) => ({
        id: r.treatment.id,
        originId: r.treatment.originId,
        riskId: r.id,
        kind: r.treatment.kind,
        description: r.treatment.description,
        measures: r.treatment.measures,
        owner: r.treatment.owner,
        dueDate: r.treatment.dueDate,
      })),
    );
    const accepted = content.risks.filter((r) => r.acceptance);
    if (accepted.length)
      await manager
        .getRepository(RiskAcceptanceEntity)
        .insert(accepted.map((r) => ({ riskId: r.id, ...r.acceptance! })));
  }

  openConsultation(
    principal: Principal,
    acting: ActingContext,
    input: { analysisId: string; respondBy: string },
  ) {
    return this.unitOfWork.run(acting, async (tx) => {
      const a = await this.lockOwn(tx.manager, principal, input.analysisId);
      const n = await tx.manager.getRepository(RiskEntity).countBy({ analysisId: a.id });
      const now = this.clock.now();
      validateOpenConsultation({
        scope: a.scope,
        state: a.state,
        number: a.number,
        riskCount: n,
        respondBy: input.respondBy,
        today: toIsoDate(now),
      });
      const facility = await tx.manager
        .getRepository(FacilityEntity)
        .findOneByOrFail({ code: a.facilityCodes[0] });
      const parties = consultedParties(facility.usedBy);
      await tx.manager.getRepository(RiskConsultationEntity).insert({
        analysisId: a.id,
        respondBy: input.respondBy,
        openedAt: now,
        openedBy: acting.actor,
        parties,
      });
      a.state = 'CONSULTATIE';
      a.rowVersion += 1;
      await tx.manager.getRepository(RiskAnalysisEntity).save(a);
      await tx.audit('risk-consultation.opened', a.id, {
        number: a.number,
        parties,
        respondBy: input.respondBy,
      });
      await tx.emit(RiskConsultationRequested, a.id, {
        analysisId: a.id,
        number: a.number,
        version: a.version,
        title: a.title,
        facilityCode: facility.code,
        parties,
        respondBy: input.respondBy,
        openedAt: now.toISOString(),
      });
      return this.viewIn(tx, a.id);
    });
  }

  respond(
    principal: Principal,
    acting: ActingContext,
    input: { analysisId: string; position: string; reasoning: string },
  ): Promise<ConsultationResponseView> {
    return this.unitOfWork.run(acting, async (tx) => {
      if (!isUuid(input.analysisId)) throw analysisNotFound(input.analysisId);
      const a = await tx.manager
        .getRepository(RiskAnalysisEntity)
        .findOne({ where: { id: input.analysisId }, lock: { mode: 'pessimistic_write' } });
      const c = a
        ? await tx.manager.getRepository(RiskConsultationEntity).findOneBy({ analysisId: a.id })
        : null;
      if (!a || !c || !c.parties.includes(principal.party)) throw analysisNotFound(input.analysisId);
      const response = validateResponse(input);
      assertStep('respond', a.state, a.number);
      const repo = tx.manager.getRepository(RiskConsultationResponseEntity);
      const earlier = await repo.findOneBy({ analysisId: a.id, party: principal.party });
      const now = this.clock.now();
      const row = {
        id: earlier?.id ?? randomUUID(),
        analysisId: a.id,
        party: principal.party,
        position: response.position,
        reasoning: response.reasoning,
        respondedBy: acting.actor,
        respondedAt: now,
        answer: null,
        answeredBy: null,
        answeredAt: null,
      };
      await repo.save(row);
      await tx.audit('risk-consultation.responded', a.id, {
        number: a.number,
        party: principal.party,
        position: response.position,
        revised: !!earlier,
      });
      await tx.emit(RiskConsultationResponded, a.id, {
        analysisId: a.id,
        responseId: row.id,
        party: principal.party,
        position: response.position,
        respondedAt: now.toISOString(),
      });
      return (await this.viewIn(tx, a.id)).consultation!.responses.find((r) => r.id === row.id)!;
    });
  }

  answer(principal: Principal, acting: ActingContext, input: { responseId: string; answer: string }) {
    return this.unitOfWork.run(acting, async (tx) => {
      const notFound = () => m.notFound('risk.response.notFound', { id: input.responseId });
      if (!isUuid(input.responseId)) throw notFound();
      const found = await tx.manager
        .getRepository(RiskConsultationResponseEntity)
        .findOneBy({ id: input.responseId });
      if (!found) throw notFound();
      const a = await tx.manager
        .getRepository(RiskAnalysisEntity)
        .findOne({ where: { id: found.analysisId }, lock: { mode: 'pessimistic_write' } });
      if (!a || a.ownerParty !== principal.party) throw notFound();
      const response = await tx.manager
        .getRepository(RiskConsultationResponseEntity)
        .findOneByOrFail({ id: input.responseId });
      const answer = validateAnswer(input, response);
      assertStep('respond', a.state, a.number);
      response.answer = answer;
      response.answeredBy = acting.actor;
      response.answeredAt = this.clock.now();
      await tx.manager.getRepository(RiskConsultationResponseEntity).save(response);
      await tx.audit('risk-consultation.answered', a.id, {
        number: a.number,
        party: response.party,
        responseId: response.id,
      });
      return (await this.viewIn(tx, a.id)).consultation!.responses.find((r) => r.id === response.id)!;
    });
  }

  finalise(
    principal: Principal,
    acting: ActingContext,
    input: { analysisId: string; pastDeadlineNote?: string | null },
  ) {
    return this.unitOfWork.run(acting, async (tx) => {
      // Lock order facility -> analysis, as classify takes them (no deadlock when both race).
      const facilityRows = new Map<string, FacilityEntity>();
      const unlocked = isUuid(input.analysisId)
        ? await tx.manager.getRepository(RiskAnalysisEntity).findOneBy({ id: input.analysisId })
        : null;
      if (unlocked?.kind === 'AANVULLEND')
        for (const code of [...unlocked.facilityCodes].sort()) {
          const f = await tx.manager
            .getRepository(FacilityEntity)
            .findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
          if (f) facilityRows.set(code, f);
        }
      const a = await this.lockOwn(tx.manager, principal, input.analysisId);
      const view = await this.viewIn(tx, a.id);
      const now = this.clock.now();
      const outcome = checkFinalise({
        number: a.number,
        scope: a.scope,
        state: a.state,
        dueDate: view.dueDate,
        consultation: view.consultation,
        pastDeadlineNote: input.pastDeadlineNote,
        today: toIsoDate(now),
      });
      checkAcceptancesSettled(
        view.risks.map((r) => ({ title: r.title, acceptance: r.treatment.acceptance })),
      );
      // Measures are proposed only for a facility whose supplementary requirement still stands (it lapses,
      // NIET_MEER_VEREIST, when the BBN was lowered in the meantime).
      const stillRequired = new Set(
        [...facilityRows.values()]
          .filter((f) => f.supplementaryAnalysis && f.supplementaryAnalysis.status !== 'NIET_MEER_VEREIST')
          .map((f) => f.code),
      );
      // A supplementary analysis exists to propose measures (SK-4.3): without one nothing would follow.
      if (
        stillRequired.size &&
        !view.risks.some((r) => r.treatment.kind === 'MITIGEREN' && r.treatment.measures.length)
      )
        throw m.conflict('risk.analysis.noSupplementaryMeasures', { number: a.number });
      const analyses = tx.manager.getRepository(RiskAnalysisEntity);
      a.state = 'DEFINITIEF';
      a.finalisedBy = acting.actor;
      a.finalisedAt = now;
      a.finalisedLate = outcome.late;
      a.finalisedPastDeadlineNote = outcome.note;
      a.missingResponses = outcome.missing;
      a.rowVersion += 1;
      await analyses.save(a);
      let superseded: RiskAnalysisView | null = null;
      if (a.previousVersionId) {
        const previous = await analyses.findOne({
          where: { id: a.previousVersionId },
          lock: { mode: 'pessimistic_write' },
        });
        if (previous && previous.state === 'DEFINITIEF') {
          superseded = await this.viewIn(tx, previous.id);
          previous.state = 'VERVANGEN';
          previous.supersededById = a.id;
          previous.rowVersion += 1;
          await analyses.save(previous);
          await tx.audit('risk-analysis.superseded', previous.id, {
            number: previous.number,
            by: a.id,
            version: a.version,
          });
        }
      }
      const completed: string[] = [];
      if (a.kind === 'AANVULLEND') {
        const facilities = tx.manager.getRepository(FacilityEntity);
        for (const code of a.facilityCodes) {
          const f =
            facilityRows.get(code) ??
            (await facilities.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } }));
          const sa = f?.supplementaryAnalysis;
          if (!f || !sa || sa.status !== 'VEREIST' || !sa.analysisId) continue;
          const linked = await analyses.findOneBy({ id: sa.analysisId });
          if (linked?.number !== a.number) continue;
          f.supplementaryAnalysis = {
            ...sa,
            status: 'AFGEROND',
            analysisId: a.id,
            completedAt: now.toISOString(),
          };
          await facilities.save(f);
          completed.push(code);
        }
      }
      const residualCounts = Object.fromEntries(
        RISK_LEVELS.map((l) => [l, view.risks.filter((r) => r.residual.level === l).length]),
      );
      await tx.audit('risk-analysis.finalised', a.id, {
        number: a.number,
        version: a.version,
        late: outcome.late,
        missingResponses: outcome.missing,
        pastDeadlineNote: outcome.note,
        supplementaryCompleted: completed,
      });
      const supplementaryMeasures =
        a.kind === 'AANVULLEND'
          ? a.facilityCodes
              .filter((c) => stillRequired.has(c))
              .map((facilityCode) => {
                const seen = new Map<string, { frameworkCode: string; identifier: string }>();
                for (const r of view.risks)
                  if (r.facilityCode === facilityCode && r.treatment.kind === 'MITIGEREN')
                    for (const x of r.treatment.measures) seen.set(`${x.frameworkCode}/${x.identifier}`, x);
                return { facilityCode, measures: [...seen.values()] };
              })
          : [];
      await tx.emit(RiskAnalysisFinalised, a.id, {
        analysisId: a.id,
        number: a.number,
        version: a.version,
        supersedesAnalysisId: a.previousVersionId,
        title: a.title,
        kind: a.kind,
        scope: a.scope,
        ownerParty: a.ownerParty,
        facilityCodes: a.facilityCodes,
        dueDate: view.dueDate,
        finalisedAt: now.toISOString(),
        late: outcome.late,
        pastDeadlineNote: outcome.note,
        missingResponses: outcome.missing,
        residualCounts,
        supplementaryMeasures,
        treatments: view.risks.map((r) => ({
          // The treatment's line across versions: icv's finding of it stays one finding.
          treatmentId: r.treatment.originId,
          riskId: r.id,
          riskTitle: r.title,
          facilityCode: r.facilityCode,
          kind: r.treatment.kind,
          description: r.treatment.description,
          measures: r.treatment.measures,
          owner: r.treatment.owner,
          dueDate: r.treatment.dueDate,
          residualLevel: r.residual.level,
        })),
      });
      // The treatments' own lines (issue 17): this version's are OPEN; every treatment of the version it
      // supersedes lapses (one carried over goes on under its new id, same origin).
      const changedAt = now.toISOString();
      for (const r of view.risks)
        await this.emitTreatmentChanged(tx, view, r, { ...r.treatment, status: 'OPEN' }, changedAt);
      for (const r of superseded?.risks ?? [])
        await this.emitTreatmentChanged(
          tx,
          superseded!,
          r,
          { ...r.treatment, status: 'VERVALLEN' },
          changedAt,
        );
      return this.viewIn(tx, a.id);
    });
  }

  /** One `risk.treatment.changed`, keyed by the treatment id so one treatment's changes stay in order. */
  private emitTreatmentChanged(
    tx: Transaction,
    analysis: RiskAnalysisView,
    r: RiskAnalysisView['risks'][number],
    t: { status: RiskTreatmentChangedData['status']; completedBy: string | null; completedAt: string | null },
    changedAt: string,
  ) {
    return tx.emit(RiskTreatmentChanged, r.treatment.id, {
      treatmentId: r.treatment.id,
      originId: r.treatment.originId,
      analysisId: analysis.id,
      analysisNumber: analysis.number,
      analysisVersion: analysis.version,
      ownerParty: analysis.ownerParty,
      riskTitle: r.title,
      facilityCode: r.facilityCode,
      kind: r.treatment.kind,
      description: r.treatment.description,
      dueDate: r.treatment.dueDate,
      status: t.status,
      completedBy: t.completedBy,
      completedAt: t.completedAt,
      changedAt,
    });
  }

  /**
   * Reports a treatment of the caller's own final analysis done (issue 17): NOT_FOUND for another party's
   * or an unknown treatment, BAD_USER_INPUT without a note, CONFLICT when the analysis is not (or no longer)
   * final, for a MITIGEREN treatment (completed as its icv finding) and when already done. The analysis row
   * is locked first (as every analysis step), then the treatment: one winner.
   */
  completeTreatment(
    principal: Principal,
    acting: ActingContext,
    input: { treatmentId: string; note: string },
  ): Promise<{ analysis: RiskAnalysisView; risk: RiskAnalysisView['risks'][number] }> {
    return this.unitOfWork.run(acting, async (tx) => {
      const notFound = () => m.notFound('risk.treatment.notFound', { id: input.treatmentId });
      if (!isUuid(input.treatmentId)) throw notFound();
      const treatments = tx.manager.getRepository(RiskTreatmentEntity);
      const found = await treatments.findOneBy({ id: input.treatmentId });
      if (!found) throw notFound();
      const risk = await tx.manager.getRepository(RiskEntity).findOneBy({ id: found.riskId });
      const a = risk
        ? await tx.manager
            .getRepository(RiskAnalysisEntity)
            .findOne({ where: { id: risk.analysisId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!risk || !a || a.ownerParty !== principal.party) throw notFound();
      const t = await treatments.findOne({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!t) throw notFound();
      const now = this.clock.now();
      const done = completeTreatment(
        { kind: t.kind, status: t.status, analysisState: a.state, number: a.number },
        input.note,
        acting.actor,
        now,
      );
      await treatments.update({ id: t.id }, done);
      await tx.audit('risk-treatment.completed', a.id, {
        number: a.number,
        version: a.version,
        treatmentId: t.id,
        originId: t.originId,
        kind: t.kind,
      });
      const view = await this.viewIn(tx, a.id);
      const r = view.risks.find((x) => x.treatment.id === t.id)!;
      await this.emitTreatmentChanged(tx, view, r, r.treatment, now.toISOString());
      return { analysis: view, risk: r };
    });
  }

  revise(principal: Principal, acting: ActingContext, id: string) {
    return this.unitOfWork.run(acting, async (tx) => {
      const a = await this.lockOwn(tx.manager, principal, id);
      assertStep('revise', a.state, a.number);
      const analyses = tx.manager.getRepository(RiskAnalysisEntity);
      const open = await analyses.findOneBy({ number: a.number, state: In([...OPEN_STATES]) });
      if (open) throw m.conflict('risk.analysis.revisionOpen', { number: a.number });
      const view = await this.viewIn(tx, a.id);
      const facilities = await tx.manager.getRepository(FacilityEntity).findBy({ code: In(a.facilityCodes) });
      const now = this.clock.now();
      const newId = randomUUID();
      const v = (await analyses.maximum('version', { number: a.number })) ?? a.version;
      await tx.manager.getRepository(RiskAnalysisEntity).insert({
        id: newId,
        number: a.number,
        version: v + 1,
        title: a.title,
        description: a.description,
        kind: a.kind,
        scope: a.scope,
        ownerParty: a.ownerParty,
        facilityCodes: a.facilityCodes,
        method: analysisMethod(
          a.facilityCodes.map((code) => ({ code, bbn: facilities.find((f) => f.code === code)?.bbn ?? 0 })),
        ),
        state: 'CONCEPT',
        // A revision keeps the deadline (a supplementary analysis's stays fixed, SK-4.3).
        dueDate: a.dueDate,
        createdBy: acting.actor,
        createdAt: now,
        missingResponses: [],
        finalisedLate: false,
        previousVersionId: a.id,
        rowVersion: 1,
      });
      const threatIds = new Map(view.threats.map((t) => [t.id, randomUUID()]));
      const level = (await this.acceptanceLevelOf(tx.manager, a.ownerParty)).level;
      await this.insertContent(tx.manager, newId, {
        threats: view.threats.map((t) => ({ ...t, id: threatIds.get(t.id)! })),
        risks: view.risks.map((r) => ({
          ...r,
          id: randomUUID(),
          threatIds: r.threatIds.map((t) => threatIds.get(t)!),
          treatment: { ...r.treatment, id: randomUUID(), originId: r.treatment.originId },
          // A decision belongs to the version it was made on: the copy needs a new one (four eyes).
          acceptance: acceptanceOnRevision(r.treatment.kind, r.residual.level, level, acting.actor, now),
        })),
      });
      await tx.audit('risk-analysis.revised', newId, {
        number: a.number,
        version: v + 1,
        previousVersionId: a.id,
      });
      return this.viewIn(tx, newId);
    });
  }

  discard(principal: Principal, acting: ActingContext, id: string): Promise<boolean> {
    return this.unitOfWork.run(acting, async (tx) => {
      const a = await this.lockOwn(tx.manager, principal, id);
      assertStep('discard', a.state, a.number);
      // The required supplementary analysis stays, unless the requirement lapsed (BBN lowered); a revision
      // of it may go.
      if (a.kind === 'AANVULLEND' && a.version === 1) {
        const facilities = await tx.manager
          .getRepository(FacilityEntity)
          .findBy({ code: In(a.facilityCodes) });
        if (facilities.some((f) => f.supplementaryAnalysis?.status === 'VEREIST'))
          throw m.conflict('risk.analysis.discardSupplementary', { number: a.number });
      }
      await tx.manager.getRepository(RiskAnalysisEntity).delete({ id: a.id });
      await tx.audit('risk-analysis.discarded', a.id, {
        number: a.number,
        version: a.version,
        title: a.title,
      });
      return true;
    });
  }

  decide(
    principal: Principal,
    acting: ActingContext,
    input: { riskId: string; approve: boolean; reasoning: string; reviewDate: string },
  ) {
    return this.unitOfWork.run(acting, async (tx) => {
      const notFound = () => m.notFound('risk.risk.notFound', { id: input.riskId });
      if (!isUuid(input.riskId)) throw notFound();
      const risk = await tx.manager.getRepository(RiskEntity).findOneBy({ id: input.riskId });
      if (!risk) throw notFound();
      const a = await tx.manager
        .getRepository(RiskAnalysisEntity)
        .findOne({ where: { id: risk.analysisId }, lock: { mode: 'pessimistic_write' } });
      if (!a || a.ownerParty !== principal.party) throw notFound();
      const repo = tx.manager.getRepository(RiskAcceptanceEntity);
      const current = await repo.findOneBy({ riskId: risk.id });
      const now = this.clock.now();
      const decided = decideAcceptance(current, input, acting.actor, toIsoDate(now), now);
      assertStep('decide', a.state, a.number);
      await repo.save({ riskId: risk.id, ...decided });
      await tx.audit('risk-acceptance.decided', a.id, {
        number: a.number,
        riskId: risk.id,
        state: decided.state,
        proposedBy: decided.proposedBy,
        reviewDate: decided.reviewDate,
      });
      const view = await this.viewIn(tx, a.id);
      return { analysis: view, risk: view.risks.find((r) => r.id === risk.id)! };
    });
  }
}

export type ConsultationResponseView = NonNullable<RiskAnalysisView['consultation']>['responses'][number];
