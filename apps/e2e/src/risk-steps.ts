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
 * An analysis of GMS in CONCEPT with one threat from the catalogue and one risk: the LMS's of the shared
 * facility, or a hoofdgebruiker's of its own use. ACCEPTEREN with a high residual risk proposes an acceptance
 * for the accountable official. Returns its id and number.
 */
export async function draftWithRisk(
  as: AsAccount,
  account: string,
  options: { dueDate: string; accept?: boolean },
): Promise<{ id: string; number: string }> {
  const send = as(account);
  const lms = account.endsWith('@lms');
  const head = {
    title: lms ? 'Risicoanalyse GMS (toegankelijkheid)' : 'Eigen gebruik van GMS (toegankelijkheid)',
    description: 'Een analyse die deze test aanmaakt om de schermen met inhoud te controleren.',
  };
  const drafted = ok(
    await send(`mutation($i: DraftRiskAnalysisInput!) { draftRiskAnalysis(input: $i) { id number } }`, {
      i: { ...head, scope: lms ? 'GEDEELDE_VOORZIENING' : 'EIGEN_GEBRUIK', facilityCodes: ['GMS'] },
    }),
    'draftRiskAnalysis',
  ).draftRiskAnalysis as { id: string; number: string };
  const threats = ok(await send(`{ threats { code } }`), 'threats').threats as { code: string }[];
  ok(
    await send(`mutation($i: UpdateRiskAnalysisInput!) { updateRiskAnalysis(input: $i) { id } }`, {
      i: {
        id: drafted.id,
        ...head,
        threats: [{ catalogueCode: threats[0].code }],
        risks: [
          {
            title: 'Uitval van GMS',
            description: 'GMS is niet beschikbaar voor de meldkamers.',
            facilityCode: 'GMS',
            threatIndexes: [0],
            inherent: { likelihood: 4, impact: 4 },
            residual: options.accept ? { likelihood: 4, impact: 4 } : { likelihood: 2, impact: 2 },
            treatment: options.accept
              ? {
                  kind: 'ACCEPTEREN',
                  description: 'Het restrisico wordt gedragen tot de vervanging van GMS.',
                  measures: [],
                  owner: 'CISO',
                  dueDate: options.dueDate,
                }
              : {
                  kind: 'MITIGEREN',
                  description: 'Uitwijklocatie en periodieke uitwijktest.',
                  measures: [{ frameworkCode: 'BIO2', identifier: '5.01.01' }],
                  owner: 'Teamleider ICT',
                  dueDate: options.dueDate,
                },
          },
        ],
      },
    }),
    'updateRiskAnalysis',
  );
  return drafted;
}

/** An LMS analysis of GMS with one risk, in consultation until `respondBy`. Returns its number. */
export async function analysisInConsultation(as: AsAccount, respondBy: string, dueDate: string) {
  const drafted = await draftWithRisk(as, 'lms-operator@lms', { dueDate });
  ok(
    await as('lms-operator@lms')(
      `mutation($i: OpenRiskConsultationInput!) { openRiskConsultation(input: $i) { id } }`,
      { i: { analysisId: drafted.id, respondBy } },
    ),
    'openRiskConsultation',
  );
  return drafted.number;
}
