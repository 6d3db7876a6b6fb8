import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';

/** The NIST OSCAL 1.2.1 POA&M schema the risk service's export must satisfy (copied in by issue 16). */
export const OSCAL_POAM_SCHEMA = join(
  __dirname,
  '../../../../libs/domain/risk/data/oscal/oscal_poam_schema.json',
);

/**
 * Validates a document against the OSCAL POA&M schema (ajv's 2020 build with the draft-07 meta-schema the NIST schema declares, and formats): the
 * errors, or [] when it is valid. Kept out of the specs: the import path names the draft's year.
 */
export function oscalPoamErrors(document: unknown): unknown[] {
  if (!existsSync(OSCAL_POAM_SCHEMA)) return [`no schema at ${OSCAL_POAM_SCHEMA}`];
  // The NIST schema declares draft-07 and uses keywords strict mode does not know.
  const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: true });
  ajv.addMetaSchema(draft07);
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(OSCAL_POAM_SCHEMA, 'utf8')));
  return validate(document) ? [] : (validate.errors ?? []);
}
