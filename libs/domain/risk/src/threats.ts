/**
 * The threat catalogue the risk service seeds (migration 1765411200000): the threats a BIO2/BBN3 analysis
 * of the dispatch facilities names, with Dutch names and descriptions. Analysts add their own besides.
 */
export interface CatalogueThreat {
  code: string;
  name: string;
  category: string;
  description: string;
  source: string;
}

const BBN3 = 'BIO2 / BBN3-dreigingsbeeld';
const BIO = 'BIO2';

export const THREAT_CATALOGUE: CatalogueThreat[] = [
  {
    code: 'STATELIJKE_ACTOREN',
    name: 'Statelijke actoren',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description:
      'Gerichte, langdurige aanvallen door of namens een staat (APT) op de meldkamervoorzieningen, met veel middelen en geduld.',
  },
  {
    code: 'SPIONAGE',
    name: 'Spionage',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description:
      'Heimelijk verzamelen van vertrouwelijke meldkamerinformatie, zoals inzetgegevens, locaties en persoonsgegevens.',
  },
  {
    code: 'SABOTAGE',
    name: 'Sabotage',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description:
      'Opzettelijk verstoren of uitschakelen van meldkamersystemen of -verbindingen om de hulpverlening te ontregelen.',
  },
  {
    code: 'INSIDER',
    name: 'Kwaadwillende insider',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description:
      'Een medewerker of ingehuurde kracht met legitieme toegang die informatie lekt of systemen misbruikt.',
  },
  {
    code: 'SUPPLY_CHAIN',
    name: 'Aanval via de toeleveringsketen',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description:
      'Een aanval via een leverancier, beheerpartij of software-update (supply chain) die toegang geeft tot de voorziening.',
  },
  {
    code: 'DDOS',
    name: 'DDoS-aanval',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description: 'Overbelasting van netwerk of diensten zodat noodoproepen en berichten niet meer doorkomen.',
  },
  {
    code: 'RANSOMWARE',
    name: 'Ransomware',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description:
      'Versleuteling van systemen en gegevens door criminelen, met afpersing en langdurige uitval als gevolg.',
  },
  {
    code: 'CRIMINELE_HACKERS',
    name: 'Criminele hackers',
    category: 'Opzettelijk menselijk',
    source: BIO,
    description: 'Inbraak in systemen voor financieel gewin, zoals diefstal en verkoop van gegevens.',
  },
  {
    code: 'HACKTIVISTEN',
    name: 'Hacktivisten',
    category: 'Opzettelijk menselijk',
    source: BIO,
    description:
      'Aanvallen uit ideologische motieven, zoals het bekladden of platleggen van publieke diensten.',
  },
  {
    code: 'PHISHING',
    name: 'Phishing en social engineering',
    category: 'Opzettelijk menselijk',
    source: BIO,
    description:
      'Misleiden van medewerkers om inloggegevens af te staan of kwaadaardige software te starten.',
  },
  {
    code: 'FYSIEKE_INBRAAK',
    name: 'Fysieke inbraak',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description: 'Onbevoegde fysieke toegang tot meldkamerlocaties, rekencentra of apparatuur.',
  },
  {
    code: 'STOORZENDER',
    name: 'Verstoring van radioverkeer',
    category: 'Opzettelijk menselijk',
    source: BBN3,
    description: 'Storen (jamming) of afluisteren van het C2000-radioverkeer.',
  },
  {
    code: 'UITVAL_STROOM',
    name: 'Uitval stroomvoorziening',
    category: 'Omgeving',
    source: BBN3,
    description:
      'Langdurige stroomuitval van meldkamer, rekencentrum of basisstations, ook wanneer noodstroom tekortschiet.',
  },
  {
    code: 'UITVAL_VERBINDING',
    name: 'Uitval verbindingen',
    category: 'Technisch',
    source: BBN3,
    description:
      'Uitval van netwerk- of telecomverbindingen tussen meldkamers, rekencentra en de 112-aanname.',
  },
  {
    code: 'TECHNISCH_FALEN',
    name: 'Technisch falen',
    category: 'Technisch',
    source: BIO,
    description: 'Defecten in hardware of software, zoals een mislukte update of een vol geraakte opslag.',
  },
  {
    code: 'MENSELIJKE_FOUT',
    name: 'Menselijke fout',
    category: 'Onopzettelijk menselijk',
    source: BIO,
    description:
      'Vergissingen bij beheer of gebruik, zoals een verkeerde configuratie of het per ongeluk verwijderen van gegevens.',
  },
  {
    code: 'DATALEK',
    name: 'Datalek',
    category: 'Onopzettelijk menselijk',
    source: BIO,
    description: 'Onbedoeld openbaar worden of verzenden van vertrouwelijke of persoonsgegevens.',
  },
  {
    code: 'NATUURRAMP',
    name: 'Brand, water of extreem weer',
    category: 'Omgeving',
    source: BIO,
    description: 'Schade aan locaties en apparatuur door brand, wateroverlast, storm of hitte.',
  },
  {
    code: 'PANDEMIE',
    name: 'Uitval van personeel',
    category: 'Omgeving',
    source: BIO,
    description:
      'Grootschalige afwezigheid van personeel of beheerders, bijvoorbeeld door een pandemie of staking.',
  },
  {
    code: 'LEVERANCIER_UITVAL',
    name: 'Uitval van een leverancier',
    category: 'Organisatorisch',
    source: BIO,
    description:
      'Faillissement of stoppen van een leverancier of dienst waarvan de voorziening afhangt (vendor lock-in).',
  },
];
