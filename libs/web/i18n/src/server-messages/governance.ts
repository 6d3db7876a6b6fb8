/**
 * Dutch texts of the governance context's message keys (libs/domain/governance/src/messages.ts), same
 * parameters. tools/i18n/server-messages.spec.ts fails on a key without a Dutch text here.
 */
export const governanceNl: Record<string, string> = {
  'governance.party.notFound': 'Er is geen partij met code "{{code}}".',
  'governance.cycle.year': 'Kies {{previous}}, {{current}} of {{next}}.',
  'governance.cycle.dateInRange': 'Kies een datum van {{from}} tot en met {{to}}.',
  'governance.cycle.notOpened': 'De jaarcyclus {{year}} is nog niet geopend.',
  'governance.cycle.openAlready': 'De jaarcyclus {{year}} is al geopend.',
  'governance.agendaItem.invalidId': 'Dit is geen geldig agendapunt.',
  'governance.instruction.addressee':
    'Kies een partij die het beleid uitvoert (een hoofdgebruiker, de LMS of een medegebruiker); een aanwijzing bij een ICV gaat naar de partij zelf.',
  'governance.agendaItem.notFound': 'Dit agendapunt bestaat niet.',
  'governance.agendaItem.supersededAdvice':
    'Een gecorrigeerde versie van deze ICV heeft deze vervangen. Adviseer over de nieuwste versie.',
  'governance.agendaItem.supersededDecision':
    'Een gecorrigeerde versie van deze ICV heeft deze vervangen. Besluit over de nieuwste versie.',
  'governance.advice.givenAlready': 'Het SMB heeft al over deze ICV geadviseerd.',
  'governance.decision.notSubmitted':
    'Deze ICV is niet ingediend. De beraden bespreken alleen ingediende ICV’s.',
  'governance.decision.notAdvised':
    'Het SMB heeft nog niet over deze ICV geadviseerd. Het BMB besluit pas na het advies van het SMB (art. 3.5).',
  'governance.decision.decidedAlready': 'Het BMB heeft al over deze ICV besloten.',
  'governance.decision.instructionDescription': 'Beschrijf de aanwijzing.',
  'governance.decision.instructionNotAllowed':
    'Alleen bij het besluit ‘aanvaard met aanwijzing’ hoort een aanwijzing.',
  'governance.boardItem.advisedAlready': 'Het SMB heeft al over dit agendapunt geadviseerd.',
  'governance.boardItem.notAdvised':
    'Het SMB heeft nog niet over dit agendapunt geadviseerd. Het BMB besluit pas na het advies van het SMB.',
  'governance.boardItem.decidedAlready': 'Het BMB heeft al over dit agendapunt besloten.',
  'governance.policyChange.decision':
    'Een wijzigingsvoorstel wordt aanvaard of niet aanvaard; een aanwijzing hoort er niet bij.',
  'governance.policyChange.noInstruction':
    'Bij een besluit over een wijzigingsvoorstel hoort geen aanwijzing.',
  'governance.instruction.invalidId': 'Dit is geen geldige aanwijzing.',
  'governance.instruction.notFound': 'Deze aanwijzing bestaat niet.',
  'governance.instruction.closedAlready': 'Deze aanwijzing is al gesloten.',
  'governance.instruction.reportedAlready':
    'Deze aanwijzing is al gereed gemeld. Het BMB beoordeelt haar nu.',
  'governance.instruction.notReported': 'De partij heeft deze aanwijzing nog niet gereed gemeld.',
  'governance.boardItem.decision': 'Dit agendapunt wordt aanvaard of niet aanvaard, zonder aanwijzing.',
  'governance.bbp.atLeastOne': 'Geef minstens één datum.',
  'governance.bbp.tooMany': 'Geef hoogstens {{max}} data.',
  'governance.bbp.adoptionDate':
    'Kies een van de BMB-vergaderingen, of een datum na de laatste SMB-vergadering ({{lastSmb}}): het SMB adviseert eerst.',
  'governance.bbp.icvCycleYear':
    'Kies {{year}}: de ICV-cyclus van het jaar ervoor, waarvan de deadlines in dit jaar vallen.',
  'governance.bbp.notOpened': 'Het BBP-jaar {{year}} is nog niet geopend.',
  'governance.bbp.openAlready': 'Het BBP-jaar {{year}} is al geopend. Verschuif de data in plaats daarvan.',
  'governance.bbp.adoptedAlready':
    'Het BBP {{year}} is vastgesteld. De deadline voor wensen en de vaststellingsdatum verschuiven niet meer.',
  'governance.bbp.noRound':
    'Het BBP-jaar {{year}} is nog niet geopend, dus er loopt nog geen wensenronde. De bestuurssecretaris opent het.',
  'governance.bbp.roundClosed':
    'De wensenronde van het BBP {{year}} is gesloten: de secretaris heeft de wensen geconsolideerd. Neem contact op met de bestuurssecretaris, of dien de wens in voor het volgende jaar.',
  'governance.bbp.notConsolidated':
    'De wensen voor het BBP {{year}} zijn nog niet geconsolideerd. Consolideer ze eerst.',
  'governance.bbp.beforeBoardsAlready': 'Het BBP {{year}} ligt al voor bij de beraden.',
  'governance.bbp.rejectedConsolidate':
    'Het BMB heeft het BBP {{year}} niet vastgesteld. Consolideer het opnieuw voordat u het weer voorlegt.',
  'governance.bbp.pastDate':
    'Het BBP {{year}} is vastgesteld. Een datum die al voorbij is, blijft staan. Verschuif alleen toekomstige voortgangsmomenten en vergaderingen.',
  'governance.bbp.reportedMoment':
    'Voor periode {{period}} van {{year}} is al een voortgangsrapportage ontvangen. Houd minstens {{period}} voortgangsmomenten (de data mogen verschuiven).',
  'governance.wish.party': 'Kies een partij van art. 1e of de LMS: {{parties}}.',
  'governance.wish.partyRequired': 'Kies de partij van wie de wens is.',
  'governance.wish.cost': 'Vul een heel bedrag in euro’s in, 0 of meer.',
  'governance.wish.invalidId': 'Dit is geen geldige wens.',
  'governance.wish.notFound': 'Deze wens bestaat niet.',
  'governance.wish.withdrawnAlready': 'Deze wens is al ingetrokken.',
  'governance.wish.notInRound': 'Dit is geen wens van dit jaar die nog in de ronde zit.',
  'governance.wish.dispositionTwice': 'Deze wens heeft al een verwerking.',
  'governance.wish.dispositionMissing': 'De wens "{{subject}}" van {{party}} is nog niet verwerkt.',
  // issue 18: meetings
  'governance.meeting.invalidId': 'Dit is geen geldige vergadering.',
  'governance.meeting.notFound': 'Deze vergadering bestaat niet.',
  'governance.meeting.held': 'Deze vergadering is gehouden: de agenda verandert niet meer.',
  'governance.meeting.onAgendaAlready': 'Dit punt staat al op de agenda van deze vergadering.',
  'governance.meeting.notOnAgenda': 'Dit punt staat niet op de agenda van deze vergadering.',
  'governance.meeting.order': 'Noem elk agendapunt precies één keer.',
  'governance.meeting.oneSource':
    'Kies precies één van: een bestaand agendapunt, een signaal, de wensen van een BBP-jaar, of een vrij agendapunt met titel en toelichting.',
  'governance.meeting.signalNotFound': 'Dit signaal bestaat niet.',
  'governance.meeting.ownBoard': 'Kies de raad waarvan u secretaris bent.',
  'governance.meeting.entryNotFound': 'Dit punt staat niet op de agenda van deze vergadering.',
  'governance.meeting.attendeeParty': 'Kies een partij uit het register.',
  'governance.meeting.invalidSignalId': 'Dit is geen geldig signaal.',
};
