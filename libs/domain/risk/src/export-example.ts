import type { RiskAnalysisView } from './risk-analysis-types';

const DAY = 86_400_000;
const day = (from: Date, offset: number) =>
  new Date(from.getTime() + offset * DAY).toISOString().slice(0, 10);
const at = (from: Date, offset: number) => new Date(from.getTime() + offset * DAY).toISOString();

/**
 * A whole analysis as plain data, dated from `now`: what the exports' tests (PDF, Excel, POA&M) render
 * without a database. The LMS's analysis of a shared facility, final after a consultation round with a
 * remark the LMS answered, with one risk per treatment kind (one acceptance still proposed).
 */
export function exampleRiskAnalysisView(
  now: Date,
  overrides: Partial<RiskAnalysisView> = {},
): RiskAnalysisView {
  return {
    id: '4c3e0f36-9a57-4f0e-8d0e-3c1f7a9b2d10',
    number: `RA-${now.getUTCFullYear()}-001`,
    version: 2,
    title: 'Risicoanalyse GMS',
    description: 'De risico’s van het gemeenschappelijk meldkamersysteem voor de hoofdgebruikers.',
    kind: 'REGULIER',
    scope: 'GEDEELDE_VOORZIENING',
    ownerParty: 'lms',
    facilityCodes: ['GMS'],
    method: 'BIO2 + BBN3 (GMS)',
    state: 'DEFINITIEF',
    dueDate: day(now, 10),
    createdBy: 'lms-operator@lms',
    createdAt: at(now, -40),
    finalisedBy: 'lms-operator@lms',
    finalisedAt: at(now, -1),
    finalisedPastDeadlineNote: 'Defensie reageerde niet voor de termijn; vastgesteld na telefonisch overleg.',
    previousVersionId: '0d9b8f5e-2c4a-4b1e-9f6d-7a8b9c0d1e2f',
    supersededById: null,
    threats: [
      {
        id: 'b1a3c6e0-1f2d-4e5a-8b7c-9d0e1f2a3b4c',
        catalogueCode: 'STATELIJKE_ACTOREN',
        name: 'Statelijke actoren',
        description: 'Spionage en sabotage door of namens een staat.',
      },
      {
        id: 'c2b4d7f1-2a3e-4f6b-9c8d-0e1f2a3b4c5d',
        catalogueCode: null,
        name: 'Uitval koppeling meldkamer–GMS',
        description: 'Eigen dreiging van de analist.',
      },
    ],
    risks: [
      {
        id: 'd3c5e8a2-3b4f-4a7c-8d9e-1f2a3b4c5d6e',
        title: 'Ongeautoriseerde toegang tot incidentgegevens',
        description: 'Een statelijke actor verkrijgt toegang tot de incidentgegevens via een beheeraccount.',
        facilityCode: 'GMS',
        threatIds: ['b1a3c6e0-1f2d-4e5a-8b7c-9d0e1f2a3b4c'],
        inherent: { likelihood: 4, impact: 5, level: 'ZEER_HOOG' },
        residual: { likelihood: 2, impact: 4, level: 'MIDDEN' },
        treatment: {
          id: 'e4d6f9b3-4c5a-4b8d-9e0f-2a3b4c5d6e7f',
          originId: 'e4d6f9b3-4c5a-4b8d-9e0f-2a3b4c5d6e7f',
          kind: 'MITIGEREN',
          description: 'Tweefactorauthenticatie en logging voor alle beheeraccounts.',
          measures: [
            { frameworkCode: 'BIO2', identifier: '5.15' },
            { frameworkCode: 'BIO2', identifier: '8.15' },
          ],
          owner: 'Teamleider ICT-beheer LMS',
          dueDate: day(now, 90),
          status: 'OPEN',
          completedBy: null,
          completedAt: null,
          completionNote: null,
          acceptance: null,
        },
      },
      {
        id: 'f5e7a0c4-5d6b-4c9e-8f1a-3b4c5d6e7f80',
        title: 'Uitval van de koppeling',
        description: 'De koppeling valt langer dan een uur uit.',
        facilityCode: 'GMS',
        threatIds: ['c2b4d7f1-2a3e-4f6b-9c8d-0e1f2a3b4c5d'],
        inherent: { likelihood: 3, impact: 4, level: 'HOOG' },
        residual: { likelihood: 3, impact: 4, level: 'HOOG' },
        treatment: {
          id: 'a6f8b1d5-6e7c-4dab-9a2b-4c5d6e7f8091',
          originId: 'a6f8b1d5-6e7c-4dab-9a2b-4c5d6e7f8091',
          kind: 'ACCEPTEREN',
          description: 'Het restrisico wordt geaccepteerd; uitwijk is handmatig.',
          measures: [],
          owner: 'Directeur LMS',
          dueDate: day(now, 30),
          status: 'OPEN',
          completedBy: null,
          completedAt: null,
          completionNote: null,
          acceptance: {
            state: 'VOORGESTELD',
            proposedBy: 'lms-operator@lms',
            proposedAt: at(now, -2),
            decidedBy: null,
            decidedAt: null,
            reasoning: null,
            reviewDate: null,
          },
        },
      },
      {
        id: '17a9c2e6-7f8d-4ebc-8b3c-5d6e7f8091a2',
        title: 'Sabotage via een leverancier',
        description: '',
        facilityCode: 'GMS',
        threatIds: ['b1a3c6e0-1f2d-4e5a-8b7c-9d0e1f2a3b4c'],
        inherent: { likelihood: 2, impact: 5, level: 'HOOG' },
        residual: { likelihood: 1, impact: 5, level: 'MIDDEN' },
        treatment: {
          id: '28bad3f7-8a9e-4fcd-9c4d-6e7f8091a2b3',
          originId: '28bad3f7-8a9e-4fcd-9c4d-6e7f8091a2b3',
          kind: 'OVERDRAGEN',
          description: 'Contractuele eisen en een verzekering bij de leverancier.',
          measures: [],
          owner: 'Inkoop LMS',
          dueDate: day(now, 60),
          status: 'OPEN',
          completedBy: null,
          completedAt: null,
          completionNote: null,
          acceptance: null,
        },
      },
    ],
    consultation: {
      respondBy: day(now, -5),
      openedAt: at(now, -30),
      openedBy: 'lms-operator@lms',
      parties: ['politie', 'ambulance', 'defensie'],
      responses: [
        {
          id: '39cbe4a8-9bab-4ade-8d5e-7f8091a2b3c4',
          party: 'politie',
          position: 'AKKOORD',
          reasoning: 'Geen opmerkingen.',
          respondedBy: 'security-officer@politie',
          respondedAt: at(now, -20),
          answer: null,
          answeredBy: null,
          answeredAt: null,
        },
        {
          id: '4adcf5b9-acbc-4bef-9e6f-8091a2b3c4d5',
          party: 'ambulance',
          position: 'NIET_AKKOORD',
          reasoning: 'De impact van uitval is voor de ambulancezorg catastrofaal.',
          respondedBy: 'security-officer@ambulance',
          respondedAt: at(now, -15),
          answer: 'De impact is verhoogd naar 4; de uitwijk wordt jaarlijks geoefend.',
          answeredBy: 'lms-operator@lms',
          answeredAt: at(now, -10),
        },
      ],
    },
    ...overrides,
  };
}
