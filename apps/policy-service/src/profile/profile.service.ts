import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ProfileChanged, ProfileChangedData } from '@mkib/contracts';
import {
  BBN_LEVELS,
  BbnProfileLevel,
  checkBbnProfile,
  checkRefs,
  leafRequirements,
  measuresForBbn,
  policy,
  refKey,
  RequirementRef,
  supplementaryMeasuresApply,
} from '@mkib/domain-policy';
import { badUserInput, FieldProblem, fieldRules, isFacilityCode, FACILITY_CODES } from '@mkib/domain-shared';
import { Clock } from '@mkib/domain-shared';
import { Principal, readablePartyOrNotFound } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { publishApplicability } from '../applicability/applicability.service';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { CatalogueService } from '../catalogue/catalogue.service';
import { FrameworkEntity } from '../catalogue/framework.entity';
import { RequirementEntity } from '../catalogue/requirement.entity';
import { BbnProfileEntity } from './bbn-profile.entity';
import { PartyFrameworkRepository } from './party-framework.repository';
import { PublishBbnProfileInput, SetSupplementaryMeasuresInput } from './profile.input';
import { ProfileRepository } from './profile.repository';
import { SupplementaryMeasureRepository, SupplementaryMeasures } from './supplementary-measure.repository';

export interface BbnProfileView {
  version: number;
  current: boolean;
  rationale: string;
  publishedBy: string;
  publishedAt: string;
  levels: BbnProfileLevel[];
}

/** The profile in force: its version and levels (one per request is enough). */
export interface CurrentProfile {
  version: number;
  levels: BbnProfileLevel[];
}

const MAX_RATIONALE = 4_000;
/** Problems of the mutation's `input.*` fields under another prefix (a proposal's carried part). */
const under = (prefix: string, problems: FieldProblem[]): FieldProblem[] =>
  prefix === 'input' ? problems : problems.map((p) => ({ ...p, field: p.field.replace(/^input/, prefix) }));

/** Thrown inside a unit of work that finds nothing to change: it rolls back, with nothing to audit. */
const UNCHANGED = Symbol('unchanged');

