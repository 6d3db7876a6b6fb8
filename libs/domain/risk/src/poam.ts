import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';
import poamSchema from '../data/oscal/oscal_poam_schema.json';
import {
  measureLabel,
  partyName,
  RISK_ACCEPTANCE_STATE_LABELS,
  RISK_LEVEL_LABELS,
  RISK_TREATMENT_KIND_LABELS,
} from './export-labels';
import type { RiskAnalysisView } from './risk-analysis-types';

/**
 * A party's plan of action and milestones as OSCAL 1.2.1 (NIST POA&M model, schema in ../data/oscal):
 * the open treatments of its final analyses (each a poam-item with its risk, the treatment as a planned
 * remediation whose milestone is the due date and whose responsible role names the owner) and its open
 * findings (from icv, through the risk service's read model). Pure: the clock's "now" and a deterministic
 * uuid function (v5 of a name, the server's) are handed in, so the same input gives the same document.
 */

/** A finding as the risk service keeps it from `icv.finding.changed` (risk.finding_view). */
export interface PoamFinding {
  findingId: string;
  party: string;
  year: number;
  frameworkCode: string;
  identifier: string;
  description: string;
  action: string;
  owner: string;
  dueDate: string;
  status: 'OPEN' | 'AFGEROND';
  riskTreatmentId: string | null;
}

export interface RiskPoamInput {
  party: string;
  /** The party's register; only DEFINITIEF analyses contribute. */
  analyses: RiskAnalysisView[];
  /** The party's findings, OPEN and AFGEROND (a closed finding of a treatment closes that treatment). */
  findings: PoamFinding[];
  now: Date;
  /** A deterministic RFC 4122 v5 (or v4) uuid for a name, e.g. `risk:<id>`. */
  uuid: (name: string) => string;
}

export const OSCAL_VERSION = '1.2.1';
/** The namespace of the properties this platform adds (OSCAL asks for one outside its own names). */
export const MKIB_OSCAL_NS = 'urn:mkib:risk';

type Treatment = RiskAnalysisView['risks'][number]['treatment'];

/**
 * Whether a treatment still asks for action: a MITIGEREN treatment until the finding icv made of it is
 * AFGEROND; an ACCEPTEREN treatment only while its acceptance is proposed or was refused (an accepted risk,
 * or one at or below the acceptance level, needs no action); OVERDRAGEN and VERMIJDEN until the analysis
 * is superseded (they carry a due date and an owner, nothing closes them earlier).
 */
export function treatmentIsOpen(t: Treatment, closedTreatmentIds: ReadonlySet<string>): boolean {
  if (t.kind === 'MITIGEREN') return !closedTreatmentIds.has(t.originId);
  if (t.kind === 'ACCEPTEREN') return t.acceptance !== null && t.acceptance.state !== 'GOEDGEKEURD';
  return true;
}

const line = (s: string) => s.replace(/\s+/g, ' ').trim();
const orElse = (s: string, fallback: string) => (line(s) ? s.trim() : fallback);
/** A YYYY-MM-DD date as an OSCAL date-time (start of the day, UTC). */
const dateTime = (day: string) => `${day}T00:00:00Z`;
/** An NCName token for a measure, e.g. "BIO2_5.15" (a token may not start with a digit). */
export const measureToken = (m: { frameworkCode: string; identifier: string }): string => {
  const raw = `${m.frameworkCode}_${m.identifier}`.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(raw) ? raw : `_${raw}`;
};

interface Prop {
  name: string;
  ns: string;
  value: string;
}
const props = (pairs: [string, string | number | null | undefined][]): Prop[] =>
  pairs
    .filter(([, v]) => v !== null && v !== undefined && line(String(v)) !== '')
    .map(([name, v]) => ({ name, ns: MKIB_OSCAL_NS, value: line(String(v)) }));
/** One entry of the plan: a treatment with its risk (and the finding icv made of it), or an open finding. */
export interface PoamItem {
  uuid: string;
  title: string;
  description: string;
  props?: Prop[];
  'related-findings'?: { 'finding-uuid': string }[];
  'related-risks'?: { 'risk-uuid': string }[];
}
const withProps = (p: Prop[]) => (p.length ? { props: p } : {});

