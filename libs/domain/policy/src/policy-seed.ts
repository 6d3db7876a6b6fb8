import type { RequirementRef } from './bbn-profile';
import { normaliseContent } from './policy-content';
import type {
  PolicyContent,
  PolicyNorm,
  PolicyProcess,
  PolicyRule,
  PolicyTopic,
  Raci,
  Responsibility,
} from './policy-document';

/**
 * Version 1 of the information-security policy of the meldkamervoorzieningen (SK-2.2), seeded from the
 * Strategisch kader informatiebeveiliging meldkamervoorzieningen. Where the regulation speaks, the text
 * quotes it (art. 2-5 and the explanatory notes on the BIO addendum and the Voorziening Spoedrespons);
 * the rest is written for the platform. Every norm and rule links BIO2 government measures of the seeded
 * catalogue. Later versions change only through an adopted change proposal (SK-3.1).
 */

export const POLICY_SEED_TITLE = 'Informatiebeveiligingsbeleid meldkamervoorzieningen, versie 1';
export const POLICY_SEED_SUMMARY =
  'Eerste versie, opgesteld op grond van artikel 2, tweede lid, van het Strategisch kader ' +
  'informatiebeveiliging meldkamervoorzieningen: de taken, verantwoordelijkheden en bevoegdheden van de ' +
  'hoofdgebruikers en de beheerder (onder a), de gemeenschappelijke eisen uit het basisbeveiligingsniveau ' +
  '(onder b), de gemeenschappelijke normen (onder c) en het BIO-addendum met de betrouwbaarheidseisen.';
export const POLICY_SEED_RECALIBRATION_MONTHS = 12;

const BIO = (...identifiers: string[]): RequirementRef[] =>
  identifiers.map((identifier) => ({ frameworkCode: 'BIO2', identifier }));

const HOOFDGEBRUIKERS = ['politie', 'brandweer', 'ambulance', 'kmar'] as const;
const NAMES: Record<string, string> = {
  politie: 'De politie',
  brandweer: 'De brandweer (veiligheidsregio’s)',
  ambulance: 'De ambulancezorg (RAV’s)',
  kmar: 'De Koninklijke Marechaussee',
};

const cell = (process: PolicyProcess, party: string, raci: Raci[], tasks: string): Responsibility => ({
  process,
  party,
  raci,
  tasks,
});

/** Each hoofdgebruiker (not Defensie) the same role in a process, with its own name in the text. */
const perHoofdgebruiker = (process: PolicyProcess, raci: Raci[], tasks: (name: string) => string) =>
  HOOFDGEBRUIKERS.map((party) => cell(process, party, raci, tasks(NAMES[party])));

const DEFENSIE_ONLY_C2000 =
  'Defensie is alleen voor de C2000-communicatievoorziening hoofdgebruiker, in plaats van de Koninklijke ' +
  'Marechaussee (artikel 1, onder f). Defensie wordt geïnformeerd over dit proces voor zover het C2000 raakt.';

