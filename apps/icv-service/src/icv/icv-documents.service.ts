import { Injectable } from '@nestjs/common';
import { AssessmentSnapshot, icvMessage as m } from '@mkib/domain-icv';
import { Principal } from '@mkib/server-auth';
import { asFile, PdfBlock, renderPdf, renderXlsx } from '@mkib/server-documents';
import { AssessmentService } from '../assessment/assessment.service';
import { coverageOf, MedegebruikerReportService } from '../medegebruiker-report/medegebruiker-report.service';
import { IcvService } from './icv.service';

const STATEMENT_TEXT: Record<string, string> = {
  IN_CONTROL: 'In control',
  IN_CONTROL_MET_UITZONDERINGEN: 'In control, met uitzonderingen',
  NIET_IN_CONTROL: 'Niet in control',
};
const SCOPE_TEXT: Record<string, string> = {
  BEHEERORGANISATIE: 'De beheerorganisatie van de LMS (art. 4.5)',
  ORGANISATIE_EN_MEDEGEBRUIKERS: 'De eigen organisatie en haar medegebruikers (art. 5.5)',
};

const STATUS_TEXT: Record<string, string> = {
  GEIMPLEMENTEERD: 'geïmplementeerd',
  DEELS: 'deels geïmplementeerd',
  NIET: 'niet geïmplementeerd',
  NIET_VAN_TOEPASSING: 'niet van toepassing',
};

/** The assessment as frozen at submission: figures, the proposal, and the measures not (fully) implemented. */
function snapshotBlocks(s: AssessmentSnapshot): PdfBlock[] {
  const gaps = s.measures.filter((m) => m.status !== 'GEIMPLEMENTEERD' && m.status !== 'NIET_VAN_TOEPASSING');
  return [
    { heading: 'Zelfevaluatie bij indiening' },
    {
      facts: [
        [
          'Vastgelegd',
          `${s.takenAt.slice(0, 10)}${s.origin === 'MIGRATION' ? ' (bij de overgang naar momentopnamen)' : ''}`,
        ],
        ['BBN-profiel', s.profileVersion ? `versie ${s.profileVersion}` : '—'],
        ['Van toepassing', `${s.progress.applicable} maatregelen`],
        ['Beoordeeld', `${s.progress.percentAssessed}%`],
        ['Geïmplementeerd', `${s.progress.percentImplemented}%`],
        [
          'Voorstel uit de zelfevaluatie',
          STATEMENT_TEXT[s.proposedStatement ?? ''] ?? 'geen voorstel vastgelegd',
        ],
        ...s.byFacility.map(
          (f) =>
            [`Geïmplementeerd, ${f.facilityCode}`, `${f.progress.percentImplemented}%`] as [string, string],
        ),
      ],
    },
    gaps.length
      ? {
          table: {
            columns: ['Maatregel', 'Titel', 'Status'],
            rows: gaps.map((m) => [
              `${m.frameworkCode} ${m.identifier}${m.frameworkVersion ? ` (${m.frameworkVersion})` : ''}`,
              m.title ?? '',
              m.status ? STATUS_TEXT[m.status] : 'niet beoordeeld',
            ]),
            widths: [120, 265, 110],
          },
        }
      : { paragraph: 'Alle maatregelen die van toepassing zijn, zijn geïmplementeerd.' },
  ];
}

/** The ICV as a PDF for the boards' papers, and the assessment as a workbook for the security officer. */
@Injectable()
export class IcvDocumentsService {
  constructor(
    private readonly icvs: IcvService,
    private readonly assessments: AssessmentService,
    private readonly medegebruikerReports: MedegebruikerReportService,
  ) {}

