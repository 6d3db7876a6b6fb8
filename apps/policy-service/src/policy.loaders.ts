import { refKey, RequirementRef } from '@mkib/domain-policy';
import { byKeys, RequestLoaders } from '@mkib/server-graphql';
import { CatalogueService, MappingSeen } from './catalogue/catalogue.service';
import { FrameworkEntity } from './catalogue/framework.entity';
import { RequirementEntity } from './catalogue/requirement.entity';
import { CurrentProfile, ProfileService } from './profile/profile.service';
import { SupplementaryMeasures } from './profile/supplementary-measure.repository';

/**
 * The policy subgraph's batched lookups for one GraphQL request (no N+1): each kind is one query per
 * batch, whatever the number of parents or references. Every `@ResolveReference` and per-parent field
 * goes through these.
 */
export function policyLoaders(
  loaders: RequestLoaders,
  catalogue: CatalogueService,
  profiles?: ProfileService,
) {
  const frameworks = () =>
    loaders.get<string, FrameworkEntity>('policy.framework', async (codes) =>
      byKeys(codes, await catalogue.frameworksByCodes(codes), (f) => f.code),
    );
  const requirements = () =>
    loaders.get<RequirementRef, RequirementEntity>(
      'policy.requirement',
      async (refs) => byKeys(refs, await catalogue.requirementsByRefs(refs), refKey, refKey),
      { cacheKey: refKey },
    );
  const requirementCounts = () =>
    loaders.get<string, number>('policy.requirementCount', async (codes) => {
      const counts = await catalogue.requirementCounts(codes);
      return codes.map((c) => counts.get(c) ?? 0);
    });
  const frameworkRequirements = () =>
    loaders.get<string, RequirementEntity[]>('policy.frameworkRequirements', async (codes) => {
      const rows = await catalogue.requirementsOf(codes);
      return codes.map((c) => rows.filter((r) => r.frameworkCode === c));
    });
  const mappings = () =>
    loaders.get<RequirementRef, MappingSeen[]>('policy.mappings', (refs) => catalogue.mappingsOf(refs), {
      cacheKey: refKey,
    });
  const need = () => {
    if (!profiles) throw new Error('policyLoaders: the profile loaders need the ProfileService');
    return profiles;
  };
  const currentProfile = () =>
    loaders.get<'current', CurrentProfile>('policy.currentProfile', async (keys) => {
      const current = await need().currentProfile();
      return keys.map(() => current);
    });
  // Every facility's list at once (a few dozen rows): one query per request, however the facilities'
  // resolvers spread over ticks.
  const supplementary = () =>
    loaders.get<'all', Map<string, SupplementaryMeasures>>('policy.supplementary', async (keys) => {
      const all = await need().supplementaryOf();
      return keys.map(() => all);
    });
  const partyFrameworks = () =>
    loaders.get<string, FrameworkEntity[]>('policy.partyFrameworks', async (parties) => {
      const found = await need().partyFrameworksOf(parties);
      return parties.map((p) => found.get(p) ?? []);
    });

  const present = <T>(values: (T | null | Error)[]): T[] =>
    values.filter((v): v is T => v !== null && !(v instanceof Error));

  return {
    framework: (code: string) => frameworks().load(code),
    requirement: (ref: RequirementRef) => requirements().load(ref),
    /** Requirements in the order of the refs; unknown ones left out. */
    requirements: async (refs: RequirementRef[]) => present(await requirements().loadMany(refs)),
    requirementCount: async (code: string) => (await requirementCounts().load(code)) ?? 0,
    /** Every requirement of the frameworks, each framework's in catalogue order. */
    frameworkRequirements: async (codes: string[]) =>
      present(await frameworkRequirements().loadMany(codes)).flat(),
    mappings: async (ref: RequirementRef) => (await mappings().load(ref)) ?? [],
    currentProfile: async () => (await currentProfile().load('current'))!,
    supplementary: async (facilityCode: string) =>
      (await supplementary().load('all'))?.get(facilityCode) ?? {
        facilityCode,
        rationale: null,
        setBy: null,
        setAt: null,
        refs: [],
      },
    partyFrameworks: async (party: string) => (await partyFrameworks().load(party)) ?? [],
  };
}