const responsibilities: Responsibility[] = [
  // Risicomanagement (art. 4.2, 5.2).
  cell(
    'RISK_MANAGEMENT',
    'lms',
    ['R', 'A'],
    'De beheerder richt een risicomanagementproces in voor de gemeenschappelijke meldkamervoorzieningen, ' +
      'conform de normen van de BIO, en in het bijzonder het bepaalde basisbeveiligingsniveau (artikel 4, ' +
      'tweede lid). Stelt de risicoanalyses over de beheerstaken op, stelt per voorziening de BIV-classificatie ' +
      'en het BBN voor en voert boven BBN2 de aanvullende risicoanalyse uit. Betrekt en consulteert de ' +
      'hoofdgebruikers bij dit proces en de bijbehorende risicoanalyses.',
  ),
  ...perHoofdgebruiker(
    'RISK_MANAGEMENT',
    ['R', 'A', 'C'],
    (name) =>
      `${name} richt een risicomanagementproces in voor de door haar gebruikte meldkamervoorzieningen, ` +
      'conform de normen van de BIO, en in het bijzonder het bepaalde basisbeveiligingsniveau (artikel 5, ' +
      'tweede lid). Wordt door de beheerder geconsulteerd over de risicoanalyses van de gemeenschappelijke ' +
      'voorzieningen en levert daarvoor de operationele inbreng.',
  ),
  cell(
    'RISK_MANAGEMENT',
    'defensie',
    ['C', 'I'],
    'Wordt geconsulteerd over de risicoanalyses van de Voorziening Spoedrespons (C2000), waarvan Defensie ' +
      'hoofdgebruiker is, en richt voor het eigen gebruik van C2000 een risicomanagementproces in.',
  ),

  // Implementatieplan (art. 2.3, 2.4, 4.1, 5.1).
  cell(
    'IMPLEMENTATION_PLAN',
    'lms',
    ['R', 'A'],
    'Stelt een implementatieplan op waarin inzichtelijk is hoe het strategisch kader en dit beleid, of een ' +
      'wijziging daarvan, binnen de eigen beheerorganisatie wordt geïmplementeerd en toegepast (artikel 2, ' +
      'derde lid; artikel 4, eerste lid). Rapporteert periodiek over de voortgang aan de multidisciplinaire ' +
      'sturingslijn via de PDCA-cyclus van het beleids- en bestedingsplan meldkamers (artikel 2, vierde lid).',
  ),
  ...perHoofdgebruiker(
    'IMPLEMENTATION_PLAN',
    ['R', 'A'],
    (name) =>
      `${name} stelt een implementatieplan op voor de eigen organisatie en de medegebruikers onder haar ` +
      'verantwoordelijkheid (artikel 2, derde lid; artikel 5, eerste en vierde lid) en rapporteert periodiek ' +
      'over de voortgang aan het Strategisch Meldkamer Beraad via de PDCA-cyclus.',
  ),
  cell(
    'IMPLEMENTATION_PLAN',
    'defensie',
    ['R', 'A'],
    'Stelt voor het gebruik van de C2000-communicatievoorziening een implementatieplan op en rapporteert ' +
      'over de voortgang via de PDCA-cyclus van het beleids- en bestedingsplan meldkamers.',
  ),

  // Monitoring van de naleving (art. 4.4, 5.3, 3.3).
  cell(
    'COMPLIANCE_MONITORING',
    'lms',
    ['R', 'A'],
    'De beheerder monitort de naleving van het informatiebeveiligingsbeleid meldkamervoorzieningen door de ' +
      'eigen organisatie (artikel 4, vierde lid) en houdt de stand van de maatregelen per voorziening bij. ' +
      'Bereidt de besluitvorming over wijziging van dit beleid voor, in samenwerking met de hoofdgebruikers ' +
      '(artikel 4, derde lid).',
  ),
  ...perHoofdgebruiker(
    'COMPLIANCE_MONITORING',
    ['R', 'A'],
    (name) =>
      `${name} monitort de naleving van het informatiebeveiligingsbeleid meldkamervoorzieningen door de eigen ` +
      'organisatie (artikel 5, derde lid) en door de medegebruikers onder haar verantwoordelijkheid; ' +
      'medegebruikers rapporteren haar over de status van de implementatie.',
  ),
  cell(
    'COMPLIANCE_MONITORING',
    'defensie',
    ['R', 'A'],
    'Monitort de naleving bij het eigen gebruik van C2000. ' + DEFENSIE_ONLY_C2000,
  ),

  // ICV (art. 3.5, 4.5, 5.5).
  cell(
    'ICV',
    'lms',
    ['R', 'A'],
    'De beheerder stelt jaarlijks een ICV op ten aanzien van het beheer van de meldkamervoorzieningen ' +
      '(artikel 4, vijfde lid); de ICV van de beheerder is uitsluitend gericht op de beheerorganisatie. ' +
      'Verzamelt de ICV’s voor de bespreking in het Strategisch Meldkamer Beraad.',
  ),
  ...perHoofdgebruiker(
    'ICV',
    ['R', 'A'],
    (name) =>
      `${name} geeft jaarlijks een ICV af voor bespreking in het Strategisch Meldkamer Beraad (artikel 5, ` +
      'vijfde lid). In de ICV worden ook de medegebruikers die onder haar verantwoordelijkheid vallen ' +
      'meegenomen.',
  ),
  cell(
    'ICV',
    'defensie',
    ['R', 'A'],
    'Geeft jaarlijks een ICV af over het gebruik van de C2000-communicatievoorziening, voor bespreking in het ' +
      'Strategisch Meldkamer Beraad.',
  ),

  // Incidentafhandeling.
  cell(
    'INCIDENT_HANDLING',
    'lms',
    ['R', 'A'],
    'Richt het meldloket en de meldprocedure voor informatiebeveiligingsincidenten op de gemeenschappelijke ' +
      'voorzieningen in, lost incidenten in het beheer op, informeert de getroffen hoofdgebruikers onverwijld ' +
      'en analyseert de oorzaken zodat verbeteringen worden doorgevoerd.',
  ),
  ...perHoofdgebruiker(
    'INCIDENT_HANDLING',
    ['R', 'C'],
    (name) =>
      `${name} meldt incidenten in het gebruik van de meldkamervoorzieningen direct bij het meldloket van de ` +
      'beheerder, lost incidenten in de eigen organisatie op en wordt geconsulteerd over de maatregelen die ' +
      'de operatie raken.',
  ),
  cell(
    'INCIDENT_HANDLING',
    'defensie',
    ['R', 'C'],
    'Meldt incidenten in het gebruik van C2000 bij het meldloket van de beheerder en wordt geconsulteerd ' +
      'over maatregelen die het gebruik van C2000 door Defensie raken.',
  ),

  // C2000 buiten de meldkamer.
  cell(
    'C2000_OUTSIDE_MELDKAMER',
    'lms',
    ['R', 'A'],
    'Beheert de Voorziening Spoedrespons (C2000) als vitale voorziening, stelt de voorwaarden voor ' +
      'randapparatuur en gebruik buiten de meldkamer vast en houdt de registratie van aangesloten ' +
      'randapparatuur en gebruikers bij. Maakt met bijzondere gebruikers die niet onder een hoofdgebruiker ' +
      'vallen afzonderlijke afspraken over hun rapportage.',
  ),
  ...['politie', 'brandweer', 'ambulance'].map((party) =>
    cell(
      'C2000_OUTSIDE_MELDKAMER',
      party,
      ['R'],
      `${NAMES[party]} is verantwoordelijk voor het veilig gebruik van C2000-randapparatuur door de eigen ` +
        'eenheden en medegebruikers buiten de meldkamer: uitgifte, registratie, blokkeren bij verlies en ' +
        'melden van incidenten bij de beheerder.',
    ),
  ),
  cell(
    'C2000_OUTSIDE_MELDKAMER',
    'kmar',
    ['I'],
    'Voor de Voorziening Spoedrespons (C2000) is niet de Koninklijke Marechaussee maar Defensie ' +
      'hoofdgebruiker (artikel 1, onder f); de Koninklijke Marechaussee wordt geïnformeerd.',
  ),
  cell(
    'C2000_OUTSIDE_MELDKAMER',
    'defensie',
    ['R'],
    'Defensie is hoofdgebruiker voor zover het de C2000-communicatievoorziening betreft (artikel 1, onder f) ' +
      'en is verantwoordelijk voor het veilig gebruik van C2000-randapparatuur door de eigen eenheden, ' +
      'waaronder de Koninklijke Marechaussee, buiten de meldkamer.',
  ),
];

