import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { policy } from '@mkib/domain-policy';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { policyLoaders } from '../policy.loaders';
import { ImportFrameworkInput, ImportMappingsInput, RequirementsArgs } from './catalogue.input';
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
  async reference(
    @Parent() ref: { code: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const framework = await policyLoaders(loaders, this.catalogue).framework(ref.code);
    if (!this.catalogue.visibleTo(this.catalogue.scope(principal), framework))
      throw policy.notFound('policy.framework.notFound', { code: ref.code });
    return toFramework(framework);
  }

  @ResolveField('requirementCount')
  requirementCount(@Parent() framework: FrameworkEntity, @Loaders() loaders: RequestLoaders) {
    return policyLoaders(loaders, this.catalogue).requirementCount(framework.code);
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
    const args: RequirementsArgs = { frameworkCode, search, kind, status, limit, offset };
    return this.catalogue.requirements(principal, args);
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
    // The dry run stays free; the import itself only comes with an adopted change proposal (SK-3.1).
    if (!input.dryRun)
      throw policy.conflict('policy.change.proposalRequired', { what: 'change.frameworkImports' });
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

  /**
   * Other subgraphs (the icv assessment) point at requirements by framework and identifier: one query for
   * the frameworks and one for the requirements, whatever the number of references in the request.
   */
  @ResolveReference()
  @Authorise('catalogue.read')
  async reference(
    @Parent() ref: { frameworkCode: string; identifier: string },
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    const load = policyLoaders(loaders, this.catalogue);
    const framework = await load.framework(ref.frameworkCode);
    if (!this.catalogue.visibleTo(this.catalogue.scope(principal), framework))
      throw policy.notFound('policy.framework.notFound', { code: ref.frameworkCode });
    const requirement = await load.requirement(ref);
    if (!requirement)
      throw policy.notFound('policy.requirement.notFound', {
        frameworkCode: ref.frameworkCode,
        identifier: ref.identifier,
      });
    return requirement;
  }

  @ResolveField('mappings')
  mappings(@Parent() requirement: RequirementEntity, @Loaders() loaders: RequestLoaders) {
    return policyLoaders(loaders, this.catalogue).mappings(requirement);
  }
}

/** An import problem's parameters as the SDL lists them: `[{ name, value }]`. */
@Resolver('ImportProblem')
export class ImportProblemResolver {
  @ResolveField('params')
  params(@Parent() problem: { params?: Record<string, string | number> }) {
    return Object.entries(problem.params ?? {}).map(([name, value]) => ({ name, value: String(value) }));
  }
}
