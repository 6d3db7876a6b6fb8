import { Args, Query, Resolver } from '@nestjs/graphql';
import { Principal } from '@mkib/server-auth';
import { Authorise, CurrentPrincipal } from '@mkib/server-graphql';
import { RiskExportService } from './risk-export.service';

/** The exports of an analysis and of a party's register (risk-analysis.read; the reader narrows further). */
@Resolver()
export class RiskExportResolver {
  constructor(private readonly exports: RiskExportService) {}

  @Query('riskAnalysisPdf')
  @Authorise('risk-analysis.read')
  riskAnalysisPdf(@Args('id') id: string, @CurrentPrincipal() principal: Principal) {
    return this.exports.analysisPdf(principal, id);
  }

  @Query('riskRegisterXlsx')
  @Authorise('risk-analysis.read')
  riskRegisterXlsx(@Args('party') party: string | null, @CurrentPrincipal() principal: Principal) {
    return this.exports.registerXlsx(principal, party ?? null);
  }

  @Query('riskPoam')
  @Authorise('risk-analysis.read')
  riskPoam(@Args('party') party: string | null, @CurrentPrincipal() principal: Principal) {
    return this.exports.poam(principal, party ?? null);
  }
}
