import { Injectable } from '@nestjs/common';
import { buildRiskPoam, RiskAnalysisView, validateOscalPoam } from '@mkib/domain-risk';
import { Clock, toIsoDate } from '@mkib/domain-shared';
import type { Principal } from '@mkib/server-auth';
import { asFile, DocumentFile } from '@mkib/server-documents';
import { AnalysisReader } from '../analysis/analysis-reader';
import { FacilityService } from '../facility/facility.service';
import { FindingViewService } from '../finding-view/finding-view.service';
import { riskAnalysisPdf } from './risk-analysis.pdf';
import { riskRegisterXlsx } from './risk-register.xlsx';
import { RISK_EXPORT_NAMESPACE, uuidV5 } from './uuid-v5';

/**
 * The exports of risk management: an analysis as PDF, a party's register as Excel, its plan of action and
 * milestones as OSCAL JSON. Analyses come only through the AnalysisReader contract, which applies who may
 * read what (NOT_FOUND for an analysis or register out of the caller's reach).
 */
@Injectable()
export class RiskExportService {
  constructor(
    private readonly clock: Clock,
    private readonly facilities: FacilityService,
    private readonly findings: FindingViewService,
    // Bound by the analysis module (RiskAnalysisService).
    private readonly reader: AnalysisReader,
  ) {}

  private async levelLabels() {
    return Object.fromEntries((await this.reader.scale()).levels.map((l) => [l.level, l.label]));
  }

  private async facilityNames(analyses: RiskAnalysisView[]): Promise<Map<string, string>> {
    const codes = [
      ...new Set(analyses.flatMap((a) => [...a.facilityCodes, ...a.risks.map((r) => r.facilityCode)])),
    ];
    return new Map((await this.facilities.byCodes(codes)).map((f) => [f.code, f.name]));
  }

  async analysisPdf(principal: Principal, id: string): Promise<DocumentFile> {
    const analysis = await this.reader.view(principal, id);
    return riskAnalysisPdf(analysis, await this.facilityNames([analysis]), await this.levelLabels());
  }

  async registerXlsx(principal: Principal, party: string | null): Promise<DocumentFile> {
    const register = await this.reader.registerViews(principal, party);
    return riskRegisterXlsx(
      register.party,
      register.analyses,
      await this.facilityNames(register.analyses),
      toIsoDate(this.clock.now()),
      await this.reader.scale(),
    );
  }

  async poam(principal: Principal, party: string | null): Promise<DocumentFile> {
    const register = await this.reader.registerViews(principal, party);
    const now = this.clock.now();
    const document = buildRiskPoam({
      party: register.party,
      analyses: register.analyses,
      findings: await this.findings.ofParty(register.party),
      now,
      uuid: (name) => uuidV5(RISK_EXPORT_NAMESPACE, name),
    });
    // What we hand out is valid OSCAL; a violation is our bug, not the caller's.
    const problems = validateOscalPoam(document);
    if (problems.length)
      throw new Error(
        `The POA&M is not valid OSCAL: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
      );
    return asFile(
      `poam-${register.party}-${toIsoDate(now)}.json`,
      'application/json',
      Buffer.from(JSON.stringify(document, null, 2), 'utf8'),
    );
  }
}
