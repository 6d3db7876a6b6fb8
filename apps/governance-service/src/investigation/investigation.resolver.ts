import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toIsoDay, toIsoTimestamp } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { Acting, Authorise, CurrentPrincipal, Loaders, RequestLoaders } from '@mkib/server-graphql';
import { ActingContext } from '@mkib/server-messaging';
import { AgendaService } from '../agenda/agenda.service';
import { boardItemsById } from '../agenda/board-item.resolver';
import { InvestigationEntity } from './investigation.entity';
import {
  InvestigationReportInput,
  InvestigationService,
  ProposeInvestigationInput,
} from './investigation.service';

export const toInvestigation = (i: InvestigationEntity) => ({
  id: i.id,
  title: i.title,
  scope: i.scope,
  investigator: i.investigator,
  dueDate: toIsoDay(i.dueDate),
  state: i.state,
  boardItemId: i.boardItemId,
  report: i.reportFilename
    ? {
        filename: i.reportFilename,
        contentType: i.reportContentType!,
        size: i.reportSize!,
        uploadedBy: i.reportUploadedBy!,
        uploadedAt: toIsoTimestamp(i.reportUploadedAt)!,
      }
    : null,
  summary: i.summary,
  findings: i.findings,
  proposedBy: i.proposedBy,
  proposedAt: toIsoTimestamp(i.proposedAt)!,
  completedAt: toIsoTimestamp(i.completedAt),
});
type InvestigationView = ReturnType<typeof toInvestigation>;

/** Investigations into how the policy works (SK-3.6). */
@Resolver('Investigation')
export class InvestigationResolver {
  constructor(
    private readonly investigations: InvestigationService,
    private readonly agenda: AgendaService,
  ) {}

  @Query('investigations')
  @Authorise('investigation.read')
  async list() {
    return (await this.investigations.list()).map(toInvestigation);
  }

  @Query('investigation')
  @Authorise('investigation.read')
  async one(@Args('id') id: string) {
    return toInvestigation(await this.investigations.get(id));
  }

  @Query('investigationReport')
  @Authorise('investigation.read')
  report(@Args('id') id: string) {
    return this.investigations.report(id);
  }

  @Mutation('proposeInvestigation')
  @Authorise('investigation.manage')
  async propose(@Args('input') input: ProposeInvestigationInput, @Acting() acting: ActingContext) {
    return toInvestigation(await this.investigations.propose(acting, input));
  }

  @Mutation('recordInvestigationReport')
  @Authorise('investigation.manage')
  async record(@Args('input') input: InvestigationReportInput, @Acting() acting: ActingContext) {
    return toInvestigation(await this.investigations.recordReport(acting, input));
  }

  /** Its item on the boards' agenda: every investigation of a request in one query. */
  @ResolveField('boardItem')
  boardItem(
    @Parent() investigation: InvestigationView,
    @CurrentPrincipal() principal: Principal,
    @Loaders() loaders: RequestLoaders,
  ) {
    return boardItemsById(loaders, this.agenda, principal).load(investigation.boardItemId);
  }
}
