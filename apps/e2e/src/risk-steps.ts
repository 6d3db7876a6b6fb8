import { AsAccount, GraphQLResponse } from '@mkib/testing';

/** The steps of a risk consultation a browser test does not click, through the gateway. */
const ok = <T = any>(r: GraphQLResponse<T>, what: string): T => {
  if (r.errors?.length) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
  return r.data as T;
};

/** The id of the LMS's analysis with this number (its newest version). */
export async function lmsAnalysisNumbered(as: AsAccount, number: string): Promise<string> {
  const data = ok(
    await as('lms-operator@lms')(`{ riskRegister { analyses { id number version } } }`),
    'riskRegister',
  );
  const found = (data.riskRegister.analyses as { id: string; number: string; version: number }[])
    .filter((a) => a.number === number)
    .sort((a, b) => b.version - a.version)[0];
  if (!found) throw new Error(`no analysis ${number}`);
  return found.id;
}

/** Each officer agrees with the analysis in consultation. */
export async function agreeAs(as: AsAccount, officers: readonly string[], analysisId: string) {
  for (const officer of officers)
    ok(
      await as(officer)(
        `mutation($i: RespondToRiskConsultationInput!) { respondToRiskConsultation(input: $i) { id } }`,
        {
          i: {
            analysisId,
            position: 'AKKOORD',
            reasoning: 'Akkoord: de analyse dekt de risico’s van ons gebruik van de voorziening.',
          },
        },
      ),
      `respondToRiskConsultation (${officer})`,
    );
}

/**
 * An LMS analysis of GMS with one threat from the catalogue and one risk, in consultation until `respondBy`
 * (the screens of the editor, the detail and the inbox then have content). Returns its number.
 */
export async function analysisInConsultation(as: AsAccount, respondBy: string, dueDate: string) {
  const lms = as('lms-operator@lms');
  const drafted = ok(
    await lms(`mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id number } }`, {
      i: {
        title: 'Risicoanalyse GMS (toegankelijkheid)',
        description: 'Een analyse die deze test aanmaakt om de schermen met inhoud te controleren.',
        scope: 'GEDEELDE_VOORZIENING',
        facilityCodes: ['GMS'],
      },
    }),
    'draftRiskAnalysis',
  ).draftRiskAnalysis as { id: string; number: string };
  const threats = ok(await lms(`{ threats { code } }`), 'threats').threats as { code: string }[];
  ok(
    await lms(`mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id } }`, {
      i: {
        id: drafted.id,
        title: 'Risicoanalyse GMS (toegankelijkheid)',
        description: 'Een analyse die deze test aanmaakt om de schermen met inhoud te controleren.',
        threats: [{ catalogueCode: threats[0].code }],
        risks: [
          {
            title: 'Uitval van GMS',
            description: 'GMS is niet beschikbaar voor de meldkamers.',
            facilityCode: 'GMS',
            threatIndexes: [0],
            inherent: { likelihood: 3, impact: 4 },
            residual: { likelihood: 2, impact: 2 },
            treatment: {
              kind: 'MITIGEREN',
              description: 'Uitwijklocatie en periodieke uitwijktest.',
              measures: [{ frameworkCode: 'BIO2', identifier: '5.01.01' }],
              owner: 'Teamleider ICT LMS',
              dueDate,
            },
          },
        ],
      },
    }),
    'updateRiskAnalysis',
  );
  ok(
    await lms(`mutation($i: OpenRiskConsultationInput!) { openRiskConsultation(input: $i) { id } }`, {
      i: { analysisId: drafted.id, respondBy },
    }),
    'openRiskConsultation',
  );
  return drafted.number;
}