@Injectable()
export class ProfileService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly catalogue: CatalogueService,
  ) {}

  private profilesIn(manager: EntityManager = this.dataSource.manager) {
    return new ProfileRepository(manager);
  }

  private view(row: BbnProfileEntity, levels: BbnProfileLevel[], current: number): BbnProfileView {
    return {
      version: row.version,
      current: row.version === current,
      rationale: row.rationale,
      publishedBy: row.publishedBy,
      publishedAt: row.publishedAt.toISOString(),
      levels,
    };
  }

  async profile(version: number | null): Promise<BbnProfileView> {
    const profiles = this.profilesIn();
    const current = await profiles.currentVersion();
    const wanted = version ?? current;
    const row = await profiles.find(wanted);
    if (!row) throw policy.notFound('policy.profile.notFound', { version: wanted, current });
    return this.view(row, await profiles.levels(wanted), current);
  }

  async profiles(): Promise<BbnProfileView[]> {
    const profiles = this.profilesIn();
    const current = await profiles.currentVersion();
    const rows = await profiles.all();
    const levels = await profiles.levelsOf(rows.map((r) => r.version));
    return rows.map((row) => this.view(row, levels.get(row.version)!, current));
  }

  async currentProfile(manager?: EntityManager): Promise<CurrentProfile> {
    const profiles = this.profilesIn(manager);
    const version = await profiles.currentVersion();
    return { version, levels: await profiles.levels(version) };
  }

  /** Resolves references to requirements, in the order given. */
  async requirementsOf(refs: RequirementRef[], manager: EntityManager = this.dataSource.manager) {
    const rows = await new CatalogueRepository(manager).requirementsByRefs(refs);
    const byKey = new Map(rows.map((r) => [refKey(r), r]));
    return refs.map((ref) => byKey.get(refKey(ref))).filter((r): r is RequirementEntity => r !== undefined);
  }

  /**
   * The kind of a requirement of the common catalogue, or null: what a profile may point at. Their
   * frameworks stay as they are until the caller's change commits (an import of one waits for it).
   */
  private async commonKinds(refs: RequirementRef[], manager: EntityManager) {
    const catalogue = new CatalogueRepository(manager);
    await catalogue.holdFrameworks(refs.map((r) => r.frameworkCode));
    const rows = await catalogue.commonRequirements(refs);
    const kinds = new Map(rows.map((r) => [refKey(r), r.kind as string]));
    return (ref: RequirementRef) => kinds.get(refKey(ref)) ?? null;
  }

  private async changed(
    tx: Transaction,
    subject: string,
    data: Omit<ProfileChangedData, 'profileVersion' | 'applicableCounts'>,
  ) {
    const { version, levels } = await this.currentProfile(tx.manager);
    await tx.emit(ProfileChanged, subject, {
      ...data,
      profileVersion: version,
      applicableCounts: BBN_LEVELS.map((bbn) => measuresForBbn(levels, bbn).length),
    });
    await publishApplicability(tx);
  }

  /**
   * The checks of a BBN profile publication, problems under `prefix` (`input` for the mutation, e.g.
   * `input.change.bbnProfile` for a proposal). `extraKind` names the measures of frameworks a proposal
   * imports before the profile applies (undefined: not imported); else the common catalogue (held until the caller commits).
   */
  async checkPublish(
    input: PublishBbnProfileInput,
    manager: EntityManager,
    prefix = 'input',
    extraKind?: (ref: RequirementRef) => string | null | undefined,
  ): Promise<FieldProblem[]> {
    const rationale = input.rationale.trim();
    const problems: FieldProblem[] = rationale
      ? fieldRules.optionalText('input.rationale', rationale, MAX_RATIONALE)
      : [policy.problem('input.rationale', 'policy.profile.rationaleRequired')];
    const missing = BBN_LEVELS.filter((bbn) => !input.levels.some((l) => l.bbn === bbn));
    if (missing.length)
      problems.push(
        policy.problem('input.levels', 'policy.profile.levelsMissing', {
          missing: missing.map((b) => `BBN${b}`).join(', '),
        }),
      );
    const common = await this.commonKinds(
      input.levels.flatMap((l) => l.measures),
      manager,
    );
    const kindOf = extraKind
      ? (ref: RequirementRef) => {
          const kind = extraKind(ref);
          return kind === undefined ? common(ref) : kind;
        }
      : common;
    problems.push(...checkBbnProfile(input.levels, kindOf));
    return under(prefix, problems);
  }

  /**
   * Publishes a new BBN profile version (SK-2.2b) inside an adopted change proposal's transaction: the
   * levels as a whole, with a rationale; its audit entry and `policy.profile.changed`.
   */
  async publishIn(
    tx: Transaction,
    actor: string,
    party: string | null,
    input: PublishBbnProfileInput,
  ): Promise<BbnProfileView> {
    const problems = await this.checkPublish(input, tx.manager);
    if (problems.length) throw badUserInput(problems);
    const rationale = input.rationale.trim();

    const profiles = this.profilesIn(tx.manager);
    await profiles.lockForPublishing();
    const previous = await profiles.currentVersion();
    const previousLevels = await profiles.levels(previous);
    const row: BbnProfileEntity = {
      version: previous + 1,
      rationale,
      publishedBy: actor,
      publishedByParty: party ?? 'unknown',
      publishedAt: this.clock.now(),
    };
    await profiles.publish(row, input.levels);
    const keys = (levels: BbnProfileLevel[]) =>
      new Set(levels.flatMap((l) => l.measures.map((m) => `${l.bbn}:${refKey(m)}`)));
    const before = keys(previousLevels);
    const after = keys(input.levels);
    const subject = `v${row.version}`;
    await tx.audit('bbn-profile.published', subject, {
      previousVersion: previous,
      rationale,
      added: [...after].filter((k) => !before.has(k)),
      removed: [...before].filter((k) => !after.has(k)),
      counts: input.levels.map((l) => ({ bbn: l.bbn, introduced: l.measures.length })),
    });
    await this.changed(tx, subject, { change: 'BBN_PROFILE_PUBLISHED', facilityCode: null, party: null });
    return this.view(row, await profiles.levels(row.version), row.version);
  }

  /** The supplementary measures of facilities (every facility's when omitted), for a batch. */
  supplementaryOf(
    facilityCodes?: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, SupplementaryMeasures>> {
    return new SupplementaryMeasureRepository(manager).ofFacilities(facilityCodes);
  }

  /** The checks of a supplementary-measures list, problems under `prefix` (see checkPublish). */
  async checkSupplementary(
    input: SetSupplementaryMeasuresInput,
    manager: EntityManager,
    prefix = 'input',
    extraKind?: (ref: RequirementRef) => string | null | undefined,
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (!isFacilityCode(input.facilityCode))
      problems.push(
        policy.problem('input.facilityCode', 'policy.supplementary.facilityUnknown', {
          facilityCode: input.facilityCode,
          facilities: FACILITY_CODES.join(', '),
        }),
      );
    const rationale = input.rationale.trim();
    problems.push(
      ...(rationale
        ? fieldRules.optionalText('input.rationale', rationale, MAX_RATIONALE)
        : [policy.problem('input.rationale', 'policy.supplementary.rationaleRequired')]),
    );
    const common = await this.commonKinds(input.measures, manager);
    const kindOf = extraKind
      ? (ref: RequirementRef) => {
          const kind = extraKind(ref);
          return kind === undefined ? common(ref) : kind;
        }
      : common;
    problems.push(...checkRefs(input.measures, 'input.measures', kindOf));
    return under(prefix, problems);
  }

  /**
   * Records what a facility's supplementary risk analysis added (SK-4.3), replacing the list, inside an
   * adopted change proposal's transaction.
   */
  async setSupplementaryIn(tx: Transaction, actor: string, input: SetSupplementaryMeasuresInput) {
    const problems = await this.checkSupplementary(input, tx.manager);
    if (problems.length) throw badUserInput(problems);
    const rationale = input.rationale.trim();

    const supplementary = new SupplementaryMeasureRepository(tx.manager);
    // One list at a time: the list replaced is the one audited as before, and lists never mix.
    await supplementary.lockForChange();
    const before = await supplementary.ofFacility(input.facilityCode);
    await supplementary.replace(input.facilityCode, input.measures, {
      rationale,
      addedBy: actor,
      addedAt: this.clock.now(),
    });
    await tx.audit('supplementary-measures.set', input.facilityCode, {
      before: before.refs.map(refKey),
      after: input.measures.map(refKey),
      rationale,
    });
    await this.changed(tx, input.facilityCode, {
      change: 'SUPPLEMENTARY_MEASURES_SET',
      facilityCode: input.facilityCode,
      party: null,
    });
    const after = await supplementary.ofFacility(input.facilityCode);
    return { ...after, measures: await this.requirementsOf(after.refs, tx.manager) };
  }

  /** The frameworks parties attached to their scope, for a batch. */
  partyFrameworksOf(
    parties: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, FrameworkEntity[]>> {
    return new PartyFrameworkRepository(manager).frameworksOf(parties);
  }

  async partyFrameworks(party: string, manager?: EntityManager): Promise<FrameworkEntity[]> {
    return (await this.partyFrameworksOf([party], manager)).get(party)!;
  }

  /**
   * Whose attached frameworks a caller may read: its own, or any party's for roles that see all.
   * Another party's are as unknown as a party that has none: NOT_FOUND, never FORBIDDEN.
   */
  readableParty(principal: Principal, party: string | null): string {
    return readablePartyOrNotFound(principal, 'party-framework.read', party, (wanted) =>
      policy.notFound('policy.partyFrameworks.notVisible', { party: wanted }),
    );
  }

  /** Attaches (or detaches) a framework to the caller's own party's scope; idempotent. */
  async setAttached(acting: ActingContext, principal: Principal, frameworkCode: string, attached: boolean) {
    const party = principal.party;
    const framework = await this.catalogue.framework(principal, frameworkCode);
    const repository = new PartyFrameworkRepository(this.dataSource.manager);
    if ((await repository.isAttached(party, framework.code)) === attached) return this.partyFrameworks(party);
    return this.unitOfWork
      .run(acting, async (tx) => {
        const partyFrameworks = new PartyFrameworkRepository(tx.manager);
        // The write is the check: of calls at once, only the one that changed the row audits and emits.
        const changed = attached
          ? await partyFrameworks.attach({
              party,
              frameworkCode: framework.code,
              attachedBy: acting.actor,
              attachedAt: this.clock.now(),
            })
          : await partyFrameworks.detach(party, framework.code);
        if (!changed) throw UNCHANGED;
        await tx.audit(
          attached ? 'party-framework.attached' : 'party-framework.detached',
          `${party}:${framework.code}`,
          { party, frameworkCode: framework.code },
        );
        await this.changed(tx, party, { change: 'PARTY_FRAMEWORKS_CHANGED', facilityCode: null, party });
        return this.partyFrameworks(party, tx.manager);
      })
      .catch((e: unknown) => {
        // Another call made the change meanwhile: nothing written, and the scope is as asked.
        if (e === UNCHANGED) return this.partyFrameworks(party);
        throw e;
      });
  }

  /**
   * A facility's applicable measures (SK-2.2b): the profile's measures up to its BBN, above BBN2 the
   * measures its supplementary analysis added, and the leaves of the party's extra frameworks. The
   * loaders batch each step over every facility of the request.
   */
  async applicable(
    facility: { code: string; bbn: number },
    party: string,
    load: {
      currentProfile(): Promise<CurrentProfile>;
      requirements(refs: RequirementRef[]): Promise<RequirementEntity[]>;
      supplementary(facilityCode: string): Promise<SupplementaryMeasures>;
      partyFrameworks(party: string): Promise<FrameworkEntity[]>;
      frameworkRequirements(codes: string[]): Promise<RequirementEntity[]>;
    },
  ) {
    const [{ version, levels }, supplementary, frameworks] = await Promise.all([
      load.currentProfile(),
      load.supplementary(facility.code),
      load.partyFrameworks(party),
    ]);
    const [fromProfile, fromSupplementaryAnalysis, partyRequirements] = await Promise.all([
      load.requirements(measuresForBbn(levels, facility.bbn)),
      load.requirements(supplementary.refs),
      load.frameworkRequirements(frameworks.map((f) => f.code)),
    ]);
    const fromPartyFrameworks = frameworks.flatMap((f) =>
      leafRequirements(partyRequirements.filter((r) => r.frameworkCode === f.code)),
    );
    const applies = supplementaryMeasuresApply(facility.bbn);
    const counted = new Set(
      [...fromProfile, ...(applies ? fromSupplementaryAnalysis : []), ...fromPartyFrameworks].map(refKey),
    );
    return {
      bbn: facility.bbn,
      profileVersion: version,
      fromProfile,
      supplementaryMeasuresApply: applies,
      supplementaryRationale: supplementary.rationale,
      fromSupplementaryAnalysis,
      party,
      fromPartyFrameworks,
      total: counted.size,
    };
  }
}