const norm = (key: string, title: string, text: string, measures: RequirementRef[]): PolicyNorm => ({
  key,
  title,
  text,
  measures,
});

const norms: PolicyNorm[] = [
  norm(
    'N-01',
    'De BIO is het minimum',
    '“De informatiebeveiliging van de meldkamervoorzieningen wordt ingericht volgens ten minste de BIO” ' +
      '(artikel 2, eerste lid). De BIO wordt in alle lagen en niveaus van de betrokken organisaties ' +
      'geïmplementeerd; de van toepassing zijnde verplichtingen uit andere wet- en regelgeving worden ' +
      'additioneel geïmplementeerd.',
    BIO('5.01.01', '5.01.02'),
  ),
  norm(
    'N-02',
    'Rollen, taken en verantwoordelijkheden',
    'De taken, verantwoordelijkheden en bevoegdheden van de hoofdgebruikers en de beheerder zijn vastgelegd ' +
      'in de verantwoordelijkhedentabel van dit beleid (artikel 2, tweede lid, onder a). Elke partij wijst ' +
      'een functionaris aan die onafhankelijk adviseert en rapporteert over informatiebeveiliging.',
    BIO('5.02.01', '5.02.02'),
  ),
  norm(
    'N-03',
    'Een basisbeveiligingsniveau per voorziening',
    'Elke meldkamervoorziening heeft een vastgestelde BIV-classificatie en een daaruit volgend ' +
      'basisbeveiligingsniveau (BBN). Nieuwe voorzieningen en significante wijzigingen worden vooraf ' +
      'geclassificeerd.',
    BIO('5.12.01', '5.08.01'),
  ),
  norm(
    'N-04',
    'Maatregelen volgens het BBN-profiel',
    'De gemeenschappelijke eisen zijn de maatregelen die volgen uit het basisbeveiligingsniveau (artikel 2, ' +
      'tweede lid, onder b): per BBN het geldende BBN-profiel. Boven BBN2 bepaalt een aanvullende ' +
      'risicoanalyse welke maatregelen aanvullend op de BIO worden geïmplementeerd.',
    BIO('5.08.01', '8.27.01'),
  ),
  norm(
    'N-05',
    'Risicomanagement als PDCA-cyclus',
    'De beheerder en elke hoofdgebruiker richten een risicomanagementproces in conform de normen van de BIO ' +
      '(artikel 4, tweede lid; artikel 5, tweede lid) en doorlopen het als Plan-Do-Check-Act-cyclus: risico’s ' +
      'identificeren, beoordelen, sturen en beheersen, en continu verbeteren.',
    BIO('5.21.05', '5.36.01'),
  ),
  norm(
    'N-06',
    'Implementatieplannen en voortgangsrapportage',
    'De beheerder en de hoofdgebruikers stellen een implementatieplan op en rapporteren periodiek over de ' +
      'voortgang aan de multidisciplinaire sturingslijn via de PDCA-cyclus van het beleids- en ' +
      'bestedingsplan meldkamers (artikel 2, derde en vierde lid).',
    BIO('5.36.01', '5.35.02'),
  ),
  norm(
    'N-07',
    'Jaarlijkse in-controlverklaring',
    'De beheerder en elke hoofdgebruiker geven jaarlijks een ICV af (artikel 4, vijfde lid; artikel 5, vijfde ' +
      'lid). Het Strategisch Meldkamer Beraad bespreekt de ICV’s; het Bestuurlijk Meldkamer Beraad besluit ' +
      'daarover, horende het advies van het Strategisch Meldkamer Beraad (artikel 3, vijfde lid).',
    BIO('5.35.02', '5.36.01'),
  ),
  norm(
    'N-08',
    'Medegebruikers',
    'Elke hoofdgebruiker is zelf verantwoordelijk voor het implementeren en naleven van dit beleid door ' +
      'medegebruikers die onder zijn verantwoordelijkheid vallen (artikel 5, vierde lid). Afspraken met ' +
      'medegebruikers leggen de beveiligingseisen en de rapportage vast.',
    BIO('5.10.02', '5.20.01'),
  ),
  norm(
    'N-09',
    'Incidenten melden en leren',
    'Informatiebeveiligingsincidenten worden gemeld via één meldloket met een beschreven meldprocedure, ' +
      'opgelost door de proceseigenaar en geanalyseerd op hun oorzaak; verbeteringen worden doorgevoerd.',
    BIO('5.24.01', '5.24.02', '5.27.01'),
  ),
  norm(
    'N-10',
    'Bewustwording',
    'Bestuur en medewerkers van de beheerder en de hoofdgebruikers volgen regelmatig scholing over ' +
      'informatiebeveiliging en zijn aantoonbaar gewezen op de gedragsregels en de meldprocedure.',
    BIO('5.04.01', '6.03.02', '6.08.01'),
  ),
  norm(
    'N-11',
    'Wijziging van dit beleid',
    'Wijziging van het informatiebeveiligingsbeleid vindt plaats na overleg met het Strategisch Meldkamer ' +
      'Beraad en wordt vastgesteld door het Bestuurlijk Meldkamer Beraad (artikel 3, eerste lid). De ' +
      'beheerder neemt het initiatief als de jaaraanschrijving of zijn risicoanalyse daartoe aanleiding geeft ' +
      '(artikel 4, derde lid); het beleid wordt minimaal jaarlijks beoordeeld.',
    BIO('5.01.02'),
  ),
];

