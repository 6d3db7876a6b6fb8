import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toIsoDay } from '@mkib/domain-shared';
import { Acting, Authorise, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { BoardItemView, toBoardItem } from '../agenda/agenda-item.view';
import { partiesByCode } from '../party/party.resolver';
import { PartyService } from '../party/party.service';
import { WorkingGroupEntity } from './working-group.entity';
import { WorkingGroupInput, WorkingGroupReportInput, WorkingGroupService } from './working-group.service';

const toWorkingGroup = (g: WorkingGroupEntity) => ({
  id: g.id,
  name: g.name,
  mandate: g.mandate,
  members: g.members.map((x) => ({ partyCode: x.party, name: x.name })),
  state: g.state,
  establishedOn: toIsoDay(g.establishedOn),
  dissolvedOn: g.dissolvedOn ? toIsoDay(g.dissolvedOn) : null,
});
type WorkingGroupView = ReturnType<typeof toWorkingGroup>;

/** The SMB's working groups (SK-3.7): every party reads them; the SMB secretary keeps them. */
@Resolver('WorkingGroup')
export class WorkingGroupResolver {
  constructor(private readonly groups: WorkingGroupService) {}

  @Query('workingGroups')
  @Authorise('working-group.read')
  async list() {
    return (await this.groups.list()).map(toWorkingGroup);
  }

  @Query('workingGroup')
  @Authorise('working-group.read')
  async one(@Args('id') id: string) {
    return toWorkingGroup(await this.groups.get(id));
  }

  @Mutation('saveWorkingGroup')
  @Authorise('working-group.manage')
  async save(@Args('input') input: WorkingGroupInput, @Acting() acting: ActingContext) {
    return toWorkingGroup(await this.groups.save(acting, input));
  }

  @Mutation('dissolveWorkingGroup')
  @Authorise('working-group.manage')
  async dissolve(@Args('id') id: string, @Acting() acting: ActingContext) {
    return toWorkingGroup(await this.groups.dissolve(acting, id));
  }

  @Mutation('submitWorkingGroupReport')
  @Authorise('working-group.manage')
  async submitReport(@Args('input') input: WorkingGroupReportInput, @Acting() acting: ActingContext) {
    return toBoardItem(await this.groups.submitReport(acting, input));
  }

  /** Its reports' items: every group of a request in one query. */
  @ResolveField('reports')
  async reports(@Parent() group: WorkingGroupView, @Loaders() loaders: RequestLoaders) {
    return loaders
      .get<string, BoardItemView[]>('governance.working-group.reports', async (ids) => {
        const items = (await this.groups.reportsOf(ids)).map((a) => ({
          view: toBoardItem(a),
          groupId: (a.details as unknown as { workingGroupId: string }).workingGroupId,
        }));
        return ids.map((id) => items.filter((i) => i.groupId === id).map((i) => i.view));
      })
      .load(group.id);
  }
}

@Resolver('WorkingGroupMember')
export class WorkingGroupMemberResolver {
  constructor(private readonly parties: PartyService) {}

  /** The members' parties: every reference of a request in one query. */
  @ResolveField('party')
  party(@Parent() member: { partyCode: string }, @Loaders() loaders: RequestLoaders) {
    return partiesByCode(loaders, this.parties).load(member.partyCode);
  }
}
