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
  // issue 18: investigations and standalone aanwijzingen (SK-3.6)
  'governance.dueDatePast': 'Kies vandaag of een latere datum.',
  'governance.investigation.invalidId': 'Dit is geen geldig onderzoek.',
  'governance.investigation.notFound': 'Dit onderzoek bestaat niet.',
  'governance.investigation.notCommissioned':
    'Het BMB heeft dit onderzoek niet (of nog niet) opgedragen: er kan geen rapport worden vastgelegd.',
  'governance.investigation.completedAlready': 'Het rapport van dit onderzoek is al vastgelegd.',
  'governance.investigation.noReport': 'Van dit onderzoek is nog geen rapport vastgelegd.',
  'governance.investigation.findings': 'Geef hoogstens {{max}} bevindingen.',
  'governance.investigation.findingId': 'Dit is geen bevinding van dit onderzoek.',
  'governance.report.filename': 'Geef een bestandsnaam van hoogstens {{max}} tekens, zonder schuine strepen.',
  'governance.report.contentType': 'Kies een PDF-, Word-, OpenDocument- of tekstbestand.',
  'governance.report.empty': 'Het bestand is leeg.',
  'governance.report.tooLarge': 'Het bestand is groter dan {{max}} MB.',
  'governance.report.contentMismatch': 'De inhoud past niet bij het soort bestand.',
  'governance.report.extension': 'Een bestand van dit soort eindigt op .{{extensions}}.',
  'governance.report.base64': 'De inhoud van het bestand is niet goed doorgegeven (base64).',
  'governance.instruction.notAdvised':
    'Het SMB heeft nog niet geadviseerd over dit agendapunt: een aanwijzing die erop volgt, komt na het advies.',
  // issue 18: working groups (SK-3.7)
  'governance.workingGroup.notFound': 'Deze werkgroep bestaat niet.',
  'governance.workingGroup.noMembers': 'Voeg minstens één lid toe.',
  'governance.workingGroup.tooMany': 'Voeg hoogstens {{max}} leden toe.',
  'governance.workingGroup.memberParty': 'Kies de beheerder (de LMS) of een hoofdgebruiker.',
  'governance.workingGroup.memberTwice': 'Dit lid staat al bij dezelfde partij.',
  'governance.workingGroup.representation':
    'De beheerder (de LMS) en minstens één hoofdgebruiker moeten in de werkgroep vertegenwoordigd zijn.',
  'governance.workingGroup.nameTaken': 'Er is al een actieve werkgroep "{{name}}".',
  'governance.workingGroup.dissolved':
    'Deze werkgroep is opgeheven: zij verandert niet meer en rapporteert niet meer.',
  // issue 18: evaluation (SK-6)
  'governance.evaluation.notFound': 'Deze evaluatie bestaat niet.',
  'governance.evaluation.invalidId': 'Dit is geen geldige evaluatie.',
  'governance.evaluation.periodOrder': 'Het einde van de periode mag niet vóór het begin liggen.',
  'governance.evaluation.reasonRequired':
    'Vul de aanleiding van de extra audit in (bijvoorbeeld het incident).',
  'governance.evaluation.tooManyFindings': 'Leg hoogstens {{max}} bevindingen vast.',
  'governance.evaluation.unknownFinding': 'Dit is geen bevinding van deze evaluatie.',
  'governance.evaluation.completedInFuture': 'De datum van afronding mag niet in de toekomst liggen.',
  'governance.evaluation.completedBeforePeriod':
    'De datum van afronding mag niet vóór de geëvalueerde periode liggen.',
  'governance.evaluation.reportRequired': 'Voeg het rapport toe voordat u de evaluatie afrondt.',
  'governance.evaluation.completedAlready': 'Deze evaluatie is afgerond en kan niet meer worden gewijzigd.',
  // issue 18: registers (SK-5.4)
  'governance.register.code':
    'Gebruik 2 tot 40 kleine letters, cijfers en koppeltekens, beginnend met een letter (bijv. "kustwacht").',
  'governance.register.codeTaken':
    'De partij "{{code}}" is een hoofdgebruiker, de LMS, een beraad of het ministerie, geen medegebruiker.',
  'governance.register.responsibleRequired':
    'Een medegebruiker of tijdelijk aangesloten gebruiker valt onder een hoofdgebruiker: kies die.',
  'governance.register.notHoofdgebruiker': 'Kies een hoofdgebruiker.',
  'governance.register.noResponsible':
    'Een bijzondere gebruiker valt onder geen hoofdgebruiker (hij rapporteert aan de LMS).',
  'governance.register.endsOnRequired': 'Een tijdelijk aangesloten gebruiker heeft een einddatum nodig.',
  'governance.register.endsBeforeAdmission': 'Deze datum ligt voor de toelatingsdatum.',
  'governance.register.facilitiesRequired': 'Kies ten minste één gedeelde voorziening.',
  'governance.register.unknownFacility': 'Kies gedeelde voorzieningen uit: {{facilities}}.',
  'governance.register.duplicateFacility': 'Een voorziening staat er twee keer in.',
  'governance.register.reportDueRequired':
    'De rapportage van een bijzondere gebruiker heeft een datum nodig.',
  'governance.register.arrangementOnlyBijzonder':
    'Alleen een bijzondere gebruiker heeft een eigen rapportageafspraak en rapportagedatum.',
  'governance.register.tooManyRepresentatives': 'Ten hoogste {{max}} vertegenwoordigers.',
  'governance.register.notCoUser': 'Er staat geen medegebruiker "{{code}}" in het register.',
  'governance.register.endedAlready': 'De toelating van deze medegebruiker is al beëindigd.',
  'governance.register.representedParty':
    'Kies een partij die in de beraden vertegenwoordigd is (een hoofdgebruiker, de LMS of het ministerie).',
  // issue 18: escalations (SK-3.8)
  'governance.escalation.notFound': 'Deze escalatie bestaat niet.',
  'governance.escalation.party': 'Vraag alleen hoofdgebruikers of de LMS: {{parties}}.',
  'governance.escalation.partiesTwice': 'Vraag elke partij één keer.',
  'governance.escalation.partiesTwo': 'Vraag ten minste twee partijen.',
  'governance.escalation.raiserNotAsked': 'Uw eigen partij moet bij de gevraagde partijen zijn.',
  'governance.escalation.positionsDuePast': 'Kies vandaag ({{today}}) of een latere datum.',
  'governance.escalation.notAsked': 'Uw partij is niet om een standpunt over deze escalatie gevraagd.',
  'governance.escalation.decided':
    'Het BMB heeft over deze escalatie besloten. Standpunten wijzigen niet meer.',
  'governance.escalation.positionsMissing':
    'Het BMB besluit pas als alle standpunten binnen zijn of de termijn ({{due}}) verstreken is. Ontbreekt nog: {{parties}}.',
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
