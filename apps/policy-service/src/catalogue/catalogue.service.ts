import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueChanged } from '@mkib/contracts';
import {
  CatalogueState,
  checkImportOwner,
  checkImportRequest,
  FrameworkImportPlan,
  frameworkToOscal,
  importRefused,
  inverseRelationship,
  mappingsFromCsv,
  parseFrameworkFile,
  planFrameworkImport,
  planMappingImport,
  policy,
  refKey,
  rejectedRows,
  RequirementDefinition,
  RequirementRef,
  RequirementUsage,
} from '@mkib/domain-policy';
import { Clock, badUserInput, fieldRules } from '@mkib/domain-shared';
import { partyScope, PartyScope, Principal } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { publishApplicability } from '../applicability/applicability.service';
import { PolicyVersionRepository } from '../policy-document/policy-version.repository';
import { ProfileRepository } from '../profile/profile.repository';
import { SupplementaryMeasureRepository } from '../profile/supplementary-measure.repository';
import { ImportFrameworkInput, ImportMappingsInput, ImportReport, RequirementsArgs } from './catalogue.input';
import { CatalogueRepository } from './catalogue.repository';
import { FrameworkEntity } from './framework.entity';
import { MappingRepository } from './mapping.repository';
import { RequirementMappingEntity } from './requirement-mapping.entity';
import { RequirementEntity } from './requirement.entity';

const MAX_PAGE = 200;

/** A uuid (version 5 layout) derived from a name: the same framework state exports with the same uuid. */
function nameUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex').split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

const definitionOf = (r: RequirementEntity): RequirementDefinition => ({
  identifier: r.identifier,
  kind: r.kind,
  parent: r.parentIdentifier,
  title: r.title,
  text: r.text,
  status: r.status,
  refersTo: r.refersTo,
});

/** A mapping as one requirement sees it: the relationship from its side, and the other requirement. */
export interface MappingSeen {
  relationship: RequirementMappingEntity['relationship'];
  requirement: RequirementEntity;
}

