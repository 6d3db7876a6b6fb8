import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { ImportFrameworkInput, ImportMappingsInput } from './catalogue.input';
import { CatalogueService } from './catalogue.service';
import { FrameworkEntity } from './framework.entity';
import { RequirementEntity } from './requirement.entity';

/** The GraphQL shape of a framework (dates as ISO text). */
export const toFramework = (f: FrameworkEntity) => ({ ...f, changedAt: f.changedAt.toISOString() });

@Resolver('Framework')
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Query('frameworks')
  @Authorise('catalogue.read')
  async frameworks(@CurrentPrincipal() principal: Principal) {
    return (await this.catalogue.frameworks(principal)).map(toFramework);
  }

  @Query('framework')
  @Authorise('catalogue.read')
  async one(@Args('code') code: string, @CurrentPrincipal() principal: Principal) {
    return toFramework(await this.catalogue.framework(principal, code));
  }

  @ResolveReference()
  @Authorise('catalogue.read')
  // With a parameter decorator present, Nest maps every argument: the representation is the root (@Parent).
  async reference(@Parent() ref: { code: string }, @CurrentPrincipal() principal: Principal) {
    return toFramework(await this.catalogue.framework(principal, ref.code));
  }

  @ResolveField('requirementCount')
  requirementCount(@Parent() framework: FrameworkEntity) {
    return this.catalogue.requirementCount(framework.code);
  }

  @Query('requirements')
  @Authorise('catalogue.read')
  requirements(
    @CurrentPrincipal() principal: Principal,
    @Args('frameworkCode') frameworkCode: string,
    @Args('search') search: string | null,
    @Args('kind') kind: string | null,
    @Args('status') status: string | null,
    @Args('limit') limit: number,
    @Args('offset') offset: number,
  ) {
    return this.catalogue.requirements(principal, { frameworkCode, search, kind, status, limit, offset });
  }

  @Query('requirement')
  @Authorise('catalogue.read')
  requirement(
    @CurrentPrincipal() principal: Principal,
    @Args('frameworkCode') frameworkCode: string,
    @Args('identifier') identifier: string,
  ) {
    return this.catalogue.requirement(principal, frameworkCode, identifier);
  }

  @Query('frameworkOscal')
  @Authorise('catalogue.read')
  oscal(@CurrentPrincipal() principal: Principal, @Args('code') code: string) {
    return this.catalogue.exportOscal(principal, code);
  }

  @Mutation('importFramework')
  @Authorise('catalogue.change')
  importCommon(@Args('input') input: ImportFrameworkInput, @Acting() acting: ActingContext) {
    return this.catalogue.importFramework(acting, null, input);
  }

  @Mutation('importPartyFramework')
  @Authorise('party-framework.change')
  importOwn(
    @Args('input') input: ImportFrameworkInput,
    @Acting() acting: ActingContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    // Always the caller's own party: a party changes only its own frameworks.
    return this.catalogue.importFramework(acting, principal.party, input);
  }

  @Mutation('importMappings')
  @Authorise('catalogue.change')
  importMappings(@Args('input') input: ImportMappingsInput, @Acting() acting: ActingContext) {
    return this.catalogue.importMappings(acting, input);
  }
}

@Resolver('Requirement')
export class RequirementResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  /** Other subgraphs (the icv assessment) point at requirements by framework and identifier. */
  @ResolveReference()
  @Authorise('catalogue.read')
  reference(
    @Parent() ref: { frameworkCode: string; identifier: string },
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.catalogue.requirement(principal, ref.frameworkCode, ref.identifier);
  }

  @ResolveField('mappings')
  mappings(@Parent() requirement: RequirementEntity) {
    return this.catalogue.mappings(requirement.frameworkCode, requirement.identifier);
  }
}
