import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { MessageParams } from '@mkib/domain-shared';
import catalogSchema from '../data/oscal/oscal_catalog_schema.json';
import {
  checkRequirements,
  FrameworkDefinition,
  FrameworkMetadata,
  ImportProblem,
  RequirementDefinition,
} from './catalogue';
import { importProblem, PolicyMessageKey } from './messages';

/**
 * OSCAL catalogs in and out (NIST OSCAL 1.2.1 JSON, schema in ../data/oscal). Our hierarchy maps onto
 * OSCAL as: theme = group, control = control, measure = control nested in its control. OSCAL ids must
 * start with a letter, so our stable identifier travels in the `label` property; the id is derived.
 */
export const OSCAL_VERSION = '1.2.1';
/** Namespace of our own properties (status, licence, attribution, source). */
export const MKIB_NS = 'https://mkib.meldkamers.nl/ns/oscal';

let validator: ValidateFunction | undefined;
function catalogValidator(): ValidateFunction {
  if (!validator) {
    // strict off: the NIST schema uses keywords ajv's strict mode does not know (e.g. "$comment" placement).
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
    addFormats(ajv);
    validator = ajv.compile(catalogSchema);
  }
  return validator;
}

/** Validates a document against the NIST OSCAL catalog schema; every violation with its JSON path. */
export function validateOscalCatalog(document: unknown): ImportProblem[] {
  const validate = catalogValidator();
  if (validate(document)) return [];
  return dedupe(validate.errors ?? []).map((e) => {
    const { key, params } = explain(e);
    return importProblem({ row: null, path: e.instancePath || '/' }, key, params);
  });
}

const PATTERN_HELP: Record<string, PolicyMessageKey> = {
  UUIDDatatype: 'policy.oscal.uuid',
  TokenDatatype: 'policy.oscal.token',
  DateTimeWithTimezoneDatatype: 'policy.oscal.dateTime',
  MarkupLineDatatype: 'policy.oscal.markupLine',
  StringDatatype: 'policy.oscal.string',
};

function explain(e: ErrorObject): { key: PolicyMessageKey; params: MessageParams } {
  if (e.keyword === 'additionalProperties')
    return {
      key: 'policy.oscal.additionalProperty',
      params: { property: (e.params as { additionalProperty: string }).additionalProperty },
    };
  if (e.keyword === 'required')
    return {
      key: 'policy.oscal.missingProperty',
      params: { property: (e.params as { missingProperty: string }).missingProperty },
    };
  if (e.keyword === 'pattern') {
    const datatype = /definitions\/(\w+)\/pattern$/.exec(e.schemaPath)?.[1];
    const key = PATTERN_HELP[datatype ?? ''];
    return key
      ? { key, params: {} }
      : { key: 'policy.oscal.pattern', params: { pattern: String(e.params.pattern) } };
  }
  return { key: 'policy.oscal.schema', params: { detail: e.message ?? 'is not valid OSCAL' } };
}

