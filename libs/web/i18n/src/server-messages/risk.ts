/**
 * Dutch texts of the risk context's message keys (libs/domain/risk/src/messages.ts), same parameters.
 * tools/i18n/server-messages.spec.ts fails on a key without a Dutch text here.
 */
export const riskNl: Record<string, string> = {
  'risk.facility.notFound': 'Er is geen meldkamervoorziening met code "{{code}}". Bekende codes: {{known}}.',
  'risk.bbn.level': 'Kies BBN 1, 2 of 3.',
  'risk.rationale.required': 'Licht toe waarom de meldkamervoorziening deze classificatie krijgt.',
  'risk.reviewDue.future': 'Kies een datum na vandaag.',
  'risk.reviewDue.tooFar':
    'Kies een herijkingsdatum hoogstens {{years}} jaar vooruit: de BIV-classificatie wordt regelmatig herijkt.',
  'risk.date.notPast': 'Kies vandaag of een latere datum.',
  'risk.date.future': 'Kies een datum na vandaag.',
  'risk.scale.steps': 'Geef {{min}} tot {{max}} stappen.',
  'risk.scale.stepValue': 'Moet {{value}} zijn: de stappen tellen 1, 2, 3, ...',
  'risk.scale.levelOnce': 'Geef precies één omschrijving voor niveau {{level}}.',
  'risk.scale.matrixShape': 'De matrix heeft {{rows}} rijen (kans) van {{cols}} cellen (impact).',
  'risk.scale.matrixMonotone': 'Een niveau mag niet dalen als kans of impact stijgt.',
  'risk.level.unknown': 'Kies LAAG, MIDDEN, HOOG of ZEER_HOOG.',
  'risk.analysis.notFound': 'Er is geen risicoanalyse "{{id}}" die u mag inzien.',
  'risk.register.notFound': 'Er is geen risicoregister van {{party}} dat u mag inzien.',
  'risk.response.notFound': 'Er is geen consultatiereactie "{{id}}" die u mag inzien.',
  'risk.risk.notFound': 'Er is geen risico "{{id}}" dat u mag inzien.',
  'risk.analysis.facilitiesRequired': 'Kies ten minste één meldkamervoorziening.',
  'risk.analysis.facilitiesUnique': 'Kies elke meldkamervoorziening één keer.',
  'risk.analysis.facilityUnknown': 'Er is geen meldkamervoorziening met code "{{code}}".',
  'risk.analysis.sharedOnlyLms':
    'Alleen de LMS analyseert een gedeelde voorziening; analyseer uw eigen gebruik (EIGEN_GEBRUIK).',
  'risk.analysis.sharedOneFacility':
    'Een analyse van een gedeelde voorziening gaat over precies één voorziening.',
  'risk.analysis.ownUseNotLms': 'De LMS analyseert de gedeelde voorzieningen (GEDEELDE_VOORZIENING).',
  'risk.analysis.facilityNotUsed': '{{party}} gebruikt meldkamervoorziening {{code}} niet.',
  'risk.analysis.tooMany': 'Hoogstens {{max}}.',
  'risk.analysis.idUnknown': 'Is geen dreiging of risico van deze analyse: laat het id weg voor een nieuwe.',
  'risk.analysis.idsUnique': 'Elk id mag één keer voorkomen.',
  'risk.threat.unknown': 'Er is geen dreiging "{{code}}" in de catalogus.',
  'risk.threat.duplicate': 'Kies elke dreiging uit de catalogus één keer.',
  'risk.risk.facilityNotInAnalysis': 'Kies een voorziening van de analyse ({{codes}}), niet "{{code}}".',
  'risk.risk.threatRequired': 'Kies ten minste één dreiging waaruit het risico voortkomt.',
  'risk.risk.threatIndex': 'Moet naar een van de dreigingen wijzen (0 tot en met {{max}}).',
  'risk.risk.threatIndexesUnique': 'Kies elke dreiging één keer.',
  'risk.treatment.required': 'Verplicht.',
  'risk.treatment.measuresRequired': 'Mitigeren vraagt ten minste één maatregel uit de catalogus.',
  'risk.treatment.noMeasures':
    'Een behandeling "{{kind}}" heeft geen maatregelen; alleen bij verminderen horen maatregelen.',
  'risk.treatment.measuresUnique': 'Kies elke maatregel één keer.',
  'risk.analysis.wrongState': 'Risicoanalyse {{number}} is "{{state}}": de stap "{{step}}" kan nu niet.',
  'risk.analysis.consultationRequired':
    'Risicoanalyse {{number}} gaat over een gedeelde voorziening: consulteer eerst de hoofdgebruikers.',
  'risk.analysis.responsesMissing':
    'Nog niet elke geconsulteerde partij heeft gereageerd: {{parties}}. Wacht op hun reactie of tot na {{respondBy}}.',
  'risk.analysis.noteNotApplicable':
    'Kan alleen als de termijn is verstreken zonder reactie van elke geconsulteerde partij.',
  'risk.analysis.pastDeadlineNoteRequired':
    'Verplicht: de termijn is verstreken zonder reactie van {{parties}}; licht toe waarom u nu vaststelt.',
  'risk.analysis.disagreementUnanswered':
    'Beantwoord eerst de opmerkingen en bezwaren van {{parties}} voordat u vaststelt.',
  'risk.analysis.acceptancePending':
    'De verantwoordelijke functionaris heeft nog niet besloten over de acceptatie van: {{risks}}.',
  'risk.analysis.acceptanceRejected':
    'De acceptatie van {{risks}} is afgewezen: kies eerst een andere behandeling.',
  'risk.analysis.noSupplementaryMeasures':
    'Aanvullende risicoanalyse {{number}} noemt geen maatregel: geef minstens één risico de behandeling Mitigeren met maatregelen voordat u de analyse definitief maakt.',
  'risk.acceptanceLevel.ownProposalOpen':
    'U hebt een risicoacceptatie voorgesteld waarover nog geen besluit is genomen: het acceptatieniveau kan pas wijzigen als een ander daarover heeft besloten.',
  'risk.scale.stepsInUse':
    "Het aantal stappen voor kans of impact kan niet wijzigen zolang er risico's op deze schaal zijn gescoord.",
  'risk.analysis.revisionOpen': 'Voor risicoanalyse {{number}} loopt al een herziening.',
  'risk.analysis.discardSupplementary':
    'Risicoanalyse {{number}} is de verplichte aanvullende risicoanalyse: die kan niet worden verwijderd.',
  'risk.consultation.onlyShared':
    'Risicoanalyse {{number}} gaat niet over een gedeelde voorziening: er is niemand te consulteren.',
  'risk.consultation.noRisks':
    "Risicoanalyse {{number}} heeft nog geen risico's: voeg ze toe voordat u consulteert.",
  'risk.consultation.nothingToAnswer':
    'De reactie van {{party}} is akkoord zonder opmerkingen: er valt niets te beantwoorden.',
  'risk.acceptance.notProposed': 'Er is geen voorgestelde acceptatie van dit risico om over te besluiten.',
  'risk.acceptance.ownProposal':
    'U hebt deze acceptatie zelf voorgesteld: een andere verantwoordelijke functionaris besluit erover (vier ogen).',
  'risk.treatment.notFound': 'Er is geen risicobehandeling "{{id}}" die u mag inzien.',
  'risk.treatment.analysisNotFinal':
    'Risicoanalyse {{number}} is niet (meer) definitief: alleen een behandeling van de definitieve versie kan gereed worden gemeld.',
  'risk.treatment.mitigationIsFinding':
    'Een mitigerende behandeling is een ICV-bevinding van uw organisatie: meld die gereed door de bevinding af te ronden.',
  'risk.treatment.alreadyCompleted': 'Deze behandeling is al gereed gemeld.',
};
