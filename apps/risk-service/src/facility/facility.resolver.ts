import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { ActingContext } from '@mkib/server-messaging';
import { Acting, Authorise } from '@mkib/server-graphql';
import { FacilityClassificationEntity } from './facility-classification.entity';
import { FacilityEntity } from './facility.entity';
import { ClassifyFacilityInput, FacilityService } from './facility.service';

/** The GraphQL shape of a facility, kept apart from the entity so a column change is not an API change. */
function toFacility(f: FacilityEntity) {
  return {
    code: f.code,
    name: f.name,
    description: f.description,
    components: f.components,
    usedBy: f.usedBy.map((code) => ({ __typename: 'Party', code })),
    biv: {
      beschikbaarheid: f.bivBeschikbaarheid,
      integriteit: f.bivIntegriteit,
      vertrouwelijkheid: f.bivVertrouwelijkheid,
    },
    bbn: f.bbn,
    reviewDue: f.reviewDue,
    supplementaryAnalysis: f.supplementaryAnalysis,
  };
}
type FacilityView = ReturnType<typeof toFacility>;

const toClassification = (c: FacilityClassificationEntity) => ({
  biv: {
    beschikbaarheid: c.bivBeschikbaarheid,
    integriteit: c.bivIntegriteit,
    vertrouwelijkheid: c.bivVertrouwelijkheid,
  },
  bbn: c.bbn,
  rationale: c.rationale,
  reviewDue: c.reviewDue,
  classifiedBy: c.classifiedBy,
  classifiedByParty: c.classifiedByParty,
  classifiedAt: c.classifiedAt.toISOString(),
});

@Resolver('Facility')
export class FacilityResolver {
  constructor(private readonly facilities: FacilityService) {}

  @Query('facilities')
  @Authorise('facility.read')
  async list() {
    return (await this.facilities.list()).map(toFacility);
  }

  @Query('facility')
  @Authorise('facility.read')
  async one(@Args('code') code: string) {
    return toFacility(await this.facilities.get(code));
  }

  @ResolveReference()
  @Authorise('facility.read')
  async reference(ref: { code: string }) {
    return toFacility(await this.facilities.get(ref.code));
  }

  @ResolveField('history')
  async history(@Parent() facility: FacilityView) {
    return (await this.facilities.history(facility.code)).map(toClassification);
  }

  @Mutation('classifyFacility')
  @Authorise('facility.classify')
  async classify(@Args('input') input: ClassifyFacilityInput, @Acting() acting: ActingContext) {
    return toFacility(await this.facilities.classify(acting, input));
  }
}
