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
  refKey,
  RequirementRef,
  supplementaryMeasuresApply,
} from '@mkib/domain-policy';
import {
  badUserInput,
  FieldProblem,
  forbidden,
  isFacilityCode,
  FACILITY_CODES,
  notFound,
} from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { ActingContext, Transaction, UnitOfWork } from '@mkib/server-messaging';
import { publishApplicability } from '../applicability/applicability.service';
import { currentProfileVersion, profileLevels } from './profile-levels';
import { CatalogueService } from '../catalogue/catalogue.service';
import { FrameworkEntity } from '../catalogue/framework.entity';
import { RequirementEntity } from '../catalogue/requirement.entity';

interface ProfileRow {
  version: number;
  rationale: string;
  published_by: string;
  published_at: Date;
}

export interface BbnProfileView {
  version: number;
  current: boolean;
  rationale: string;
  publishedBy: string;
  publishedAt: string;
  levels: { bbn: number; measures: RequirementRef[] }[];
}

const MAX_RATIONALE = 4_000;

@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly catalogue: CatalogueService,
  ) {}

  private currentVersion(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return currentProfileVersion(manager);
  }

  private levelsOf(
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BbnProfileLevel[]> {
    return profileLevels(manager, version);
  }

  private view(row: ProfileRow, levels: BbnProfileLevel[], current: number): BbnProfileView {
    return {
      version: row.version,
      current: row.version === current,
      rationale: row.rationale,
      publishedBy: row.published_by,
      publishedAt: new Date(row.published_at).toISOString(),
      levels,
    };
  }

  async profile(version: number | null): Promise<BbnProfileView> {
    const current = await this.currentVersion();
    const wanted = version ?? current;
    const [row]: ProfileRow[] = await this.dataSource.query(
      `SELECT * FROM policy.bbn_profile WHERE version = $1`,
      [wanted],
    );
    if (!row) throw notFound(`There is no BBN profile version ${wanted}; the current version is ${current}.`);
    return this.view(row, await this.levelsOf(wanted), current);
  }

  async profiles(): Promise<BbnProfileView[]> {
    const current = await this.currentVersion();
    const rows: ProfileRow[] = await this.dataSource.query(
      `SELECT * FROM policy.bbn_profile ORDER BY version DESC`,
    );
    return Promise.all(rows.map(async (row) => this.view(row, await this.levelsOf(row.version), current)));
  }

  /** Resolves references to requirements, in the order given. */
  async requirementsOf(refs: RequirementRef[], manager: EntityManager = this.dataSource.manager) {
    if (!refs.length) return [];
    const rows = await manager
      .getRepository(RequirementEntity)
      .createQueryBuilder('r')
      .where(
        `(r.framework_code, r.identifier) IN (SELECT * FROM unnest(CAST(:frameworks AS text[]), CAST(:identifiers AS text[])))`,
        { frameworks: refs.map((r) => r.frameworkCode), identifiers: refs.map((r) => r.identifier) },
      )
      .getMany();
    const byKey = new Map(rows.map((r) => [refKey(r), r]));
    return refs.map((ref) => byKey.get(refKey(ref))).filter((r): r is RequirementEntity => r !== undefined);
  }

  /** The kind of a requirement of the common catalogue, or null: what a profile may point at. */
  private async commonKinds(refs: RequirementRef[], manager: EntityManager) {
    const rows: { framework_code: string; identifier: string; kind: string }[] = refs.length
      ? await manager.query(
          `SELECT r.framework_code, r.identifier, r.kind FROM policy.requirement r
             JOIN policy.framework f ON f.code = r.framework_code AND f.owner_party IS NULL
            WHERE (r.framework_code, r.identifier) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
          [refs.map((r) => r.frameworkCode), refs.map((r) => r.identifier)],
        )
      : [];
    const kinds = new Map(rows.map((r) => [`${r.framework_code}:${r.identifier}`, r.kind]));
    return (ref: RequirementRef) => kinds.get(refKey(ref)) ?? null;
  }

  private async changed(
    tx: Transaction,
    subject: string,
    data: Omit<ProfileChangedData, 'profileVersion' | 'applicableCounts'>,
  ) {
    const version = await this.currentVersion(tx.manager);
    const levels = await this.levelsOf(version, tx.manager);
    await tx.emit(ProfileChanged, subject, {
      ...data,
      profileVersion: version,
      applicableCounts: BBN_LEVELS.map((bbn) => measuresForBbn(levels, bbn).length),
    });
    await publishApplicability(tx);
  }

  /** Publishes a new BBN profile version (the LMS): the levels as a whole, with a rationale (SK-2.2b). */
  publish(
    acting: ActingContext,
    input: { levels: BbnProfileLevel[]; rationale: string },
  ): Promise<BbnProfileView> {
    return this.unitOfWork.run(acting, async (tx) => {
      const problems: FieldProblem[] = [];
      const rationale = input.rationale.trim();
      if (!rationale) problems.push({ field: 'input.rationale', message: 'say why the profile changes' });
      if (rationale.length > MAX_RATIONALE)
        problems.push({ field: 'input.rationale', message: `must be at most ${MAX_RATIONALE} characters` });
      const missing = BBN_LEVELS.filter((bbn) => !input.levels.some((l) => l.bbn === bbn));
      if (missing.length)
        problems.push({
          field: 'input.levels',
          message: `give every level (an empty list where a level adds nothing); missing: ${missing.map((b) => `BBN${b}`).join(', ')}`,
        });
      const kindOf = await this.commonKinds(
        input.levels.flatMap((l) => l.measures),
        tx.manager,
      );
      problems.push(...checkBbnProfile(input.levels, kindOf));
      if (problems.length) throw badUserInput(problems);

      // Lock the profile table: two LMS operators publishing at once get consecutive versions.
      await tx.manager.query(`LOCK TABLE policy.bbn_profile IN SHARE ROW EXCLUSIVE MODE`);
      const previous = await this.currentVersion(tx.manager);
      const previousLevels = await this.levelsOf(previous, tx.manager);
      const version = previous + 1;
      const now = new Date();
      await tx.manager.query(
        `INSERT INTO policy.bbn_profile (version, rationale, published_by, published_by_party, published_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [version, rationale, acting.actor, acting.party ?? 'unknown', now],
      );
      const rows = input.levels.flatMap((l) =>
        l.measures.map((m) => [l.bbn, m.frameworkCode, m.identifier] as const),
      );
      if (rows.length)
        await tx.manager.query(
          `INSERT INTO policy.bbn_profile_measure (version, bbn, framework_code, identifier)
           SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[])`,
          [version, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
        );
      const before = new Set(previousLevels.flatMap((l) => l.measures.map((m) => `${l.bbn}:${refKey(m)}`)));
      const after = new Set(rows.map((r) => `${r[0]}:${r[1]}:${r[2]}`));
      await tx.audit('bbn-profile.published', `v${version}`, {
        previousVersion: previous,
        rationale,
        added: [...after].filter((k) => !before.has(k)),
        removed: [...before].filter((k) => !after.has(k)),
        counts: input.levels.map((l) => ({ bbn: l.bbn, introduced: l.measures.length })),
      });
      await this.changed(tx, `v${version}`, {
        change: 'BBN_PROFILE_PUBLISHED',
        facilityCode: null,
        party: null,
      });
      return this.view(
        { version, rationale, published_by: acting.actor, published_at: now },
        await this.levelsOf(version, tx.manager),
        version,
      );
    });
  }

  async supplementary(facilityCode: string, manager: EntityManager = this.dataSource.manager) {
    const rows: {
      framework_code: string;
      identifier: string;
      rationale: string;
      added_by: string;
      added_at: Date;
    }[] = await manager.query(
      `SELECT s.framework_code, s.identifier, s.rationale, s.added_by, s.added_at FROM policy.supplementary_measure s
           JOIN policy.requirement r ON r.framework_code = s.framework_code AND r.identifier = s.identifier
          WHERE s.facility_code = $1 ORDER BY s.framework_code, r.sort_key`,
      [facilityCode],
    );
    return {
      facilityCode,
      rationale: rows[0]?.rationale ?? null,
      setBy: rows[0]?.added_by ?? null,
      setAt: rows[0] ? new Date(rows[0].added_at).toISOString() : null,
      refs: rows.map((r) => ({ frameworkCode: r.framework_code, identifier: r.identifier })),
    };
  }

  /** Records what a facility's supplementary risk analysis added (the LMS, SK-4.3); replaces the list. */
  setSupplementary(
    acting: ActingContext,
    input: { facilityCode: string; measures: RequirementRef[]; rationale: string },
  ) {
    return this.unitOfWork.run(acting, async (tx) => {
      const problems: FieldProblem[] = [];
      if (!isFacilityCode(input.facilityCode))
        problems.push({
          field: 'input.facilityCode',
          message: `"${input.facilityCode}" is not a facility; choose one of ${FACILITY_CODES.join(', ')}`,
        });
      const rationale = input.rationale.trim();
      if (!rationale)
        problems.push({ field: 'input.rationale', message: 'name the supplementary risk analysis' });
      if (rationale.length > MAX_RATIONALE)
        problems.push({ field: 'input.rationale', message: `must be at most ${MAX_RATIONALE} characters` });
      problems.push(
        ...checkRefs(input.measures, 'input.measures', await this.commonKinds(input.measures, tx.manager)),
      );
      if (problems.length) throw badUserInput(problems);

      const before = await this.supplementary(input.facilityCode, tx.manager);
      await tx.manager.query(`DELETE FROM policy.supplementary_measure WHERE facility_code = $1`, [
        input.facilityCode,
      ]);
      if (input.measures.length)
        await tx.manager.query(
          `INSERT INTO policy.supplementary_measure (facility_code, framework_code, identifier, rationale, added_by, added_at)
           SELECT $1, f, i, $4, $5, $6 FROM unnest($2::text[], $3::text[]) AS t(f, i)`,
          [
            input.facilityCode,
            input.measures.map((m) => m.frameworkCode),
            input.measures.map((m) => m.identifier),
            rationale,
            acting.actor,
            new Date(),
          ],
        );
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
      const after = await this.supplementary(input.facilityCode, tx.manager);
      return { ...after, measures: await this.requirementsOf(after.refs, tx.manager) };
    });
  }

  async partyFrameworks(
    party: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FrameworkEntity[]> {
    return manager
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .where('f.code IN (SELECT framework_code FROM policy.party_framework WHERE party = :party)', { party })
      .orderBy('f.code', 'ASC')
      .getMany();
  }

  /** Whose attached frameworks a caller may read: its own, or any party's for roles that see all. */
  readableParty(principal: Principal, party: string | null): string {
    const wanted = party ?? principal.party;
    const scope = this.catalogue.scope(principal);
    if (!scope.all && wanted !== scope.party)
      throw forbidden(`You may read the extra frameworks of your own party (${principal.party}) only.`);
    return wanted;
  }

  /** Attaches (or detaches) a framework to the caller's own party's scope; idempotent. */
  async setAttached(acting: ActingContext, principal: Principal, frameworkCode: string, attached: boolean) {
    const party = principal.party;
    const framework = await this.catalogue.framework(principal, frameworkCode);
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM policy.party_framework WHERE party = $1 AND framework_code = $2`,
      [party, framework.code],
    );
    if (Boolean(row) === attached) return this.partyFrameworks(party);
    return this.unitOfWork.run(acting, async (tx) => {
      if (attached)
        await tx.manager.query(
          `INSERT INTO policy.party_framework (party, framework_code, attached_by, attached_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [party, framework.code, acting.actor, new Date()],
        );
      else
        await tx.manager.query(
          `DELETE FROM policy.party_framework WHERE party = $1 AND framework_code = $2`,
          [party, framework.code],
        );
      await tx.audit(
        attached ? 'party-framework.attached' : 'party-framework.detached',
        `${party}:${framework.code}`,
        {
          party,
          frameworkCode: framework.code,
        },
      );
      await this.changed(tx, party, { change: 'PARTY_FRAMEWORKS_CHANGED', facilityCode: null, party });
      return this.partyFrameworks(party, tx.manager);
    });
  }

  /**
   * A facility's applicable measures (SK-2.2b): the profile's measures up to its BBN, above BBN2 the
   * measures its supplementary analysis added, and the leaves of the party's extra frameworks.
   */
  async applicable(facility: { code: string; bbn: number }, party: string) {
    const version = await this.currentVersion();
    const levels = await this.levelsOf(version);
    const fromProfile = await this.requirementsOf(measuresForBbn(levels, facility.bbn));
    const supplementary = await this.supplementary(facility.code);
    const fromSupplementaryAnalysis = await this.requirementsOf(supplementary.refs);
    const applies = supplementaryMeasuresApply(facility.bbn);
    const frameworks = await this.partyFrameworks(party);
    const fromPartyFrameworks: RequirementEntity[] = [];
    for (const f of frameworks)
      fromPartyFrameworks.push(
        ...leafRequirements(
          await this.dataSource
            .getRepository(RequirementEntity)
            .find({ where: { frameworkCode: f.code }, order: { sortKey: 'ASC' } }),
        ),
      );
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
