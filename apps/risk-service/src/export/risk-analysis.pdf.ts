import {
  measureLabel,
  partyName,
  RISK_ACCEPTANCE_STATE_LABELS,
  RISK_ANALYSIS_KIND_LABELS,
  RISK_ANALYSIS_SCOPE_LABELS,
  RISK_ANALYSIS_STATE_LABELS,
  RISK_CONSULTATION_POSITION_LABELS,
  RISK_LEVEL_LABELS,
  RISK_TREATMENT_KIND_LABELS,
  RiskAnalysisView,
  RiskLevel,
} from '@mkib/domain-risk';
import { asFile, DocumentFile, PdfBlock, renderPdf } from '@mkib/server-documents';

type Score = RiskAnalysisView['risks'][number]['inherent'];
type Acceptance = NonNullable<RiskAnalysisView['risks'][number]['treatment']['acceptance']>;

const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');

function acceptanceText(a: Acceptance | null): string {
  if (!a) return '—';
  const parts = [
    `${RISK_ACCEPTANCE_STATE_LABELS[a.state]}; voorgesteld door ${a.proposedBy} op ${date(a.proposedAt)}`,
  ];
  if (a.decidedBy) parts.push(`besluit door ${a.decidedBy} op ${date(a.decidedAt)}`);
  if (a.reasoning) parts.push(`motivering: ${a.reasoning}`);
  if (a.reviewDate) parts.push(`herbeoordeling uiterlijk ${a.reviewDate}`);
  return parts.join('; ');
}

/**
 * An analysis as a document people keep, in Dutch: scope, owner, method, state and version; the threats;
 * the risks with their inherent and residual levels; the treatments (kind, measures, owner, due date,
 * acceptance); the consultation responses with the LMS's answers; how and when it was finalised.
 * `levelLabels`: the level labels of the scale in force (the default ones when omitted).
 */
export async function riskAnalysisPdf(
  a: RiskAnalysisView,
  facilityNames: ReadonlyMap<string, string>,
  levelLabels: Partial<Record<RiskLevel, string>> = {},
): Promise<DocumentFile> {
  const labels = { ...RISK_LEVEL_LABELS, ...levelLabels };
  const score = (s: Score) => `${labels[s.level]} (kans ${s.likelihood}, impact ${s.impact})`;
  const facility = (code: string) =>
    facilityNames.has(code) ? `${facilityNames.get(code)} (${code})` : code;
  const threatNo = new Map(a.threats.map((t, i) => [t.id, `D${i + 1}`]));
  const blocks: PdfBlock[] = [
    {
      facts: [
        ['Nummer', a.number],
        ['Versie', String(a.version)],
        ['Status', RISK_ANALYSIS_STATE_LABELS[a.state]],
        ['Soort', RISK_ANALYSIS_KIND_LABELS[a.kind]],
        ['Reikwijdte', RISK_ANALYSIS_SCOPE_LABELS[a.scope]],
        ['Eigenaar', partyName(a.ownerParty)],
        ['Voorzieningen', a.facilityCodes.map(facility).join(', ')],
        ['Methode', a.method],
        ['Termijn', a.dueDate ?? 'geen'],
        ['Opgesteld door', `${a.createdBy} (${date(a.createdAt)})`],
      ],
    },
    { heading: 'Omschrijving' },
    { paragraph: a.description || 'Geen omschrijving.' },
    { heading: 'Dreigingen' },
    a.threats.length
      ? {
          table: {
            columns: ['Nr', 'Dreiging', 'Omschrijving', 'Herkomst'],
            rows: a.threats.map((t, i) => [
              `D${i + 1}`,
              t.name,
              t.description,
              t.catalogueCode ? `Dreigingscatalogus (${t.catalogueCode})` : 'Eigen dreiging',
            ]),
            widths: [35, 130, 230, 100],
          },
        }
      : { paragraph: 'Geen dreigingen vastgelegd.' },
    { heading: 'Risico’s' },
    a.risks.length
      ? {
          table: {
            columns: ['Nr', 'Risico', 'Voorziening', 'Dreigingen', 'Inherent risico', 'Restrisico'],
            rows: a.risks.map((r, i) => [
              `R${i + 1}`,
              r.description ? `${r.title}: ${r.description}` : r.title,
              r.facilityCode,
              r.threatIds.map((id) => threatNo.get(id) ?? '?').join(', '),
              score(r.inherent),
              score(r.residual),
            ]),
            widths: [30, 165, 60, 55, 95, 90],
          },
        }
      : { paragraph: 'Geen risico’s vastgelegd.' },
    { heading: 'Behandeling van de risico’s' },
    a.risks.length
      ? {
          table: {
            columns: ['Nr', 'Behandeling', 'Maatregelen en toelichting', 'Eigenaar', 'Gereed', 'Acceptatie'],
            rows: a.risks.map((r, i) => {
              const t = r.treatment;
              const measures = t.measures.map(measureLabel).join(', ');
              return [
                `R${i + 1}`,
                RISK_TREATMENT_KIND_LABELS[t.kind],
                measures ? `${measures}. ${t.description}` : t.description,
                t.owner,
                t.dueDate,
                acceptanceText(t.acceptance),
              ];
            }),
            widths: [30, 70, 150, 80, 60, 105],
          },
        }
      : { paragraph: 'Geen behandelingen.' },
  ];

  if (a.consultation) {
    const c = a.consultation;
    const byParty = new Map(c.responses.map((r) => [r.party, r]));
    blocks.push(
      { heading: 'Consultatie van de hoofdgebruikers' },
      {
        facts: [
          ['Geopend door', `${c.openedBy} (${date(c.openedAt)})`],
          ['Reageren uiterlijk', c.respondBy],
          ['Geraadpleegd', c.parties.map(partyName).join(', ')],
        ],
      },
      {
        table: {
          columns: ['Partij', 'Standpunt', 'Toelichting', 'Antwoord van de beheerder'],
          rows: c.parties.map((p) => {
            const r = byParty.get(p);
            if (!r && c.withheld?.includes(p))
              return [partyName(p), 'Gereageerd (alleen zichtbaar voor de beheerder)', '—', '—'];
            if (!r) return [partyName(p), 'Geen reactie', '—', '—'];
            return [
              partyName(p),
              `${RISK_CONSULTATION_POSITION_LABELS[r.position]} (${r.respondedBy}, ${date(r.respondedAt)})`,
              r.reasoning,
              r.answer ? `${r.answer} (${r.answeredBy ?? '—'}, ${date(r.answeredAt)})` : '—',
            ];
          }),
          widths: [95, 110, 145, 145],
        },
      },
    );
  }

  blocks.push({ heading: 'Vaststelling' });
  blocks.push(
    a.finalisedAt
      ? {
          facts: [
            ['Vastgesteld door', a.finalisedBy ?? '—'],
            ['Vastgesteld op', date(a.finalisedAt)],
            [
              'Toelichting bij vaststelling na de termijn',
              a.finalisedPastDeadlineNote ?? 'niet van toepassing',
            ],
          ],
        }
      : { paragraph: 'Deze analyse is nog niet vastgesteld.' },
  );

  const bytes = await renderPdf({
    title: `Risicoanalyse ${a.number}: ${a.title}`,
    subtitle: `Versie ${a.version}, ${RISK_ANALYSIS_STATE_LABELS[a.state].toLowerCase()} — ${partyName(a.ownerParty)}`,
    footer: `MKIB — risicoanalyse ${a.number} v${a.version}`,
    blocks,
  });
  return asFile(`risicoanalyse-${a.number}-v${a.version}.pdf`, 'application/pdf', bytes);
}
