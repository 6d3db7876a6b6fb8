import { Injectable } from '@nestjs/common';
import { toFinding } from '../assessment/assessment.service';
import { Principal } from '@mkib/server-auth';
import { asFile, renderXlsx } from '@mkib/server-documents';
import { PlanService, toPlanLineException } from './plan.service';

const KIND_TEXT: Record<string, string> = { MAATREGEL: 'Maatregel', BELEIDSREGEL: 'Beleidsregel' };
const STATUS_TEXT: Record<string, string> = {
  GEPLAND: 'Gepland',
  IN_UITVOERING: 'In uitvoering',
  GEREED: 'Gereed',
  GEBLOKKEERD: 'Geblokkeerd',
};
const STATE_TEXT: Record<string, string> = { ACTUEEL: 'Actueel', BIJWERKEN_VEREIST: 'Bijwerken vereist' };
const TREATMENT_TEXT: Record<string, string> = {
  MITIGEREN: 'mitigeren',
  ACCEPTEREN: 'accepteren',
  OVERDRAGEN: 'overdragen',
  VERMIJDEN: 'vermijden',
};

/** The implementation plan as an Excel workbook: its lines with their links, and its roll-up. */
@Injectable()
export class PlanDocumentsService {
  constructor(private readonly plans: PlanService) {}

  async planXlsx(principal: Principal, party: string | null, policyVersion: number | null) {
    const who = await this.plans.readableParty(principal, party);
    const plan = await this.plans.plan(who, policyVersion);
    const findingIds = [...new Set(plan.lines.flatMap((l) => l.findingIds))];
    const treatmentIds = [...new Set(plan.lines.flatMap((l) => l.riskTreatmentIds))];
    const findings = new Map(
      (await this.plans.findingsByIds(findingIds)).flatMap((f) => (f ? [[f.id, toFinding(f)] as const] : [])),
    );
    const treatments = new Map(
      (await this.plans.treatmentsByIds(treatmentIds)).flatMap((t) =>
        t ? [[t.treatmentId, t] as const] : [],
      ),
    );
    const years = [...new Set(plan.lines.flatMap((l) => l.exceptionRefs.map((e) => e.year)))];
    const exceptions = await this.plans.exceptionsOf(years.map((year) => ({ party: who, year })));
    const exceptionText = (ref: { year: number; frameworkCode: string; identifier: string }) => {
      const e = toPlanLineException(ref, exceptions[years.indexOf(ref.year)] ?? []);
      return `ICV ${e.year} ${e.frameworkCode} ${e.identifier}${e.plannedDate ? ` (gepland ${e.plannedDate})` : ''}`;
    };
    const bytes = await renderXlsx([
      {
        name: 'Plan',
        columns: [
          { header: 'Soort', width: 14 },
          { header: 'Maatregel of beleidsregel', width: 24 },
          { header: 'Omschrijving', width: 50 },
          { header: 'Eigenaar', width: 24 },
          { header: 'Streefdatum', width: 14 },
          { header: 'Status', width: 16 },
          { header: 'Achterstallig', width: 14 },
          { header: 'Overgenomen', width: 14 },
          { header: 'Bevindingen', width: 50 },
          { header: 'Uitzonderingen', width: 40 },
          { header: 'Risicobehandelingen', width: 50 },
        ],
        rows: plan.lines.map((l) => [
          KIND_TEXT[l.kind],
          l.measure ? `${l.measure.frameworkCode} ${l.measure.identifier}` : (l.policyRule ?? ''),
          l.description,
          l.owner ?? '',
          l.dueDate,
          STATUS_TEXT[l.status],
          l.overdue ? 'ja' : 'nee',
          l.carriedOver ? 'ja' : 'nee',
          l.findingIds
            .flatMap((id) => {
              const f = findings.get(id);
              return f ? [`${f.frameworkCode} ${f.identifier}: ${f.description}`] : [];
            })
            .join('\n'),
          l.exceptionRefs.map(exceptionText).join('\n'),
          l.riskTreatmentIds
            .flatMap((id) => {
              const t = treatments.get(id);
              return t ? [`${t.analysisNumber} ${t.riskTitle} (${TREATMENT_TEXT[t.kind] ?? t.kind})`] : [];
            })
            .join('\n'),
        ]),
      },
      {
        name: 'Samenvatting',
        columns: [
          { header: 'Onderdeel', width: 28 },
          { header: 'Waarde', width: 30 },
        ],
        rows: [
          ['Organisatie', plan.party],
          ['Beleidsversie', plan.policyVersion],
          ['Status', STATE_TEXT[plan.state]],
          ['Bijwerken vóór', plan.updateDueDate ?? ''],
          ['Peildatum', this.plans.today()],
          ['Regels', plan.rollUp.total],
          ['Gereed', plan.rollUp.done],
          ['Op schema', plan.rollUp.onTrack],
          ['Achterstallig', plan.rollUp.overdue],
          ['Zonder eigenaar', plan.rollUp.withoutOwner],
          ['Op schema (%)', plan.rollUp.percentOnTrack],
        ],
      },
    ]);
    return asFile(
      `implementatieplan-${who}-v${plan.policyVersion}.xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    );
  }
}
