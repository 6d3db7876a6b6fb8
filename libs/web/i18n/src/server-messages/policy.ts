/**
 * Dutch texts of the policy context's message keys (libs/domain/policy/src/messages.ts), same
 * parameters: the catalogue (normenkaders, eisen, koppelingen), imports, BBN-profielen, aanvullende
 * maatregelen and the extra normenkaders of a partij.
 */
export const policyNl: Record<string, string> = {
  // Normenkaders en eisen.
  'policy.framework.notFound': 'Er is geen normenkader met code "{{code}}".',
  'policy.framework.codeFormat':
    'Gebruik 2 tot 32 hoofdletters, cijfers of streepjes, te beginnen met een letter (bijvoorbeeld NEN7510).',
  'policy.requirement.notFound': '{{frameworkCode}} heeft geen eis "{{identifier}}".',
  'policy.requirement.none': 'Het bestand bevat geen eisen.',
  'policy.requirement.tooMany':
    'Een normenkader heeft hoogstens {{max}} eisen; dit bestand heeft er {{count}}.',
  'policy.requirement.identifierFormat':
    'Kenmerk "{{identifier}}" mag alleen 1 tot 64 letters, cijfers, punten, streepjes of liggende streepjes bevatten.',
  'policy.requirement.identifierTwiceAtLine':
    'Kenmerk "{{identifier}}" komt vaker voor (voor het eerst op regel {{line}}).',
  'policy.requirement.identifierTwiceAtPath':
    'Kenmerk "{{identifier}}" komt vaker voor (voor het eerst op {{path}}).',
  'policy.requirement.identifierTwice': 'Kenmerk "{{identifier}}" komt vaker voor.',
  'policy.requirement.kind': 'Soort "{{kind}}" moet een van deze zijn: {{kinds}}.',
  'policy.requirement.ownParent': '"{{identifier}}" kan niet onder zichzelf vallen.',
  'policy.requirement.parentMissing':
    'Bovenliggende eis "{{parent}}" van "{{identifier}}" staat niet in het bestand.',
  'policy.requirement.parentKind': 'Een {{kind}} kan niet onder een {{parentKind}} ("{{parent}}") vallen.',
  'policy.requirement.titleTooLong': 'Gebruik voor de titel hoogstens {{max}} tekens.',
  'policy.requirement.titleOneLine': 'De titel moet op één regel staan.',
  'policy.requirement.textTooLong': 'Gebruik voor de tekst hoogstens {{max}} tekens.',
  'policy.requirement.statusTooLong': 'Gebruik voor de status hoogstens {{max}} tekens.',

  // Een CSV-bestand lezen.
  'policy.csv.invalid': 'Het bestand is geen geldige CSV ({{detail}}).',
  'policy.csv.empty': 'Het bestand is leeg.',
  'policy.csv.unknownColumns': 'Onbekende kolom(men) {{unknown}}; de kolommen zijn {{columns}}.',
  'policy.csv.missingColumns': 'De kopregel moet de kolom(men) {{missing}} noemen.',
  'policy.csv.duplicateColumns': 'Kolom(men) twee keer genoemd: {{columns}}.',
  'policy.csv.fieldCount':
    'Deze regel heeft {{fields}} velden, de kopregel {{columns}}. Zet teksten met het scheidingsteken tussen aanhalingstekens.',
  'policy.csv.identifierEmpty': 'Het kenmerk is leeg.',
  'policy.csv.kindEmpty': 'De soort is leeg (THEMA, CONTROL of MAATREGEL).',
  'policy.merge.kindChange': '"{{identifier}}" is een {{kind}}; samenvoegen kan de soort niet wijzigen.',
  'policy.merge.move': '"{{identifier}}" valt onder "{{parent}}"; samenvoegen kan een eis niet verplaatsen.',
  'policy.merge.moveFromTop':
    '"{{identifier}}" staat op het hoogste niveau; samenvoegen kan een eis niet verplaatsen.',
  'policy.merge.kindNeeded': '"{{identifier}}" is nieuw in dit normenkader: geef de soort op.',

  // Een OSCAL-catalogus lezen.
  'policy.oscal.notJson': 'Het bestand is geen JSON ({{detail}}).',
  'policy.oscal.additionalProperty':
    'Het OSCAL-catalogusschema staat de eigenschap "{{property}}" hier niet toe.',
  'policy.oscal.missingProperty': 'De verplichte eigenschap "{{property}}" ontbreekt.',
  'policy.oscal.uuid':
    'Gebruik een UUID van versie 4 of 5, bijvoorbeeld 6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b.',
  'policy.oscal.token':
    'Begin met een letter of liggend streepje en gebruik alleen letters, cijfers, punten, streepjes en liggende streepjes.',
  'policy.oscal.dateTime': 'Gebruik een datum en tijd met tijdzone, bijvoorbeeld 2026-11-29T10:00:00Z.',
  'policy.oscal.markupLine': 'Dit moet op één regel staan.',
  'policy.oscal.string': 'Dit mag niet leeg zijn en niet met een spatie beginnen of eindigen.',
  'policy.oscal.pattern': 'Dit past niet in het OSCAL-formaat {{pattern}}.',
  'policy.oscal.schema': 'Dit voldoet niet aan het OSCAL-catalogusschema ({{detail}}).',

  // Een normenkader importeren.
  'policy.import.contentEmpty': 'Het bestand is leeg: kies een bestand.',
  'policy.import.mergeNeedsCsv':
    'Samenvoegen (MERGE) leest een CSV-bestand; een OSCAL-catalogus maakt een normenkader aan of vervangt het.',
  'policy.import.exists': 'Normenkader {{code}} bestaat al: kies vervangen (REPLACE) of samenvoegen (MERGE).',
  'policy.import.nothingToReplace': 'Er is geen normenkader {{code}} om te vervangen.',
  'policy.import.nothingToMerge': 'Er is geen normenkader {{code}} om mee samen te voegen.',
  'policy.import.usedByProfile':
    '{{code}} {{identifier}} wordt gebruikt door BBN-profielversie {{version}}: houd de eis in het bestand (pas de status aan).',
  'policy.import.usedBySupplementary':
    '{{code}} {{identifier}} wordt gebruikt door de aanvullende maatregelen van {{facilityCode}}: houd de eis in het bestand (pas de status aan).',
  'policy.import.usedByPolicy':
    '{{code}} {{identifier}} is gekoppeld aan {{key}} van beleidsversie {{version}}: houd de eis in het bestand (pas de status aan).',
  'policy.import.usedByMapping':
    '{{code}} {{identifier}} wordt gebruikt door een koppeling: houd de eis in het bestand (pas de status aan).',
  'policy.import.refused':
    'Import van {{code}}: {{count}} fout(en), er is niets geïmporteerd. Eerste fout: {{field}}.',
  'policy.import.codeTakenByParty':
    'De code "{{code}}" hoort bij een eigen normenkader van een partij; kies een andere code.',
  'policy.import.commonFramework':
    '"{{code}}" hoort bij de gemeenschappelijke catalogus; alleen de LMS wijzigt die.',
  'policy.import.codeTakenByOtherParty':
    'De code "{{code}}" hoort bij een normenkader van een andere partij; kies een andere code.',
  'policy.import.concurrent':
    '{{code}} is zojuist door iemand anders geïmporteerd; bekijk de catalogus en probeer het opnieuw.',

  // Koppelingen.
  'policy.mapping.columnEmpty': 'De kolom {{column}} is leeg.',
  'policy.mapping.relationship': 'Relatie "{{relationship}}" moet een van deze zijn: {{relationships}}.',
  'policy.mapping.sourceFrameworkUnknown':
    'Bronnormenkader "{{framework}}" staat niet in de gemeenschappelijke catalogus.',
  'policy.mapping.targetFrameworkUnknown':
    'Doelnormenkader "{{framework}}" staat niet in de gemeenschappelijke catalogus.',
  'policy.mapping.sourceUnknown': 'Bron "{{identifier}}" is geen eis van {{framework}}.',
  'policy.mapping.targetUnknown': 'Doel "{{identifier}}" is geen eis van {{framework}}.',
  'policy.mapping.sameFramework': 'Een koppeling verbindt twee verschillende normenkaders.',
  'policy.mapping.duplicate': 'Dezelfde koppeling staat al op regel {{line}}.',
  'policy.mapping.none': 'Het bestand bevat geen koppelingen.',
  'policy.mapping.refused':
    'Import van koppelingen: {{count}} fout(en), er is niets geïmporteerd. Eerste fout: {{field}}.',

  // BBN-profielen, aanvullende maatregelen, extra normenkaders van een partij.
  'policy.profile.notFound': 'Er is geen BBN-profielversie {{version}}; de geldende versie is {{current}}.',
  'policy.profile.rationaleRequired': 'Licht toe waarom het profiel wijzigt.',
  'policy.profile.levelsMissing':
    'Geef elk niveau op (een lege lijst als een niveau niets toevoegt); ontbreekt: {{missing}}.',
  'policy.profile.levelTwice': 'BBN{{bbn}} is vaker opgegeven.',
  'policy.profile.tooManyMeasures': 'Hoogstens {{max}} maatregelen per niveau.',
  'policy.ref.unknown':
    '{{identifier}} is geen eis van {{frameworkCode}} in de gemeenschappelijke catalogus.',
  'policy.ref.theme': '{{ref}} is een thema; kies de controls of maatregelen ervan.',
  'policy.ref.twice': '{{ref}} staat er twee keer in.',
  'policy.ref.alreadyIntroduced': '{{ref}} is al ingevoerd op BBN{{bbn}}.',
  'policy.supplementary.facilityUnknown':
    '"{{facilityCode}}" is geen voorziening; kies een van: {{facilities}}.',
  'policy.supplementary.rationaleRequired': 'Noem de aanvullende risicoanalyse.',
  'policy.partyFrameworks.notVisible': 'Er zijn geen extra normenkaders van {{party}} die u mag inzien.',

  // Het beleidsdocument en zijn versies (SK-2.2).
  'policy.version.notFound': 'Er is geen beleidsversie {{version}}; de geldende versie is {{current}}.',
  'policy.document.titleOneLine': 'De titel moet op één regel passen.',
  'policy.document.keyFormat': 'De sleutel moet eruitzien als {{example}}.',
  'policy.document.keyTwice': '{{key}} is vaker opgegeven.',
  'policy.document.measuresRequired': 'Koppel ten minste één maatregel uit de gemeenschappelijke catalogus.',
  'policy.document.normMissing': 'Er is geen norm {{key}} in de geldende versie.',
  'policy.document.ruleMissing': 'Er is geen beleidsregel {{key}} in de geldende versie.',
  'policy.document.setAndRemoved': '{{key}} wordt zowel gewijzigd als verwijderd.',
  'policy.document.cellTwice': 'De cel {{cell}} is vaker opgegeven.',
  'policy.document.cellMissing':
    'De cel {{cell}} staat niet in de geldende versie: er is niets te verwijderen.',
  'policy.document.raciRequired':
    'Geef ten minste een van R, A, C, I op (of laat ook de taken leeg om de cel te verwijderen).',
  'policy.document.raciTwice': '{{letter}} is vaker opgegeven.',
  'policy.document.accountableMissing': 'Voor {{process}} moet iemand eindverantwoordelijk (A) blijven.',
  'policy.document.topicEmpty': 'Het onderwerp {{topic}} moet ten minste één beleidsregel houden.',
  // De wijzigingsprocedure van het beleid (SK-3.1, SK-4.4).
  'policy.proposal.notFound': 'Er is geen wijzigingsvoorstel met id "{{id}}".',
  'policy.proposal.titleOneLine': 'De titel moet op één regel staan.',
  'policy.proposal.titleLength': 'Gebruik {{min}} tot {{max}} tekens.',
  'policy.proposal.textLength': 'Gebruik {{min}} tot {{max}} tekens.',
  'policy.proposal.respondByInvalid': 'Geef een datum als JJJJ-MM-DD.',
  'policy.proposal.respondByPast': 'De datum mag niet vóór vandaag ({{today}}) liggen.',
  'policy.proposal.triggerRecordRequired': 'Een aanleiding van soort {{kind}} noemt het record met zijn id.',
  'policy.proposal.triggerRecordFormat': 'Het id van het record moet een UUID zijn.',
  'policy.proposal.triggerRecordUnknown': 'Er is geen record van soort {{kind}} met id "{{recordId}}".',
  'policy.proposal.triggerRiskAnalysisUnknown':
    'Er is geen definitieve risicoanalyse van de beheerder met id "{{recordId}}".',
  'policy.proposal.triggerReferenceRequired': 'Een aanleiding van soort {{kind}} heeft een kenmerk nodig.',
  'policy.proposal.triggerReferenceLength': 'Gebruik {{min}} tot {{max}} tekens.',
  'policy.proposal.triggerRequestNotOpen':
    'Het wijzigingsverzoek is {{state}}; alleen een open verzoek wordt in behandeling genomen.',
  'policy.proposal.changeEmpty':
    'De wijziging verandert niets aan de beleidstekst en brengt geen wijziging van de eisen mee.',
  'policy.proposal.updateNotDraft':
    'Voorstel {{number}} is {{state}}; alleen een concept of een voorstel in consultatie wordt herzien.',
  'policy.proposal.triggerRecordNotLinked':
    'Een aanleiding van soort {{kind}} verwijst niet naar een record: geef een kenmerk.',
  'policy.proposal.baseOutdated':
    'Voorstel {{number}} is opgesteld op beleidsversie {{base}}, maar nu geldt versie {{inForce}}: herzie het voorstel (updateChangeProposal), zodat het tegen de geldende versie wordt getoetst.',
  'policy.jaaraanschrijving.dateFuture': 'De datum mag niet na vandaag ({{today}}) liggen.',
  'policy.import.proposalCreates':
    'De normenkadercode "{{code}}" wordt aangemaakt door de meegenomen import van ingediend voorstel {{number}}: kies een andere code.',
  'policy.proposal.consultationNotDraft':
    'Voorstel {{number}} is {{state}}; de consultatie opent alleen op een concept.',
  'policy.proposal.respondNotConsultation':
    'Voorstel {{number}} is {{state}}; reageren kan zolang de consultatie loopt.',
  'policy.proposal.submitNotConsultation':
    'Voorstel {{number}} is {{state}}; een voorstel gaat na de consultatie naar de beraden.',
  'policy.proposal.consultationRunning':
    'De consultatie over voorstel {{number}} loopt tot en met {{respondBy}}; nog geen reactie van: {{awaiting}}.',
  'policy.proposal.withdrawNotOpen':
    'Voorstel {{number}} is {{state}}; alleen een concept of een voorstel in consultatie wordt ingetrokken.',
  'policy.proposal.otherCarryingSubmitted':
    'Voorstel {{other}} met gewijzigde eisen ligt voor bij de beraden; dien dit voorstel in na hun besluit.',
  'policy.proposal.notHoofdgebruiker': 'Alleen een hoofdgebruiker reageert op de consultatie.',
  'policy.request.notFound': 'Er is geen wijzigingsverzoek met id "{{id}}".',
  'policy.request.notOpen':
    'Het wijzigingsverzoek is {{state}}; alleen een open verzoek wordt in behandeling genomen of afgewezen.',
  'policy.jaaraanschrijving.dateInvalid': 'Geef een datum als JJJJ-MM-DD.',
  'policy.jaaraanschrijving.referenceLength': 'Eén regel van {{min}} tot {{max}} tekens.',
  'policy.jaaraanschrijving.referenceTaken':
    'Er is al een jaaraanschrijving met kenmerk "{{reference}}" vastgelegd.',
  'policy.change.proposalRequired':
    'De gemeenschappelijke eisen wijzigen alleen door een aangenomen wijzigingsvoorstel: stel er een op met draftChangeProposal dat deze wijziging meeneemt ({{what}}).',
};
