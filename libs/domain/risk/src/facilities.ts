import { addYears } from '@mkib/domain-shared';
import type { Bbn, BivRating } from './classification';

export const COMPONENT_KINDS = [
  'TERMINAL',
  'NETWERK',
  'APPLICATIE',
  'INFRASTRUCTUUR',
  'LOCATIE',
  'DIENST',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export interface FacilityComponent {
  name: string;
  kind: ComponentKind;
  /** Used outside the dispatch centres too (street, vehicles, home working): in scope all the same (SK-T1). */
  usedOutsideMeldkamer: boolean;
}

export interface FacilityDefinition {
  code: string;
  name: string;
  description: string;
  components: FacilityComponent[];
  /** Party codes of the hoofdgebruikers (main users) of this facility. */
  usedBy: string[];
  biv: BivRating;
  bbn: Bbn;
}

const DISCIPLINES_WITH_KMAR = ['politie', 'ambulance', 'brandweer', 'kmar'];

/**
 * The six facilities in the regulation's scope (toelichting, "Reikwijdte"). For C2000 (Spoedrespons)
 * Defensie, not the KMar, is the hoofdgebruiker (Art. 1f; SK-T2). Initial ratings are a starting point
 * the LMS re-calibrates.
 */
export const FACILITIES_IN_SCOPE: FacilityDefinition[] = [
  {
    code: 'SPOEDVRAAG',
    name: 'Voorziening Spoedvraag',
    description: 'Aanname en doorverbinding van de noodoproep (112) tot aan de meldkamer.',
    components: [
      { name: '112-aanname en doorschakeling', kind: 'DIENST', usedOutsideMeldkamer: false },
      { name: 'Telefonie-infrastructuur meldkamer', kind: 'INFRASTRUCTUUR', usedOutsideMeldkamer: false },
    ],
    usedBy: DISCIPLINES_WITH_KMAR,
    biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
    bbn: 2,
  },
  {
    code: 'SPOEDRESPONS',
    name: 'Voorziening Spoedrespons (C2000)',
    description: 'Het C2000-communicatienetwerk voor de hulpdiensten, ook buiten de meldkamer.',
    components: [
      {
        name: 'C2000-portofoons en mobilofoons op straat en in voertuigen',
        kind: 'TERMINAL',
        usedOutsideMeldkamer: true,
      },
      { name: 'C2000-basisstations en transportnetwerk', kind: 'NETWERK', usedOutsideMeldkamer: true },
      { name: 'Meldkamerkoppeling C2000', kind: 'APPLICATIE', usedOutsideMeldkamer: false },
    ],
    usedBy: ['politie', 'ambulance', 'brandweer', 'defensie'],
    biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
    bbn: 2,
  },
  {
    code: 'GMS',
    name: 'Voorziening Gemeenschappelijk Meldkamer Systeem (GMS)',
    description: 'Het gemeenschappelijke meldkamersysteem voor intake, uitgifte en coördinatie.',
    components: [
      { name: 'GMS-applicatie', kind: 'APPLICATIE', usedOutsideMeldkamer: false },
      { name: 'Mobiele GMS-clients in voertuigen', kind: 'TERMINAL', usedOutsideMeldkamer: true },
    ],
    usedBy: DISCIPLINES_WITH_KMAR,
    biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'HOOG' },
    bbn: 2,
  },
  {
    code: 'OIS',
    name: 'Voorziening Ondersteunende informatiesystemen',
    description: 'Systemen die de meldkamerprocessen ondersteunen, zoals kaartmateriaal en registratie.',
    components: [
      { name: 'Geografische informatievoorziening', kind: 'APPLICATIE', usedOutsideMeldkamer: false },
      { name: 'Laptops en telefoons van meldkamermedewerkers', kind: 'TERMINAL', usedOutsideMeldkamer: true },
    ],
    usedBy: DISCIPLINES_WITH_KMAR,
    biv: { beschikbaarheid: 'MIDDEN', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
    bbn: 2,
  },
  {
    code: 'IVICT',
    name: 'Voorziening IV/ICT infrastructuur',
    description: 'Het landelijke netwerk en de rekencentra die de tien meldkamers verbinden (24/7).',
    components: [
      { name: 'Landelijk meldkamernetwerk', kind: 'NETWERK', usedOutsideMeldkamer: false },
      { name: 'Rekencentra', kind: 'INFRASTRUCTUUR', usedOutsideMeldkamer: false },
    ],
    usedBy: DISCIPLINES_WITH_KMAR,
    biv: { beschikbaarheid: 'HOOG', integriteit: 'HOOG', vertrouwelijkheid: 'MIDDEN' },
    bbn: 2,
  },
  {
    code: 'HUISVESTING',
    name: 'Voorziening Huisvesting en facilitaire services',
    description: 'Gebouwen, fysieke beveiliging en facilitaire diensten van de meldkamers.',
    components: [
      { name: 'Meldkamerlocaties', kind: 'LOCATIE', usedOutsideMeldkamer: false },
      { name: 'Toegangsbeveiliging en bewaking', kind: 'DIENST', usedOutsideMeldkamer: false },
    ],
    usedBy: DISCIPLINES_WITH_KMAR,
    biv: { beschikbaarheid: 'HOOG', integriteit: 'MIDDEN', vertrouwelijkheid: 'MIDDEN' },
    bbn: 1,
  },
];

/**
 * The review date a facility is seeded with: the first 30 June at least a year after `today` (ISO date),
 * so the LMS has a year to re-calibrate the initial ratings, and the date never lies in the past.
 */
export function initialReviewDue(today: string): string {
  const inAYear = addYears(today, 1);
  const year = Number(inAYear.slice(0, 4));
  const june30 = `${year}-06-30`;
  return june30 >= inAYear ? june30 : `${year + 1}-06-30`;
}