/**
 * ajv reports every failed branch of an anyOf (a group holds either groups or controls). When a deeper
 * error explains the failure, the branch summary and the other branch's "property not allowed" are noise.
 */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const deeper = (path: string) => errors.some((o) => o.instancePath.startsWith(`${path}/`));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if ((e.keyword === 'anyOf' || e.keyword === 'oneOf') && deeper(e.instancePath)) return false;
    if (/\/(anyOf|oneOf)\/\d+\/additionalProperties$/.test(e.schemaPath) && deeper(e.instancePath))
      return false;
    const key = `${e.instancePath}|${JSON.stringify(explain(e))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface OscalProperty {
  name: string;
  value: string;
  ns?: string;
}
interface OscalPart {
  id?: string;
  name: string;
  prose?: string;
  parts?: OscalPart[];
}
interface OscalControl {
  id: string;
  title: string;
  class?: string;
  props?: OscalProperty[];
  parts?: OscalPart[];
  controls?: OscalControl[];
  links?: { href: string; rel?: string }[];
}
interface OscalGroup {
  id?: string;
  title: string;
  props?: OscalProperty[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}
interface OscalParty {
  uuid: string;
  type: string;
  name?: string;
}
interface OscalCatalog {
  uuid: string;
  metadata: {
    title: string;
    version: string;
    props?: OscalProperty[];
    parties?: OscalParty[];
    'responsible-parties'?: { 'role-id': string; 'party-uuids': string[] }[];
  };
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

const prop = (props: OscalProperty[] | undefined, name: string, ns?: string) =>
  props?.find((p) => p.name === name && (ns === undefined || p.ns === ns))?.value;

/** The prose of a control's statement (and its sub-parts); other parts (guidance) when there is none. */
function proseOf(parts: OscalPart[] | undefined): string | null {
  if (!parts?.length) return null;
  const collect = (ps: OscalPart[]): string[] =>
    ps.flatMap((p) => [...(p.prose ? [p.prose] : []), ...collect(p.parts ?? [])]);
  const statements = parts.filter((p) => p.name === 'statement');
  const text = collect(statements.length ? statements : parts)
    .join('\n\n')
    .trim();
  return text || null;
}

export interface OscalImportResult {
  metadata: Partial<FrameworkMetadata>;
  requirements: RequirementDefinition[];
  /** The JSON path of each requirement, by index. */
  paths: string[];
  problems: ImportProblem[];
}

/** Reads an OSCAL catalog: schema first (every violation), then our structural rules. */
export function frameworkFromOscal(content: string): OscalImportResult {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (e) {
    return {
      metadata: {},
      requirements: [],
      paths: [],
      problems: [
        importProblem({ row: null, path: '/' }, 'policy.oscal.notJson', { detail: (e as Error).message }),
      ],
    };
  }
  const schemaProblems = validateOscalCatalog(document);
  if (schemaProblems.length) return { metadata: {}, requirements: [], paths: [], problems: schemaProblems };

  const catalog = (document as { catalog: OscalCatalog }).catalog;
  const requirements: RequirementDefinition[] = [];
  const paths: string[] = [];
  const add = (r: RequirementDefinition, path: string) => {
    requirements.push(r);
    paths.push(path);
  };
  const identifierOf = (item: { id?: string; props?: OscalProperty[] }, fallback: string) =>
    prop(item.props, 'label') ?? item.id ?? fallback;
  const titleOf = (item: { title: string; props?: OscalProperty[] }) =>
    prop(item.props, 'title-generated', MKIB_NS) === 'true' ? null : item.title;

  const walkControl = (c: OscalControl, parent: string | null, depth: number, path: string) => {
    const identifier = identifierOf(c, c.id);
    add(
      {
        identifier,
        kind: depth === 0 ? 'CONTROL' : 'MAATREGEL',
        parent,
        title: titleOf(c),
        text: proseOf(c.parts),
        status: prop(c.props, 'status', MKIB_NS) ?? prop(c.props, 'status') ?? null,
        refersTo: (prop(c.props, 'refers-to', MKIB_NS) ?? '').split(/\s+/).filter(Boolean),
      },
      path,
    );
    // Deeper nesting (enhancements of enhancements) stays a measure under the measure above it is not
    // allowed by our hierarchy; we hang it under the control so nothing is lost.
    (c.controls ?? []).forEach((child, i) =>
      walkControl(child, depth === 0 ? identifier : parent, depth + 1, `${path}/controls/${i}`),
    );
  };
  const walkGroup = (g: OscalGroup, path: string, index: number) => {
    const identifier = identifierOf(g, `group-${index + 1}`);
    add(
      {
        identifier,
        kind: 'THEMA',
        parent: null,
        title: g.title,
        text: proseOf(g.parts),
        status: null,
        refersTo: [],
      },
      path,
    );
    // Subgroups flatten into themes of their own; their controls stay under them.
    (g.groups ?? []).forEach((sub, i) => walkGroup(sub, `${path}/groups/${i}`, requirements.length + i));
    (g.controls ?? []).forEach((c, i) => walkControl(c, identifier, 0, `${path}/controls/${i}`));
  };
  (catalog.groups ?? []).forEach((g, i) => walkGroup(g, `/catalog/groups/${i}`, i));
  (catalog.controls ?? []).forEach((c, i) => walkControl(c, null, 0, `/catalog/controls/${i}`));

  const m = catalog.metadata;
  const partyName = (role: string) => {
    const uuids = m['responsible-parties']?.find((r) => r['role-id'] === role)?.['party-uuids'] ?? [];
    return m.parties?.find((p) => uuids.includes(p.uuid))?.name;
  };
  const metadata: Partial<FrameworkMetadata> = {
    name: m.title,
    version: m.version,
    publisher: partyName('publisher') ?? partyName('creator') ?? m.parties?.[0]?.name,
    licence: prop(m.props, 'licence', MKIB_NS),
    attribution: prop(m.props, 'attribution', MKIB_NS),
    source: prop(m.props, 'source', MKIB_NS),
  };
  const problems = checkRequirements(requirements, (i) => ({ row: null, path: paths[i] ?? null }));
  return { metadata, requirements, paths, problems };
}

/** OSCAL ids are tokens that start with a letter; our identifiers may start with a digit. */
const oscalId = (prefix: string, identifier: string) =>
  `${prefix}-${identifier.replace(/[^\p{L}\p{N}._-]/gu, '_')}`;
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

export interface OscalExportOptions {
  /** A stable uuid for this export (v4/v5, e.g. from crypto.randomUUID). */
  uuid: string;
  partyUuid: string;
  lastModified: Date;
}

/** Writes a framework as an OSCAL catalog (validates against the NIST schema; see the unit test). */
export function frameworkToOscal(framework: FrameworkDefinition, options: OscalExportOptions): object {
  const children = new Map<string | null, RequirementDefinition[]>();
  for (const r of framework.requirements) {
    const list = children.get(r.parent) ?? [];
    list.push(r);
    children.set(r.parent, list);
  }
  const ns = (name: string, value: string): OscalProperty => ({ name, ns: MKIB_NS, value: oneLine(value) });
  const parts = (r: RequirementDefinition, prefix: string) =>
    r.text
      ? { parts: [{ id: `${oscalId(prefix, r.identifier)}_smt`, name: 'statement', prose: r.text }] }
      : {};
  const toControl = (r: RequirementDefinition): OscalControl => {
    const prefix = r.kind === 'MAATREGEL' ? 'm' : 'c';
    const kids = (children.get(r.identifier) ?? []).map(toControl);
    const props: OscalProperty[] = [{ name: 'label', value: r.identifier }];
    if (!r.title) props.push(ns('title-generated', 'true'));
    if (r.status) props.push(ns('status', r.status));
    if (r.refersTo.length) props.push(ns('refers-to', r.refersTo.join(' ')));
    return {
      id: oscalId(prefix, r.identifier),
      class: r.kind === 'MAATREGEL' ? 'maatregel' : 'control',
      title: r.title
        ? oneLine(r.title)
        : `${r.kind === 'MAATREGEL' ? 'Maatregel' : 'Control'} ${r.identifier}`,
      props,
      ...parts(r, prefix),
      ...(kids.length ? { controls: kids } : {}),
    };
  };
  const top = children.get(null) ?? [];
  const groups = top
    .filter((r) => r.kind === 'THEMA')
    .map((t) => {
      const controls = (children.get(t.identifier) ?? []).map(toControl);
      return {
        id: oscalId('g', t.identifier),
        class: 'thema',
        title: t.title ? oneLine(t.title) : `Thema ${t.identifier}`,
        props: [{ name: 'label', value: t.identifier }],
        ...parts(t, 'g'),
        ...(controls.length ? { controls } : {}),
      };
    });
  const loose = top.filter((r) => r.kind !== 'THEMA').map(toControl);
  const metadataProps = [ns('licence', framework.licence)];
  if (framework.attribution.trim()) metadataProps.push(ns('attribution', framework.attribution));
  if (framework.source.trim()) metadataProps.push(ns('source', framework.source));
  return {
    catalog: {
      uuid: options.uuid,
      metadata: {
        title: oneLine(framework.name),
        'last-modified': options.lastModified.toISOString(),
        version: oneLine(framework.version),
        'oscal-version': OSCAL_VERSION,
        props: metadataProps,
        roles: [{ id: 'publisher', title: 'Publisher' }],
        parties: [{ uuid: options.partyUuid, type: 'organization', name: oneLine(framework.publisher) }],
        'responsible-parties': [{ 'role-id': 'publisher', 'party-uuids': [options.partyUuid] }],
        ...(framework.attribution.trim() ? { remarks: framework.attribution } : {}),
      },
      ...(groups.length ? { groups } : {}),
      ...(loose.length ? { controls: loose } : {}),
    },
  };
}
