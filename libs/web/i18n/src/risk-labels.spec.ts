import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { resources } from './resources';

/**
 * Names, not codes: every value of the risk enums the screens show (states, levels, treatments, positions,
 * acceptance states, scopes, kinds) has a Dutch and an English label, so no raw code reaches a user.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8'), {
  assumeValidSDL: true,
});
const GROUPS: [enumName: string, group: string][] = [
  ['RiskAnalysisState', 'states'],
  ['RiskLevel', 'levels'],
  ['RiskTreatmentKind', 'treatments'],
  ['RiskConsultationPosition', 'positions'],
  ['RiskAcceptanceState', 'acceptanceStates'],
  ['RiskAnalysisScope', 'scopes'],
  ['RiskAnalysisKind', 'kinds'],
];

describe('risk labels', () => {
  it.each(GROUPS)('every %s has a label in Dutch and English', (enumName, group) => {
    const values = (schema.getType(enumName) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values.length).toBeGreaterThan(1);
    for (const language of ['nl', 'en'] as const) {
      const labels = (
        resources[language].translation.risk as unknown as Record<string, Record<string, string>>
      )[group];
      expect({ language, missing: values.filter((v) => !labels[v]) }).toEqual({ language, missing: [] });
    }
  });

  it('has a Dutch label for the risk consultation reminder', () => {
    expect(resources.nl.translation.reminders.milestones.RISICOCONSULTATIE).toBe('Reactie op risicoanalyse');
  });
});
