/**
 * Dutch texts of the icv context's message keys (libs/domain/icv/src/messages.ts), same parameters.
 * Terms as in docs/glossary.md: ICV, zelfevaluatie, bevinding, bewijsstuk, medegebruiker(srapportage).
 */
export const icvNl: Record<string, string> = {
  'icv.notVisible': 'Er is geen ICV van {{party}} over {{year}} die u mag inzien.',
  'icv.notStarted': '{{party}} heeft nog geen ICV over {{year}}. Start die eerst.',
  'icv.givesNoIcv':
    '{{party}} geeft geen ICV af: dat doen de LMS en de hoofdgebruikers (medegebruikers rapporteren aan hen).',
  'icv.startedAlready': '{{party}} heeft al een ICV over {{year}}. Wijzig die, of start een correctie.',
  'icv.submittedCannotChange':
    'Versie {{version}} van de ICV is ingediend en kan niet meer wijzigen. Start een correctie (een nieuwe versie met een reden).',
  'icv.notDraft': 'Versie {{version}} van de ICV heeft de status {{state}} en is geen concept.',
  'icv.statementMissing': 'Kies eerst de verklaring voordat u de ICV klaarzet voor ondertekening.',
  'icv.notPrepared':
    'De ICV is nog niet klaargezet voor ondertekening: een security officer zet de ICV eerst klaar.',
  'icv.onlyPreparedSigned':
    'Versie {{version}} van de ICV heeft de status {{state}}; alleen een klaargezette ICV kan worden ondertekend.',
  'icv.fourEyes':
    '{{actor}} heeft deze ICV klaargezet en mag die niet ook ondertekenen: een andere verantwoordelijke ondertekent.',
  'icv.notSigned':
    'De ICV is nog niet ondertekend: de verantwoordelijke ondertekent de ICV voordat die wordt ingediend.',
  'icv.submittedAgain':
    'Versie {{version}} van de ICV heeft de status {{state}} en kan niet opnieuw worden ingediend.',
  'icv.medegebruikerReportMissing':
    'De medegebruikersrapportage van {{parties}} ontbreekt. Wacht daarop, of noem die als ontbrekend met een reden voordat u indient.',
  'icv.onlySubmittedCorrected':
    'Alleen een ingediende ICV kan worden gecorrigeerd; versie {{version}} heeft de status {{state}}.',
  'icv.correctionReason': 'Geef de reden van de correctie (minstens {{min}} tekens).',
  'icv.pdfNotSigned':
    'De ICV is nog niet ondertekend: alleen van een ondertekende ICV wordt een pdf gemaakt.',
  'icv.exceptionsNotAllowed':
    'Een ICV "in control" heeft geen uitzonderingen. Kies "in control, met uitzonderingen".',
  'icv.exceptionsRequired':
    'Noem minstens één uitzondering met de maatregelen, een toelichting en een geplande datum.',
  'icv.exceptionMeasures': 'Kies de maatregelen waar de uitzondering over gaat.',
  'icv.exceptionMeasureNotApplicable': '{{frameworkCode}} {{identifier}} is geen maatregel die voor u geldt.',
  'icv.exceptionPlannedPast': 'De geplande datum {{date}} is voorbij. Plan een datum vanaf vandaag.',
  'icv.measureUnexplained':
    '{{frameworkCode}} {{identifier}} is niet (volledig) geïmplementeerd of niet beoordeeld. Neem de maatregel op in een uitzondering met een toelichting en een geplande datum, of verklaar "niet in control".',
  'icv.medegebruikerReportUnexplained':
    'De medegebruikersrapportage van {{party}} ontbreekt. Licht toe waarom voordat u de ICV klaarzet, of wacht op de rapportage.',
  'icv.namedMissingReason': 'Geef de reden in minstens {{min}} tekens.',
  'icv.namedMissingNotACoUser': '{{party}} is geen medegebruiker die aan deze partij rapporteert.',
  'icv.namedMissingTwice': '{{party}} is meer dan eens genoemd.',
  'icv.medegebruikerReport.summaryMin': 'Beschrijf de stand van zaken in minstens {{min}} tekens.',
  'icv.medegebruikerReport.notAMedegebruiker':
    '{{party}} is geen medegebruiker die rapporteert aan een hoofdgebruiker of aan de LMS.',
  'icv.medegebruikerReport.reportedAlready': '{{party}} heeft over {{year}} al gerapporteerd.',
  'icv.assessment.notVisible': 'Er is geen zelfevaluatie van {{party}} die u mag inzien.',
  'icv.policyReview.nothingToConfirm':
    'Er is geen nieuw vastgestelde beleidsversie om de zelfevaluatie over {{year}} aan te toetsen.',
  'icv.policyReview.confirmedAlready':
    'De toetsing van de zelfevaluatie over {{year}} aan beleidsversie {{version}} is al bevestigd.',
  'icv.assessment.frozen':
    'De ICV van {{party}} over {{year}} is ingediend: de zelfevaluatie ligt vast (een correctie van de ICV opent die weer).',
  'icv.assessment.entriesRequired': 'Geef minstens één maatregel.',
  'icv.assessment.entriesMax': 'Geef hoogstens {{max}} maatregelen tegelijk.',
  'icv.assessment.notApplicable': '{{frameworkCode}} {{identifier}} is niet van toepassing op {{party}}.',
  'icv.assessment.justificationMin':
    'Licht in minstens {{min}} tekens toe waarom de maatregel niet van toepassing is.',
  'icv.finding.badId': 'Dit is geen geldige verwijzing naar een bevinding.',
  'icv.finding.notFound': 'Deze bevinding bestaat niet.',
  'icv.finding.closedAlready': 'Deze bevinding is al afgerond.',
  'icv.evidence.badId': 'Dit is geen geldige verwijzing naar een bewijsstuk.',
  'icv.evidence.notFound': 'Er is geen bewijsstuk dat u mag inzien.',
  'icv.evidence.notBase64': 'Het bestand is niet goed meegestuurd (base64 verwacht).',
  'icv.evidence.filename': 'Geef een bestandsnaam van hoogstens {{max}} tekens, zonder schuine strepen.',
  'icv.evidence.contentType':
    'Kies een pdf, PNG, JPEG, tekst, CSV, Word/Excel (OOXML) of OpenDocument; niet {{contentType}}.',
  'icv.evidence.empty': 'Het bestand is leeg.',
  'icv.evidence.tooLarge': 'Het bestand is {{size}} bytes; hoogstens {{max}} bytes (1,5 MB) is toegestaan.',
  'icv.evidence.contentMismatch': 'De inhoud van het bestand is geen {{contentType}}.',
  'icv.evidence.extension': 'Een bestand van het type {{contentType}} eindigt op .{{extensions}}.',
  'icv.evidence.polyglot':
    'Het bestand van het type {{contentType}} bevat ook opmaakcode of een script ({{marker}}). Een bestand dat tegelijk iets anders is, wordt geweigerd.',
  'icv.evidence.trailingData':
    'Het bestand van het type {{contentType}} bevat gegevens na het einde ({{end}}). Sla het opnieuw op met een programma dat alleen het {{contentType}}-bestand schrijft.',
  'icv.evidence.pdfActiveContent':
    'Het pdf-bestand bevat actieve inhoud ({{features}}). Scripts, automatische acties, startopdrachten, het versturen van formulieren, XFA-formulieren, ingesloten bestanden en multimedia zijn niet toegestaan. Sla het opnieuw op of druk het af als gewone pdf.',
  'icv.evidence.textSniffsAsHtml':
    'De tekst begint als een webpagina ({{marker}}): een browser zou het bestand als pagina tonen. Lever het bijvoorbeeld aan als pdf.',
  // Implementatieplannen (SK-2.3, SK-4.1, SK-5.1).
  'icv.plan.notFound': 'Er is geen implementatieplan van {{party}} dat u mag inzien.',
  'icv.plan.versionNotFound': '{{party}} heeft geen implementatieplan voor beleidsversie {{version}}.',
  'icv.plan.lineNotFound': 'Er is geen planregel {{id}}.',
  'icv.plan.badLineId': 'Moet het nummer van een planregel zijn.',
  'icv.plan.notCurrent':
    'Deze regel hoort bij het plan van beleidsversie {{version}}; alleen het huidige plan (versie {{current}}) kan wijzigen.',
  'icv.plan.confirmedAlready': 'Het implementatieplan voor beleidsversie {{version}} is al actueel.',
  'icv.plan.measureRequired': 'Noem de maatregel die deze regel invoert.',
  'icv.plan.measureMalformed': 'Noem de maatregel met kader en nummer (bijvoorbeeld BIO2 8.24.01).',
  'icv.plan.policyRuleRequired': 'Noem de beleidsregel die deze regel invoert.',
  'icv.plan.policyRuleMalformed':
    'Noem de beleidsregel met haar verwijzing in het beleid (bijvoorbeeld TB-03).',
  'icv.plan.tooManyLinks': 'Hoogstens {{max}} koppelingen per soort.',
  'icv.plan.unknownFinding': 'Is geen bevinding van uw organisatie.',
  'icv.plan.unknownTreatment': 'Is geen risicobehandeling van uw organisatie.',
  'icv.plan.exceptionMalformed': 'Noem de uitzondering met jaar, kader en nummer.',
  // Voortgangsrapportages (SK-2.4).
  'icv.progress.unknownPeriod': 'De kalender van {{year}} heeft geen rapportagemoment {{period}}.',
  'icv.progress.notVisible': 'Er zijn geen voortgangsrapportages van {{party}} die u mag inzien.',
  'icv.progress.notFound': 'Er is geen voortgangsrapportage van {{party}} over {{year}} periode {{period}}.',
  'icv.progress.submittedAlready': 'Deze voortgangsrapportage is al ingediend en kan niet meer wijzigen.',
  'icv.progress.signedAlready':
    'Deze voortgangsrapportage is al ondertekend: dien haar in, of stel haar opnieuw op.',
  'icv.progress.ownReport':
    '{{actor}} heeft deze voortgangsrapportage opgesteld en mag haar niet ook ondertekenen: een andere verantwoordelijke ondertekent.',
  'icv.progress.notSigned':
    'De voortgangsrapportage is nog niet ondertekend: de verantwoordelijke ondertekent haar eerst.',
};