@Injectable()
export class CatalogueService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  private repository(manager: EntityManager = this.dataSource.manager) {
    return new CatalogueRepository(manager);
  }

  /** Whose own frameworks a caller may read: its own party's, or every party's (the auditor). */
  scope(principal: Principal): PartyScope {
    return partyScope(principal, 'party-framework.read');
  }

  visibleTo(scope: PartyScope, framework: FrameworkEntity | null): framework is FrameworkEntity {
    return (
      framework !== null &&
      (framework.ownerParty === null || scope.all || framework.ownerParty === scope.party)
    );
  }

  /** A framework the caller may see; another party's own framework is as unknown as a missing one. */
  async framework(principal: Principal, code: string) {
    const framework = await this.repository().framework(code);
    if (!this.visibleTo(this.scope(principal), framework))
      throw policy.notFound('policy.framework.notFound', { code });
    return framework;
  }

  /** Frameworks by code, for a batch of references (null where there is none). */
  frameworksByCodes(codes: readonly string[]): Promise<FrameworkEntity[]> {
    return this.repository().frameworksByCodes(codes);
  }

  frameworks(principal: Principal): Promise<FrameworkEntity[]> {
    return this.repository().visibleFrameworks(this.scope(principal));
  }

  /** Requirement counts of frameworks, for a batch (0 where there are none). */
  requirementCounts(codes: readonly string[]): Promise<Map<string, number>> {
    return this.repository().requirementCounts(codes);
  }

  async requirements(principal: Principal, args: RequirementsArgs) {
    // Another party's own framework is unknown, whatever else is asked (NOT_FOUND before the page).
    await this.framework(principal, args.frameworkCode);
    const problems = [
      ...fieldRules.page(args.limit, args.offset, MAX_PAGE),
      ...fieldRules.optionalText('search', args.search, 200),
    ];
    if (problems.length) throw badUserInput(problems);
    const [items, total] = await this.repository().search(args);
    return { total, items };
  }

  async requirement(principal: Principal, frameworkCode: string, identifier: string) {
    await this.framework(principal, frameworkCode);
    const r = await this.repository().requirement(frameworkCode, identifier);
    if (!r) throw policy.notFound('policy.requirement.notFound', { frameworkCode, identifier });
    return r;
  }

  /** Requirements by reference, for a batch (any order; unknown ones left out). */
  requirementsByRefs(refs: readonly RequirementRef[]): Promise<RequirementEntity[]> {
    return this.repository().requirementsByRefs(refs);
  }

  /** Requirements of frameworks in catalogue order, for a batch. */
  requirementsOf(codes: readonly string[]): Promise<RequirementEntity[]> {
    return this.repository().requirementsOf(codes);
  }

  /**
   * Mappings of requirements, both ways, each read from its own side (a SUBSET seen from the target is a
   * SUPERSET), sorted by the other requirement: two queries for any number of requirements.
   */
  async mappingsOf(refs: readonly RequirementRef[]): Promise<MappingSeen[][]> {
    const rows = await new MappingRepository(this.dataSource.manager).touching(refs);
    if (!rows.length) return refs.map(() => []);
    const others = await this.requirementsByRefs(
      rows.flatMap((m) => [
        { frameworkCode: m.sourceFramework, identifier: m.sourceIdentifier },
        { frameworkCode: m.targetFramework, identifier: m.targetIdentifier },
      ]),
    );
    const byKey = new Map(others.map((r) => [refKey(r), r]));
    return refs.map((ref) => {
      const key = refKey(ref);
      const seen: MappingSeen[] = [];
      for (const m of rows) {
        if (`${m.sourceFramework}:${m.sourceIdentifier}` === key)
          seen.push({
            relationship: m.relationship,
            requirement: byKey.get(`${m.targetFramework}:${m.targetIdentifier}`)!,
          });
        if (`${m.targetFramework}:${m.targetIdentifier}` === key)
          seen.push({
            relationship: inverseRelationship(m.relationship),
            requirement: byKey.get(`${m.sourceFramework}:${m.sourceIdentifier}`)!,
          });
      }
      return seen.sort((a, b) =>
        `${a.requirement.frameworkCode}:${a.requirement.sortKey}`.localeCompare(
          `${b.requirement.frameworkCode}:${b.requirement.sortKey}`,
        ),
      );
    });
  }

  async exportOscal(principal: Principal, code: string): Promise<string> {
    const framework = await this.framework(principal, code);
    const requirements = await this.repository().requirementsOf([code]);
    const document = frameworkToOscal(
      { ...framework, requirements: requirements.map(definitionOf) },
      {
        uuid: nameUuid(`mkib:framework:${code}:${framework.changedAt.toISOString()}`),
        partyUuid: nameUuid(`mkib:publisher:${framework.publisher}`),
        lastModified: framework.changedAt,
      },
    );
    return JSON.stringify(document, null, 2);
  }

  /** The catalogue as it stands for a code: the framework, its requirements and which of them are used. */
  private async catalogueState(manager: EntityManager, code: string, lock: boolean): Promise<CatalogueState> {
    const catalogue = this.repository(manager);
    const framework = await catalogue.framework(code, lock);
    if (!framework) return { framework: null, requirements: [], usage: new Map() };
    const usage = new Map<string, RequirementUsage>();
    for (const u of await new ProfileRepository(manager).identifiersUsed(code))
      usage.set(u.identifier, { kind: 'PROFILE', version: u.version });
    for (const u of await new SupplementaryMeasureRepository(manager).identifiersUsed(code))
      if (!usage.has(u.identifier))
        usage.set(u.identifier, { kind: 'SUPPLEMENTARY', facilityCode: u.facilityCode });
    const inForce = await new PolicyVersionRepository(manager).inForce();
    for (const linked of [...(inForce?.content.norms ?? []), ...(inForce?.content.rules ?? [])])
      for (const m of linked.measures)
        if (m.frameworkCode === code && !usage.has(m.identifier))
          usage.set(m.identifier, { kind: 'POLICY', version: inForce!.version, key: linked.key });
    for (const identifier of await new MappingRepository(manager).identifiersUsed(code))
      if (!usage.has(identifier)) usage.set(identifier, { kind: 'MAPPING' });
    const requirements = (await catalogue.requirementsOf([code])).map(definitionOf);
    return { framework, requirements, usage };
  }

  /**
   * Imports a framework (dry run or real). `owner` is null for the common catalogue (the LMS) or the
   * caller's party for its own framework; the resolver decides which, by the operation called. The
   * rules are the planner's (libs/domain/policy); this loads the state and applies the plan.
   */
  async importFramework(
    acting: ActingContext,
    owner: string | null,
    input: ImportFrameworkInput,
  ): Promise<ImportReport> {
    if (input.dryRun) return (await this.planImport(this.dataSource.manager, owner, input, false)).report;

    return this.unitOfWork
      .run(acting, async (tx) => {
        if (owner !== null) await this.assertNoProposalCreates(tx.manager, input.code);
        return this.importIn(tx, acting.actor, owner, input);
      })
      .catch((e: unknown) => {
        // Two creations of the same new code at once: the second finds the first's row at commit.
        if ((e as { code?: string }).code === '23505')
          throw policy.conflict('policy.import.concurrent', { code: input.code });
        throw e;
      });
  }

  /**
   * A party may not take a code that a submitted change proposal's carried import creates in the common
   * catalogue: its adoption would then fail (the code another's).
   */
  private async assertNoProposalCreates(manager: EntityManager, code: string): Promise<void> {
    // raw SQL: the carried imports are inside the proposal's jsonb change.
    const rows: { number: number }[] = await manager.query(
      `SELECT p.number FROM policy.change_proposal p
        WHERE p.state = 'SUBMITTED' AND jsonb_typeof(p.change->'frameworkImports') = 'array'
          AND EXISTS (SELECT 1 FROM jsonb_array_elements(p.change->'frameworkImports') f
                       WHERE f->>'code' = $1 AND coalesce(f->>'mode', 'CREATE') = 'CREATE')
        ORDER BY p.number LIMIT 1`,
      [code],
    );
    if (rows.length) throw policy.conflict('policy.import.proposalCreates', { code, number: rows[0].number });
  }

  /**
   * Plans an import against the catalogue as it stands (locking the framework when `lock`): its report
   * (as a dry run's) and the plan. Throws FORBIDDEN for another's code, BAD_USER_INPUT for a bad request.
   */
  async planImport(
    manager: EntityManager,
    owner: string | null,
    input: ImportFrameworkInput,
    lock: boolean,
  ): Promise<{ report: ImportReport; plan: FrameworkImportPlan }> {
    const state = await this.catalogueState(manager, input.code, lock);
    // Whose code it is first (FORBIDDEN for another party's or the common catalogue's), then the input.
    checkImportOwner(input.code, owner, state);
    const inputProblems = checkImportRequest(input);
    if (inputProblems.length) throw badUserInput(inputProblems);
    const plan = planFrameworkImport(input, parseFrameworkFile(input, state.requirements), state);
    const report: ImportReport = {
      dryRun: input.dryRun,
      imported: false,
      frameworkCode: input.code,
      format: input.format,
      mode: input.mode,
      ...plan.counts,
      problems: plan.problems,
    };
    return { report, plan };
  }

  /**
   * Imports inside a given transaction (the party's own import, or an adopted change proposal's): the
   * same checks, rows, audit entry and `policy.catalogue.changed` as ever.
   */
  async importIn(
    tx: Transaction,
    actor: string,
    owner: string | null,
    input: ImportFrameworkInput,
  ): Promise<ImportReport> {
    const { report, plan } = await this.planImport(tx.manager, owner, input, true);
    if (plan.problems.length) throw importRefused(plan.problems, input.code);
    await this.applyImport(tx, actor, owner, input, plan);
    return { ...report, dryRun: false, imported: true };
  }

  /** Applies an import plan: framework, requirements, audit and `policy.catalogue.changed` in one unit. */
  private async applyImport(
    tx: Transaction,
    actor: string,
    owner: string | null,
    input: ImportFrameworkInput,
    plan: FrameworkImportPlan,
  ) {
    const { metadata, changes, counts } = plan;
    const catalogue = this.repository(tx.manager);
    await catalogue.saveFramework({
      ...metadata,
      ownerParty: owner,
      origin: input.format,
      changedBy: actor,
      changedAt: this.clock.now(),
    });
    await catalogue.removeRequirements(input.code, changes.removed);
    await catalogue.upsertRequirements(input.code, [...changes.added, ...changes.updated]);
    const action = { CREATE: 'created', REPLACE: 'replaced', MERGE: 'merged' }[input.mode];
    const { added, updated, removed } = counts;
    await tx.audit(`framework.${action}`, input.code, {
      format: input.format,
      mode: input.mode,
      ownerParty: owner,
      contentSha256: createHash('sha256').update(input.content).digest('hex'),
      added,
      updated,
      removed,
      metadata: { ...metadata },
    });
    await tx.emit(CatalogueChanged, input.code, {
      change: (
        { CREATE: 'FRAMEWORK_CREATED', REPLACE: 'FRAMEWORK_REPLACED', MERGE: 'FRAMEWORK_MERGED' } as const
      )[input.mode],
      frameworkCodes: [input.code],
      ownerParty: owner,
      added,
      updated,
      removed,
    });
    await publishApplicability(tx);
  }

  /** Mappings between frameworks of the common catalogue (the LMS), dry run or real, all or nothing. */
  async importMappings(acting: ActingContext, input: ImportMappingsInput) {
    const inputProblems = checkImportRequest(input);
    if (inputProblems.length) throw badUserInput(inputProblems);
    const run = async (manager: EntityManager) => {
      const known = await this.repository(manager).commonRequirementKeys();
      const frameworks = new Set(known.map((k) => k.frameworkCode));
      const keys = new Set(known.map(refKey));
      const file = mappingsFromCsv(input.content, (f, id) =>
        id === undefined ? frameworks.has(f) : keys.has(`${f}:${id}`),
      );
      const plan = planMappingImport(file, await new MappingRepository(manager).all(), input.replace);
      const report = {
        dryRun: input.dryRun,
        imported: false,
        rowsRead: file.rowsRead,
        rowsAccepted: file.mappings.length,
        rowsRejected: rejectedRows(file.problems),
        added: plan.added,
        updated: plan.updated,
        removed: plan.removed.length,
        problems: file.problems,
      };
      return { report, plan };
    };
    if (input.dryRun) return (await run(this.dataSource.manager)).report;
    return this.unitOfWork.run(acting, async (tx) => {
      await new MappingRepository(tx.manager).lockForImport();
      // The requirements the mappings point to stay until this commits: a framework import that would
      // remove one waits, and then refuses on its own terms (never a foreign-key failure here).
      await this.repository(tx.manager).holdCommonFrameworks();
      const { report, plan } = await run(tx.manager);
      if (report.problems.length) throw importRefused(report.problems, null);
      const mappings = new MappingRepository(tx.manager);
      await mappings.remove(plan.removed);
      await mappings.upsert(plan.upsert, acting.actor, this.clock.now());
      const frameworkCodes = [
        ...new Set(plan.upsert.flatMap((m) => [m.sourceFramework, m.targetFramework])),
      ].sort();
      await tx.audit('mappings.imported', frameworkCodes.join('+') || 'mappings', {
        replace: input.replace,
        contentSha256: createHash('sha256').update(input.content).digest('hex'),
        added: report.added,
        updated: report.updated,
        removed: report.removed,
      });
      if (frameworkCodes.length)
        await tx.emit(CatalogueChanged, frameworkCodes.join('+'), {
          change: 'MAPPINGS_IMPORTED',
          frameworkCodes,
          ownerParty: null,
          added: report.added,
          updated: report.updated,
          removed: report.removed,
        });
      return { ...report, imported: true };
    });
  }
}
