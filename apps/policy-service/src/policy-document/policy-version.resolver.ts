import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PolicyNorm, PolicyRule, PolicyTopic, RequirementRef } from '@mkib/domain-policy';
import { badUserInput, FACILITY_CODES, fieldRules } from '@mkib/domain-shared';
import { Authorise, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { CatalogueService } from '../catalogue/catalogue.service';
import { policyLoaders } from '../policy.loaders';
import { ProfileService } from '../profile/profile.service';
import { PolicyVersionService, PolicyVersionView } from './policy-version.service';

const MAX_VERSION = 1_000_000;

/** A version number as the caller gives it: a positive whole number (unknown ones are NOT_FOUND later). */
function checkVersions(args: Record<string, number | null | undefined>) {
  const problems = Object.entries(args).flatMap(([field, v]) =>
    v === null || v === undefined ? [] : fieldRules.between(field, v, 1, MAX_VERSION),
  );
  if (problems.length) throw badUserInput(problems);
}

/** The information-security policy as a living document (SK-2.2): its versions, diff and PDF. */
@Resolver('PolicyVersion')
export class PolicyVersionResolver {
  constructor(private readonly versions: PolicyVersionService) {}

  @Query('policyVersion')
  @Authorise('policy.read')
  version(@Args('version') version: number | null) {
    checkVersions({ version });
    return version === null || version === undefined
      ? this.versions.inForce()
      : this.versions.version(version);
  }

  @Query('policyVersions')
  @Authorise('policy.read')
  all() {
    return this.versions.versions();
  }

  @Query('policyDiff')
  @Authorise('policy.read')
  async diff(@Args('from') from: number, @Args('to') to: number) {
    checkVersions({ from, to });
    return { from, to, changes: await this.versions.diff(from, to) };
  }

  @Query('policyVersionPdf')
  @Authorise('policy.read')
  pdf(@Args('version') version: number | null) {
    checkVersions({ version });
    return this.versions.pdf(version ?? null);
  }

  @ResolveField('responsibilities')
  responsibilities(@Parent() v: PolicyVersionView) {
    return v.content.responsibilities;
  }

  @ResolveField('norms')
  norms(@Parent() v: PolicyVersionView) {
    return v.content.norms;
  }

  @ResolveField('rules')
  rules(@Parent() v: PolicyVersionView, @Args('topic') topic: PolicyTopic | null) {
    return topic ? v.content.rules.filter((r) => r.topic === topic) : v.content.rules;
  }

  @ResolveField('recalibrationMonths')
  recalibrationMonths(@Parent() v: PolicyVersionView) {
    return v.content.recalibrationMonths;
  }

  @ResolveField('requirements')
  requirements(@Parent() v: PolicyVersionView) {
    return v.requirements;
  }

  /** Every facility; the gateway adds its BIV rating and review date from the facility register. */
  @ResolveField('facilities')
  facilities() {
    return FACILITY_CODES.map((code) => ({ code }));
  }
}

@Resolver('PolicyRequirements')
export class PolicyRequirementsResolver {
  constructor(private readonly profiles: ProfileService) {}

  @ResolveField('bbnProfile')
  bbnProfile(@Parent() r: { bbnProfileVersion: number }) {
    return this.profiles.profile(r.bbnProfileVersion);
  }
}

/** A norm's or rule's measures: one batched lookup for every norm and rule of the request. */
abstract class LinkedMeasures {
  constructor(private readonly catalogue: CatalogueService) {}

  protected load(refs: RequirementRef[], loaders: RequestLoaders) {
    return policyLoaders(loaders, this.catalogue).requirements(refs);
  }
}

@Resolver('PolicyNorm')
export class PolicyNormResolver extends LinkedMeasures {
  constructor(catalogue: CatalogueService) {
    super(catalogue);
  }

  @ResolveField('measures')
  measures(@Parent() n: PolicyNorm, @Loaders() loaders: RequestLoaders) {
    return this.load(n.measures, loaders);
  }
}

@Resolver('PolicyRule')
export class PolicyRuleResolver extends LinkedMeasures {
  constructor(catalogue: CatalogueService) {
    super(catalogue);
  }

  @ResolveField('measures')
  measures(@Parent() r: PolicyRule, @Loaders() loaders: RequestLoaders) {
    return this.load(r.measures, loaders);
  }
}