export function buildRiskPoam(input: RiskPoamInput) {
  const { party, uuid } = input;
  const nowIso = input.now.toISOString();
  const today = nowIso.slice(0, 10);
  const partyUuid = uuid(`party:${party}`);
  const ownerUuid = (owner: string) => uuid(`owner:${party}:${line(owner)}`);
  const owners = new Map<string, string>();
  const noteOwner = (owner: string) => {
    const name = line(owner) || 'Onbekend';
    owners.set(name, ownerUuid(name));
    return owners.get(name)!;
  };

  const closed = new Set(
    input.findings.filter((f) => f.status === 'AFGEROND' && f.riskTreatmentId).map((f) => f.riskTreatmentId!),
  );
  const openFindings = input.findings
    .filter((f) => f.status === 'OPEN')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.findingId.localeCompare(b.findingId));
  const findingsByTreatment = new Map<string, PoamFinding[]>();
  for (const f of openFindings)
    if (f.riskTreatmentId)
      findingsByTreatment.set(f.riskTreatmentId, [...(findingsByTreatment.get(f.riskTreatmentId) ?? []), f]);
  const findingUuid = (f: PoamFinding) => uuid(`finding:${f.findingId}`);

  const finals = input.analyses
    .filter((a) => a.state === 'DEFINITIEF' && a.ownerParty === party)
    .sort((a, b) => a.number.localeCompare(b.number) || a.version - b.version);

  const risks = [];
  const items: PoamItem[] = [];
  const linkedFindings = new Set<string>();
  for (const a of finals)
    for (const r of a.risks) {
      const t = r.treatment;
      if (!treatmentIsOpen(t, closed)) continue;
      const riskUuid = uuid(`risk:${r.id}`);
      const owner = noteOwner(t.owner);
      const acceptance = t.acceptance;
      risks.push({
        uuid: riskUuid,
        title: line(`${a.number}: ${orElse(r.title, 'Risico')}`),
        description: orElse(r.description, r.title || 'Risico'),
        statement:
          `Inherent risico ${RISK_LEVEL_LABELS[r.inherent.level]} (kans ${r.inherent.likelihood}, impact ${r.inherent.impact}); ` +
          `restrisico na behandeling ${RISK_LEVEL_LABELS[r.residual.level]} (kans ${r.residual.likelihood}, impact ${r.residual.impact}).`,
        ...withProps(
          props([
            ['analysis-number', a.number],
            ['analysis-version', a.version],
            ['analysis-title', a.title],
            ['facility', r.facilityCode],
            ['inherent-level', r.inherent.level],
            ['residual-level', r.residual.level],
            ['acceptance', acceptance ? RISK_ACCEPTANCE_STATE_LABELS[acceptance.state] : null],
          ]),
        ),
        status:
          acceptance?.state === 'VOORGESTELD'
            ? 'deviation-requested'
            : t.kind === 'MITIGEREN'
              ? 'remediating'
              : 'open',
        deadline: dateTime(t.dueDate),
        remediations: [
          {
            uuid: uuid(`response:${t.id}`),
            lifecycle: 'planned',
            title: RISK_TREATMENT_KIND_LABELS[t.kind],
            description: orElse(t.description, RISK_TREATMENT_KIND_LABELS[t.kind]),
            ...withProps(
              props([
                ['treatment-kind', t.kind],
                ...t.measures.map((m) => ['measure', measureLabel(m)] as [string, string]),
              ]),
            ),
            tasks: [
              {
                uuid: uuid(`milestone:${t.id}`),
                type: 'milestone',
                title: line(`Gereed uiterlijk ${t.dueDate}`),
                timing: { 'on-date': { date: dateTime(t.dueDate) } },
                'responsible-roles': [{ 'role-id': 'eigenaar', 'party-uuids': [owner] }],
              },
            ],
          },
        ],
      });
      const related = findingsByTreatment.get(t.originId) ?? [];
      related.forEach((f) => linkedFindings.add(f.findingId));
      items.push({
        uuid: uuid(`poam-item:${t.id}`),
        title: line(
          `${a.number} v${a.version}: ${orElse(r.title, 'Risico')} (${RISK_TREATMENT_KIND_LABELS[t.kind]})`,
        ),
        description: orElse(t.description, RISK_TREATMENT_KIND_LABELS[t.kind]),
        ...withProps(
          props([
            ['analysis-number', a.number],
            ['facility', r.facilityCode],
            ['due-date', t.dueDate],
            ['owner', t.owner],
          ]),
        ),
        ...(related.length
          ? { 'related-findings': related.map((f) => ({ 'finding-uuid': findingUuid(f) })) }
          : {}),
        'related-risks': [{ 'risk-uuid': riskUuid }],
      });
    }

  const findings = openFindings.map((f) => {
    noteOwner(f.owner);
    return {
      uuid: findingUuid(f),
      title: line(`Bevinding ${measureLabel(f)} (${f.year})`),
      description: orElse(f.description, `Bevinding bij ${measureLabel(f)}`),
      ...withProps(
        props([
          ['measure', measureLabel(f)],
          ['year', f.year],
          ['action', f.action],
          ['owner', f.owner],
          ['due-date', f.dueDate],
          ['risk-treatment', f.riskTreatmentId],
        ]),
      ),
      target: {
        type: 'objective-id',
        'target-id': measureToken(f),
        title: measureLabel(f),
        status: { state: 'not-satisfied' },
      },
    };
  });
  for (const f of openFindings) {
    if (linkedFindings.has(f.findingId)) continue;
    items.push({
      uuid: uuid(`poam-item:finding:${f.findingId}`),
      title: line(`Verbetermaatregel ${measureLabel(f)} (${f.year})`),
      description: orElse(f.action, orElse(f.description, `Verbetermaatregel bij ${measureLabel(f)}`)),
      ...withProps(
        props([
          ['measure', measureLabel(f)],
          ['due-date', f.dueDate],
          ['owner', f.owner],
        ]),
      ),
      'related-findings': [{ 'finding-uuid': findingUuid(f) }],
    });
  }

  // The schema asks for at least one item: an empty plan says so in one.
  if (!items.length)
    items.push({
      uuid: uuid(`poam-item:none:${party}`),
      title: 'Geen open punten',
      description: `${partyName(party)} heeft op ${today} geen open behandelingen van definitieve risicoanalyses en geen open bevindingen.`,
    });

  const name = partyName(party);
  return {
    'plan-of-action-and-milestones': {
      uuid: uuid(`poam:${party}:${nowIso}`),
      metadata: {
        title: `Plan van aanpak en mijlpalen: ${name}`,
        published: nowIso,
        'last-modified': nowIso,
        version: today,
        'oscal-version': OSCAL_VERSION,
        props: props([['party', party]]),
        roles: [
          { id: 'opsteller', title: 'Opsteller van het plan (de partij)' },
          { id: 'eigenaar', title: 'Eigenaar van de maatregel' },
        ],
        parties: [
          { uuid: partyUuid, type: 'organization', name, 'short-name': party },
          ...[...owners].map(([owner, id]) => ({ uuid: id, type: 'person', name: owner })),
        ],
        'responsible-parties': [{ 'role-id': 'opsteller', 'party-uuids': [partyUuid] }],
        remarks:
          'De open behandelingen van de definitieve risicoanalyses en de open bevindingen van de partij (MKIB).',
      },
      'system-id': { 'identifier-type': MKIB_OSCAL_NS, id: `mkib-${party}` },
      ...(risks.length ? { risks } : {}),
      ...(findings.length ? { findings } : {}),
      'poam-items': items,
    },
  };
}
export type RiskPoamDocument = ReturnType<typeof buildRiskPoam>;

let validator: ValidateFunction | null = null;

/**
 * Validates a document against the NIST OSCAL 1.2.1 POA&M schema (ajv with JSON Schema 2020 support; the
 * NIST schema declares draft-07, whose meta-schema is added). Every violation with its JSON path.
 */
export function validateOscalPoam(document: unknown): { path: string; message: string }[] {
  if (!validator) {
    // strict off: the NIST schema uses keywords ajv's strict mode does not know.
    const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: true });
    ajv.addMetaSchema(draft07);
    addFormats(ajv);
    validator = ajv.compile(poamSchema);
  }
  return validator(document)
    ? []
    : (validator.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'invalid' }));
}
