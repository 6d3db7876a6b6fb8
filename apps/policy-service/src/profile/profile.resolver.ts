import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { measuresForBbn, policy, RequirementRef } from '@mkib/domain-policy';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { toFramework } from '../catalogue/catalogue.resolver';
import { CatalogueService } from '../catalogue/catalogue.service';
import { policyLoaders } from '../policy.loaders';
import { PublishBbnProfileInput, SetSupplementaryMeasuresInput } from './profile.input';
import { BbnProfileView, ProfileService } from './profile.service';

@Resolver('BbnProfile')
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Query('bbnProfile')
  @Authorise('catalogue.read')
  profile(@Args('version') version: number | null) {
    return this.profiles.profile(version ?? null);
  }

  @Query('bbnProfiles')
  @Authorise('catalogue.read')
  all() {
    return this.profiles.profiles();
  }

  @ResolveField('levels')
  levels(@Parent() profile: BbnProfileView) {
    return profile.levels.map((level) => ({
      bbn: level.bbn,
      introducedCount: level.measures.length,
      applicableCount: measuresForBbn(profile.levels, level.bbn).length,
      refs: level.measures,
    }));
  }

  @Mutation('publishBbnProfile')
  @Authorise('bbn-profile.change')
  publish(@Args('input') _input: PublishBbnProfileInput): never {
    // Only an adopted change proposal publishes one (SK-3.1); nothing is written.
    throw policy.conflict('policy.change.proposalRequired', { what: 'change.bbnProfile' });
  }

  @Mutation('setSupplementaryMeasures')
  @Authorise('bbn-profile.change')
  setSupplementary(@Args('input') _input: SetSupplementaryMeasuresInput): never {
    throw policy.conflict('policy.change.proposalRequired', { what: 'change.supplementaryMeasures' });
  }

  @Query('partyFrameworks')
  @Authorise('party-framework.read')
  async partyFrameworks(@Args('party') party: string | null, @CurrentPrincipal() principal: Principal) {
    return (await this.profiles.partyFrameworks(this.profiles.readableParty(principal, party))).map(
      toFramework,
    );
  }

  @Mutation('attachFramework')
  @Authorise('party-framework.change')
  async attach(
    @Args('frameworkCode') code: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return (await this.profiles.setAttached(acting, principal, code, true)).map(toFramework);
  }

  @Mutation('detachFramework')
  @Authorise('party-framework.change')
  async detach(
    @Args('frameworkCode') code: string,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return (await this.profiles.setAttached(acting, principal, code, false)).map(toFramework);
  }
}

@Resolver('BbnProfileLevel')
export class BbnProfileLevelResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('introduced')
  introduced(@Parent() level: { refs: RequirementRef[] }, @Loaders() loaders: RequestLoaders) {
    return policyLoaders(loaders, this.catalogue).requirements(level.refs);
  }
}

/** The policy subgraph's part of a facility: what it must implement, from the BBN the risk subgraph owns. */
@Resolver('Facility')
export class FacilityMeasuresResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly catalogue: CatalogueService,
  ) {}

  @ResolveReference()
  @Authorise('facility.read')
  reference(ref: { code: string; bbn?: number }) {
    return ref;
  }

  /** Batched over every facility of the request: a handful of queries for 6 or 60 facilities. */
  @ResolveField('applicableMeasures')
  applicableMeasures(
    @Parent() facility: { code: string; bbn: number },
    @Args('party') party: string | null,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.profiles.applicable(
      facility,
      this.profiles.readableParty(principal, party ?? null),
      policyLoaders(loaders, this.catalogue, this.profiles),
    );
  }
}

@Resolver('SupplementaryMeasures')
export class SupplementaryMeasuresResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @ResolveField('measures')
  measures(
    @Parent() s: { measures?: unknown[]; refs: RequirementRef[] },
    @Loaders() loaders: RequestLoaders,
  ) {
    return s.measures ?? policyLoaders(loaders, this.catalogue).requirements(s.refs);
  }
}