const rule = (
  key: string,
  topic: PolicyTopic,
  title: string,
  text: string,
  measures: RequirementRef[],
): PolicyRule => ({ key, topic, title, text, measures });

const rules: PolicyRule[] = [
  // Toegangsbeveiliging.
  rule(
    'TB-01',
    'ACCESS_CONTROL',
    'Persoonlijke accounts met een sluitende registratie',
    'Toegang tot meldkamervoorzieningen loopt via persoonlijke accounts met een sluitende registratie- en ' +
      'afmeldprocedure. Groepsaccounts zijn alleen toegestaan als de proceseigenaar dit motiveert en vastlegt ' +
      '(bijvoorbeeld voor een gedeelde meldtafel).',
    BIO('5.16.01', '5.16.02'),
  ),
  rule(
    'TB-02',
    'ACCESS_CONTROL',
    'Multi-factorauthenticatie',
    'Aanloggen op de werkplek en op beheerinterfaces van de meldkamervoorzieningen gebeurt met ' +
      'multi-factorauthenticatie; wachtwoordeisen worden geautomatiseerd afgedwongen.',
    BIO('5.17.01', '5.17.03'),
  ),
  rule(
    'TB-03',
    'ACCESS_CONTROL',
    'Periodieke beoordeling van rechten',
    'Toegangsrechten worden minimaal jaarlijks beoordeeld, bijzondere (beheer)rechten ieder kwartaal; ' +
      'wijzigingen van accounts met bijzondere rechten worden gemonitord.',
    BIO('5.18.02', '8.02.01', '5.18.01'),
  ),
  // Cryptografie.
  rule(
    'CR-01',
    'CRYPTOGRAPHY',
    'Cryptografiebeleid volgens de adviezen van het NCSC',
    'De beheerder legt in een cryptografiebeleid vast wanneer en welke cryptografie wordt ingezet; de sterkte ' +
      'volgt de actuele adviezen van het NCSC.',
    BIO('8.24.01', '8.24.04'),
  ),
  rule(
    'CR-02',
    'CRYPTOGRAPHY',
    'Sleutels en certificaten in beheer',
    'Cryptografische sleutels en certificaten staan in de inventaris van bedrijfsmiddelen met eigenaar en ' +
      'levensduur; waar de risicoafweging dat vraagt zijn reservecertificaten van een alternatieve leverancier ' +
      'afgesproken.',
    BIO('8.24.02', '8.24.05'),
  ),
  // Beheer apparatuur.
  rule(
    'BA-01',
    'EQUIPMENT_MANAGEMENT',
    'Inventaris van bedrijfsmiddelen',
    'De beheerder houdt een actuele inventaris bij van de bedrijfsmiddelen van de meldkamervoorzieningen, ' +
      'met inbegrip van OT en randapparatuur, met per middel een eigenaar.',
    BIO('5.09.01'),
  ),
  rule(
    'BA-02',
    'EQUIPMENT_MANAGEMENT',
    'Veilig afvoeren van media',
    'Herbruikbare media die de organisatie verlaten worden onherstelbaar gewist; het wissen wordt ' +
      'gecontroleerd en vastgelegd.',
    BIO('7.10.01', '7.10.02'),
  ),
  rule(
    'BA-03',
    'EQUIPMENT_MANAGEMENT',
    'Mobiele apparatuur',
    'Mobiele apparatuur die toegang geeft tot meldkamervoorzieningen is centraal beheerd, versleuteld en op ' +
      'afstand te wissen; bedrijfsinformatie wordt niet standaard op het apparaat opgeslagen.',
    BIO('8.01.01', '8.01.02'),
  ),
  // Gebruiks- en beheerprocedures.
  rule(
    'GB-01',
    'OPERATING_PROCEDURES',
    'Wijzigingsbeheer',
    'Wijzigingen op de meldkamervoorzieningen verlopen via wijzigingsbeheer op basis van een geaccepteerd ' +
      'beheerraamwerk; significante wijzigingen worden getest voordat zij in productie gaan en de ' +
      'hoofdgebruikers worden vooraf geïnformeerd.',
    BIO('8.32.01', '8.32.02', '8.31.02'),
  ),
  rule(
    'GB-02',
    'OPERATING_PROCEDURES',
    'Kwetsbaarheden en patches',
    'Kwetsbaarheden worden op basis van een expliciete risicoafweging gemitigeerd; bij een hoge kans op ' +
      'misbruik en hoge schade binnen een week, met aandacht voor de beschikbaarheid van de meldkamers.',
    BIO('8.08.01', '8.08.02', '8.08.03'),
  ),
  rule(
    'GB-03',
    'OPERATING_PROCEDURES',
    'Back-up en herstel',
    'Er is een back-upbeleid met het maximaal toegestane dataverlies en de hersteltijd per voorziening; de ' +
      'herstelprocedure wordt minimaal jaarlijks getest.',
    BIO('8.13.01', '8.13.02', '8.13.04'),
  ),
  // Logging en monitoring.
  rule(
    'LM-01',
    'LOGGING_MONITORING',
    'Logregels en logoverzicht',
    'Voorzieningen leggen per gebeurtenis vast wie wat, wanneer en waarop deed, zonder gegevens die de ' +
      'beveiliging doorbreken; er is een overzicht van de gegenereerde logbestanden.',
    BIO('8.15.01', '8.15.02', '8.15.03'),
  ),
  rule(
    'LM-02',
    'LOGGING_MONITORING',
    'Monitoring en melding',
    'Logging van netwerkcomponenten en systemen wordt gemonitord (SIEM/SOC) met eenduidige regels wanneer ' +
      'een incident wordt gerapporteerd; manipulatie van loggegevens wordt gemeld als incident.',
    BIO('8.16.02', '8.16.04', '8.15.05'),
  ),
  // Informatiedeling.
  rule(
    'ID-01',
    'INFORMATION_SHARING',
    'Waarschuwingen tussen partijen',
    'Bij concrete beveiligingsrisico’s waarschuwen de beheerder en de hoofdgebruikers elkaar volgens ' +
      'onderlinge afspraken; vastgelegd is welke functionarissen contact onderhouden met instanties en ' +
      'toezichthouders.',
    BIO('7.02.01', '5.05.01'),
  ),
  rule(
    'ID-02',
    'INFORMATION_SHARING',
    'Leveranciers en ketens',
    'Beveiligingseisen worden expliciet opgenomen in contracten met leveranciers en gelden onverminderd voor ' +
      'de keten van toeleveranciers; leveranciers zijn transparant over kwetsbaarheden.',
    BIO('5.20.01', '5.21.03', '5.20.05'),
  ),
  // Gegevensrubricering.
  rule(
    'GR-01',
    'DATA_CLASSIFICATION',
    'Classificatie van informatie',
    'Informatie in de meldkamervoorzieningen wordt met een expliciete risicoafweging geclassificeerd naar ' +
      'beschikbaarheid, integriteit en vertrouwelijkheid.',
    BIO('5.12.01'),
  ),
  rule(
    'GR-02',
    'DATA_CLASSIFICATION',
    'Informatie met specifiek belang',
    'Informatie met specifiek belang is fysiek en/of logisch geïsoleerd; gebruikers zien alleen wat zij voor ' +
      'hun taak nodig hebben. Transport van geclassificeerde informatie volgt vooraf opgestelde eisen.',
    BIO('8.03.01', '8.03.02', '7.10.03'),
  ),
  // Betrouwbaarheidseisen.
  rule(
    'BE-01',
    'RELIABILITY_REQUIREMENTS',
    'Gemeenschappelijke betrouwbaarheidseisen',
    'De betrouwbaarheidseisen richten zich op de beschikbaarheid, integriteit en vertrouwelijkheid van de ' +
      'gemeenschappelijke meldkamervoorzieningen; in het bijzonder heeft de beschikbaarheid, denk aan C2000 ' +
      'en het Gemeenschappelijk Meldkamer Systeem, de aandacht. Per voorziening zijn ze vastgelegd als ' +
      'BIV-classificatie met het daaruit volgende BBN.',
    BIO('5.12.01', '5.30.02'),
  ),
  rule(
    'BE-02',
    'RELIABILITY_REQUIREMENTS',
    'Periodieke herijking',
    'De betrouwbaarheidseisen worden regelmatig herijkt: de BIV-classificatie van elke voorziening wordt ' +
      'binnen de herijkingstermijn van dit beleid opnieuw vastgesteld, en eerder na een significante ' +
      'wijziging of een incident dat daartoe aanleiding geeft.',
    BIO('5.12.01', '5.08.01'),
  ),
  rule(
    'BE-03',
    'RELIABILITY_REQUIREMENTS',
    'Continuïteit',
    'Voor elke voorziening met hoge beschikbaarheidseisen is een continuïteitsplan, dat jaarlijks wordt ' +
      'getest op werking, volledigheid en actualiteit.',
    BIO('5.30.01', '8.13.02'),
  ),
  // Voorziening Spoedrespons (C2000).
  rule(
    'SR-01',
    'SPOEDRESPONS_C2000',
    'C2000 als vitale voorziening',
    '“Gelet op het vitale proces van de C2000 communicatievoorziening, zal in het informatiebeveiligingsbeleid ' +
      'meldkamervoorzieningen specifieke aandacht zijn voor de Voorziening Spoedrespons (C2000).” De ' +
      'beschikbaarheid van C2000 weegt het zwaarst: continuïteitsplannen worden jaarlijks getest en ' +
      'kritieke delen zijn nooit via één beveiligde zone te bereiken.',
    BIO('5.30.01', '5.30.02', '7.01.02'),
  ),
  rule(
    'SR-02',
    'SPOEDRESPONS_C2000',
    'Randapparatuur en gebruik buiten de meldkamer',
    'Dit hoofdstuk vervangt de beleidsregel informatiebeveiliging C2000. C2000-randapparatuur is ' +
      'geregistreerd op een gebruiker of eenheid, wordt bij verlies direct geblokkeerd en de ' +
      'hoofdgebruiker (voor C2000: Defensie in plaats van de Koninklijke Marechaussee) ziet toe op het gebruik ' +
      'door zijn eenheden en medegebruikers.',
    BIO('5.16.01', '8.01.02'),
  ),
  rule(
    'SR-03',
    'SPOEDRESPONS_C2000',
    'Netwerkscheiding',
    'Het C2000-netwerk is gescheiden in zones met een gedefinieerd beveiligingsniveau; netwerkcomponenten ' +
      'voldoen aan het vertrouwelijkheidsniveau van het netwerk en beheerinterfaces zijn gescheiden van het ' +
      'gebruikersnetwerk.',
    BIO('8.22.01', '8.20.01', '8.20.02'),
  ),
];

/** Version 1's text parts. */
export function policySeedContent(): PolicyContent {
  return normaliseContent({
    responsibilities,
    norms,
    rules,
    recalibrationMonths: POLICY_SEED_RECALIBRATION_MONTHS,
  });
}
