import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CoUserInputData, isActiveCoUser } from '@mkib/domain-governance';
import { Clock } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { BoardRepresentationEntity, PartyEntity } from './party.entity';
import { PartyRegisterService } from './party-register.service';
import { partiesByCode, toParty } from './party.resolver';
import { PartyService } from './party.service';

const toRegistration = (p: PartyEntity, today: string) => ({
  partyCode: p.code,
  category: p.category,
  responsibleHoofdgebruikerCode: p.responsibleHoofdgebruiker,
  admittedOn: p.admittedOn,
  endsOn: p.endsOn,
  active: !!p.admittedOn && isActiveCoUser({ admittedOn: p.admittedOn, endsOn: p.endsOn }, today),
  facilities: p.facilities,
  reportingArrangement: p.reportingArrangement,
  reportDue: p.reportDue,
});
type RegistrationView = ReturnType<typeof toRegistration>;

const toRepresentation = (r: BoardRepresentationEntity) => ({ partyCode: r.party, smb: r.smb, bmb: r.bmb });
type RepresentationView = ReturnType<typeof toRepresentation>;

/** The registers the LMS keeps (SK-5.4): read scoped by party, changed by the LMS. */
@Resolver('PartyRegisterView')
export class PartyRegisterResolver {
  constructor(
    private readonly register: PartyRegisterService,
    private readonly clock: Clock,
  ) {}

  @Query('partyRegister')
  @Authorise('party-register.read')
  async read(@CurrentPrincipal() principal: Principal) {
    const view = await this.register.read(principal);
    const today = this.clock.today();
    return {
      hoofdgebruikers: view.hoofdgebruikers.map(toParty),
      coUsers: view.coUsers.map((p) => toRegistration(p, today)),
      representatives: view.representatives.map(toRepresentation),
    };
  }

  @Mutation('saveCoUser')
  @Authorise('party-register.manage')
  async save(@Args('input') input: CoUserInputData, @Acting() acting: ActingContext) {
    return toRegistration(await this.register.save(acting, input), this.clock.today());
  }

  @Mutation('endCoUser')
  @Authorise('party-register.manage')
  async end(@Args('code') code: string, @Args('endsOn') endsOn: string, @Acting() acting: ActingContext) {
    return toRegistration(await this.register.end(acting, code, endsOn), this.clock.today());
  }

  @Mutation('setBoardRepresentation')
  @Authorise('party-register.manage')
  async represent(
    @Args('input') input: { party: string; smb: string[]; bmb: string[] },
    @Acting() acting: ActingContext,
  ) {
    return toRepresentation(await this.register.represent(acting, input));
  }
}

/** A co-user's parties through the request's party loader: one query for every entry of the register. */
@Resolver('CoUserRegistration')
export class CoUserRegistrationResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() r: RegistrationView, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(r.partyCode);
  }

  @ResolveField('responsibleHoofdgebruiker')
  responsible(@Parent() r: RegistrationView, @Loaders() loaders: RequestLoaders) {
    return r.responsibleHoofdgebruikerCode
      ? partiesByCode(loaders, this.parties).load(r.responsibleHoofdgebruikerCode)
      : null;
  }
}

@Resolver('BoardRepresentation')
export class BoardRepresentationResolver {
  constructor(private readonly parties: PartyService) {}

  @ResolveField('party')
  party(@Parent() r: RepresentationView, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(r.partyCode);
  }
}