  async icvPdf(principal: Principal, year: number, party: string | null) {
    const icv = await this.icvs.icv(principal, year, party);
    if (!icv.signedBy) throw m.conflict('icv.pdfNotSigned');
    const coUsers =
      icv.scope === 'BEHEERORGANISATIE'
        ? []
        : coverageOf((await this.medegebruikerReports.reportsTo([icv]))[0], icv.namedMissing);
    const [snapshot] = await this.assessments.snapshotsOf([icv]);
    const bytes = await renderPdf({
      title: `In-control-verklaring ${icv.year}: ${icv.party}`,
      subtitle: `Versie ${icv.version}, ${icv.state === 'INGEDIEND' ? 'ingediend' : icv.state === 'VERVANGEN' ? 'vervangen door een correctie' : 'ondertekend, nog niet ingediend'}`,
      footer: `MKIB — ICV ${icv.party} ${icv.year} v${icv.version}`,
      blocks: [
        {
          facts: [
            ['Organisatie', icv.party],
            ['Jaar', String(icv.year)],
            ['Reikwijdte', SCOPE_TEXT[icv.scope]],
            ['Verklaring', STATEMENT_TEXT[icv.statement ?? ''] ?? '—'],
            ['Voorbereid door', `${icv.preparedBy ?? '—'} (${icv.preparedAt?.slice(0, 10) ?? '—'})`],
            ['Ondertekend door', `${icv.signedBy} (${icv.signedAt?.slice(0, 10) ?? '—'})`],
            ['Ingediend', icv.submittedAt?.slice(0, 10) ?? 'nog niet'],
            ...(icv.correctionReason
              ? ([['Reden van correctie', icv.correctionReason]] as [string, string][])
              : []),
          ],
        },
        { heading: 'Uitzonderingen en verbetermaatregelen' },
        icv.exceptions.length
          ? {
              table: {
                columns: ['Maatregelen', 'Toelichting', 'Gepland gereed'],
                rows: icv.exceptions.map((e) => [
                  e.measures.map((r) => `${r.frameworkCode} ${r.identifier}`).join(', ') || e.subject,
                  e.explanation,
                  e.plannedDate,
                ]),
                widths: [120, 295, 80],
              },
            }
          : { paragraph: 'Geen.' },
        ...(icv.scope === 'ORGANISATIE_EN_MEDEGEBRUIKERS'
          ? [
              { heading: 'Medegebruikers' },
              coUsers.length
                ? {
                    table: {
                      columns: ['Medegebruiker', 'Status', 'Toelichting'],
                      rows: coUsers.map((c) => [
                        c.party,
                        c.report?.status ?? 'geen rapportage',
                        c.report?.summary ?? c.missingReason ?? '',
                      ]),
                      widths: [120, 110, 265],
                    },
                  }
                : { paragraph: 'Geen medegebruikers.' },
            ]
          : []),
        ...(snapshot ? snapshotBlocks(snapshot) : []),
      ],
    });
    return asFile(`icv-${icv.party}-${icv.year}-v${icv.version}.pdf`, 'application/pdf', bytes);
  }

  async assessmentXlsx(principal: Principal, year: number, party: string | null) {
    const who = this.assessments.readableParty(principal, party);
    const a = await this.assessments.assessment(who, year);
    const [findings] = await this.assessments.findingsOf([a]);
    const [evidence] = await this.assessments.evidenceOf([a]);
    // A submitted year counts the evidence references frozen with it, not what was uploaded since.
    const evidenceCount = (e: {
      frameworkCode: string;
      identifier: string;
      frozenEvidence: unknown[] | null;
    }) =>
      e.frozenEvidence?.length ??
      evidence.filter((f) => f.frameworkCode === e.frameworkCode && f.identifier === e.identifier).length;
    const bytes = await renderXlsx([
      {
        name: 'Zelfevaluatie',
        columns: [
          { header: 'Kader', width: 12 },
          { header: 'Nummer', width: 12 },
          { header: 'Titel', width: 40 },
          { header: 'Voorzieningen', width: 30 },
          { header: 'Status', width: 22 },
          { header: 'Toelichting', width: 50 },
          { header: 'Beoordeeld door', width: 28 },
          { header: 'Beoordeeld op', width: 22 },
          { header: 'Bewijsstukken', width: 14 },
        ],
        rows: a.entries.map((e) => [
          e.frameworkCode,
          e.identifier,
          e.title,
          e.facilities.join(', '),
          e.status ?? 'NIET_BEOORDEELD',
          e.justification,
          e.assessedBy,
          e.assessedAt,
          evidenceCount(e),
        ]),
      },
      {
        name: 'Bevindingen',
        columns: [
          { header: 'Kader', width: 12 },
          { header: 'Nummer', width: 12 },
          { header: 'Bevinding', width: 50 },
          { header: 'Verbeteractie', width: 50 },
          { header: 'Eigenaar', width: 24 },
          { header: 'Gereed', width: 14 },
          { header: 'Status', width: 12 },
          { header: 'Overgenomen uit', width: 16 },
        ],
        rows: findings.map((f) => [
          f.frameworkCode,
          f.identifier,
          f.description,
          f.action,
          f.owner,
          f.dueDate,
          f.status,
          f.carriedOverFrom,
        ]),
      },
      {
        name: 'Voortgang',
        columns: [
          { header: 'Voorziening', width: 18 },
          { header: 'Van toepassing', width: 16 },
          { header: 'Beoordeeld', width: 14 },
          { header: 'Geïmplementeerd (%)', width: 20 },
        ],
        rows: [
          ['Alle', a.progress.applicable, a.progress.assessed, a.progress.percentImplemented],
          ...a.byFacility.map((f) => [
            f.facilityCode,
            f.progress.applicable,
            f.progress.assessed,
            f.progress.percentImplemented,
          ]),
        ],
      },
    ]);
    return asFile(
      `zelfevaluatie-${who}-${year}.xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    );
  }
}
