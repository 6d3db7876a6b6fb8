import { Args, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { ActingContext } from '@mkib/server-messaging';
import { Acting, Authorise, byKeys, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { FacilityClassificationEntity } from './facility-classification.entity';
import { FacilityEntity } from './facility.entity';
import { ClassifyFacilityInput } from './classify-facility.input';
import { FacilityService, unknownFacility } from './facility.service';

/** The GraphQL shape of a facility, kept apart from the entity so a column change is not an API change. */
export function toFacility(f: FacilityEntity) {
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
export type FacilityView = ReturnType<typeof toFacility>;

/** Every facility a request names, through one loader and one query. */
export const facilityLoader = (loaders: RequestLoaders, facilities: FacilityService) =>
  loaders.get<string, FacilityView>('risk.facility', async (codes) =>
    byKeys(codes, (await facilities.byCodes(codes)).map(toFacility), (f) => f.code),
  );

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

  /** Every facility reference of a request in one query. */
  @ResolveReference()
  @Authorise('facility.read')
  async reference(@Parent() ref: { code: string }, @Loaders() loaders: RequestLoaders) {
    const facility = await facilityLoader(loaders, this.facilities).load(ref.code);
    if (!facility) throw unknownFacility(ref.code);
    return facility;
  }

  /** The history of every facility of a request in one query. */
  @ResolveField('history')
  history(@Parent() facility: FacilityView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, ReturnType<typeof toClassification>[]>('risk.facility.history', async (codes) => {
        const all = await this.facilities.histories(codes);
        return codes.map((code) => all.filter((c) => c.facilityCode === code).map(toClassification));
      })
      .load(facility.code);
  }

  @Mutation('classifyFacility')
  @Authorise('facility.classify')
  async classify(@Args('input') input: ClassifyFacilityInput, @Acting() acting: ActingContext) {
    return toFacility(await this.facilities.classify(acting, input));
  }
}
