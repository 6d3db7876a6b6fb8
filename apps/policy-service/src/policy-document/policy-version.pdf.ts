import {
  POLICY_PROCESSES,
  POLICY_TOPICS,
  PolicyProcess,
  PolicyTopic,
  refKey,
  RequirementRef,
} from '@mkib/domain-policy';
import { asFile, DocumentFile, PdfBlock, renderPdf } from '@mkib/server-documents';
import type { PolicyVersionView } from './policy-version.service';

export const PROCESS_NAMES: Record<PolicyProcess, string> = {
  RISK_MANAGEMENT: 'Risicomanagement',
  IMPLEMENTATION_PLAN: 'Implementatieplan',
  COMPLIANCE_MONITORING: 'Monitoring van de naleving',
  ICV: 'In-controlverklaring (ICV)',
  INCIDENT_HANDLING: 'Afhandeling van informatiebeveiligingsincidenten',
  C2000_OUTSIDE_MELDKAMER: 'C2000 buiten de meldkamer',
};

export const TOPIC_NAMES: Record<PolicyTopic, string> = {
  ACCESS_CONTROL: 'Toegangsbeveiliging',
  CRYPTOGRAPHY: 'Cryptografie',
  EQUIPMENT_MANAGEMENT: 'Beheer apparatuur',
  OPERATING_PROCEDURES: 'Gebruiks- en beheerprocedures',
  LOGGING_MONITORING: 'Logging en monitoring',
  INFORMATION_SHARING: 'Informatiedeling',
  DATA_CLASSIFICATION: 'Gegevensrubricering',
  RELIABILITY_REQUIREMENTS: 'Betrouwbaarheidseisen',
  SPOEDRESPONS_C2000: 'Voorziening Spoedrespons (C2000)',
};

export const PARTY_NAMES: Record<string, string> = {
  lms: 'LMS (beheerder)',
  politie: 'Politie',
  brandweer: 'Brandweer',
  ambulance: 'Ambulancezorg',
  kmar: 'Koninklijke Marechaussee',
  defensie: 'Defensie',
};

/** A measure in one line: identifier and the start of its text (BIO2 measures carry no title). */
export interface MeasureLine {
  frameworkCode: string;
  identifier: string;
  title: string | null;
  text: string | null;
}

const short = (s: string, max = 140) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * The version as a document people keep (SK-2.2): title page with the table of contents, the
 * responsibilities per process, the norms, the addendum's rules per topic with their measures, the
 * reliability requirements and the requirements in force.
 */
export async function policyVersionPdf(
  v: PolicyVersionView,
  measures: MeasureLine[],
  facilities: { code: string; bbn: number | null }[],
): Promise<DocumentFile> {
  const byRef = new Map(measures.map((m) => [refKey(m), m]));
  const measureRows = (refs: RequirementRef[]) =>
    refs.map((r) => {
      const m = byRef.get(refKey(r));
      return [`${r.frameworkCode} ${r.identifier}`, short(m?.title ?? m?.text ?? '(niet in de catalogus)')];
    });
  const chapters = [
    '1. Taken, verantwoordelijkheden en bevoegdheden',
    '2. Gemeenschappelijke normen',
    '3. BIO-addendum: beleidsregels per onderwerp',
    '4. Betrouwbaarheidseisen en herijking',
    '5. Gemeenschappelijke eisen in werking',
  ];
  const blocks: PdfBlock[] = [
    {
      facts: [
        ['Versie', String(v.version)],
        ['Vastgesteld', v.adoptedAt.slice(0, 10)],
        ['Vastgesteld door', v.adoptedBy],
        ['Status', v.inForce ? 'geldende versie' : 'vervangen door een latere versie'],
      ],
    },
    { paragraph: v.summary },
    { heading: 'Inhoud' },
    { paragraph: chapters.join('\n') },
    { pageBreak: true },
    { heading: chapters[0] },
  ];
  for (const process of POLICY_PROCESSES) {
    const cells = v.content.responsibilities.filter((r) => r.process === process);
    blocks.push({ paragraph: PROCESS_NAMES[process] });
    blocks.push({
      table: {
        columns: ['Partij', 'RACI', 'Taken'],
        rows: cells.map((c) => [PARTY_NAMES[c.party] ?? c.party, c.raci.join(', '), c.tasks]),
        widths: [110, 45, 340],
      },
    });
  }
  blocks.push({ heading: chapters[1] });
  for (const n of v.content.norms) {
    blocks.push({ paragraph: `${n.key} ${n.title}\n${n.text}` });
    blocks.push({
      table: { columns: ['Maatregel', 'Omschrijving'], rows: measureRows(n.measures), widths: [90, 405] },
    });
  }
  blocks.push({ heading: chapters[2] });
  for (const topic of POLICY_TOPICS) {
    const rules = v.content.rules.filter((r) => r.topic === topic);
    if (!rules.length) continue;
    blocks.push({ paragraph: TOPIC_NAMES[topic].toUpperCase() });
    for (const r of rules) {
      blocks.push({ paragraph: `${r.key} ${r.title}\n${r.text}` });
      blocks.push({
        table: { columns: ['Maatregel', 'Omschrijving'], rows: measureRows(r.measures), widths: [90, 405] },
      });
    }
  }
  blocks.push({ heading: chapters[3] });
  blocks.push({
    paragraph:
      `De BIV-classificatie van elke meldkamervoorziening wordt ten minste elke ${v.content.recalibrationMonths} ` +
      'maanden herijkt. De geldende classificatie en herijkingsdatum staan in het voorzieningenregister.',
  });
  blocks.push({
    table: {
      columns: ['Voorziening', 'BBN'],
      rows: facilities.map((f) => [f.code, f.bbn === null ? '—' : `BBN${f.bbn}`]),
      widths: [200, 295],
    },
  });
  blocks.push({ heading: chapters[4] });
  blocks.push({ facts: [['BBN-profiel', `versie ${v.requirements.bbnProfileVersion}`]] });
  blocks.push({
    table: {
      columns: ['Normenkader', 'Naam', 'Versie'],
      rows: v.requirements.catalogue.map((f) => [f.code, f.name, f.version]),
      widths: [90, 285, 120],
    },
  });
  const bytes = await renderPdf({
    title: v.title,
    subtitle:
      'Informatiebeveiligingsbeleid meldkamervoorzieningen (Strategisch kader, artikel 2, tweede lid)',
    footer: `MKIB — informatiebeveiligingsbeleid versie ${v.version}`,
    blocks,
  });
  return asFile(`informatiebeveiligingsbeleid-v${v.version}.pdf`, 'application/pdf', bytes);
}
