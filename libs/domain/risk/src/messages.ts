import { messagesOf } from '@mkib/domain-shared';

/**
 * The risk context's messages: stable key to English template (API users read the English, the web
 * shows the Dutch of libs/web/i18n/src/server-messages/risk.ts). Field rules every context shares use
 * `shared`'s keys instead.
 */
export const riskMessages = {
  'risk.facility.notFound': 'There is no facility with code "{{code}}". Known codes: {{known}}.',
  'risk.bbn.level': 'must be 1, 2 or 3',
  'risk.rationale.required': 'is required: explain why the facility gets this rating',
  'risk.reviewDue.future': 'must be after today',
  'risk.reviewDue.tooFar': 'must be at most {{years}} years ahead: the rating is re-calibrated regularly',
  'risk.date.notPast': 'must be today or later',
  'risk.date.future': 'must be after today',
  'risk.scale.steps': 'needs {{min}} to {{max}} steps',
  'risk.scale.stepValue': 'must be {{value}}: the steps count 1, 2, 3, ...',
  'risk.scale.levelOnce': 'needs exactly one label for level {{level}}',
  'risk.scale.matrixShape': 'must have {{rows}} rows (likelihood) of {{cols}} cells (impact)',
  'risk.scale.matrixMonotone': 'a level may not drop as likelihood or impact rises',
  'risk.level.unknown': 'must be one of LAAG, MIDDEN, HOOG, ZEER_HOOG',
  'risk.analysis.notFound': 'There is no risk analysis "{{id}}" that you may see.',
  'risk.register.notFound': 'There is no risk register of {{party}} that you may see.',
  'risk.response.notFound': 'There is no consultation response "{{id}}" that you may see.',
  'risk.risk.notFound': 'There is no risk "{{id}}" that you may see.',
  'risk.analysis.facilitiesRequired': 'name at least one facility',
  'risk.analysis.facilitiesUnique': 'name each facility once',
  'risk.analysis.facilityUnknown': 'there is no facility with code "{{code}}"',
  'risk.analysis.sharedOnlyLms':
    'only the LMS analyses a shared facility; analyse your own use (EIGEN_GEBRUIK)',
  'risk.analysis.sharedOneFacility': 'an analysis of a shared facility covers exactly one facility',
  'risk.analysis.ownUseNotLms': 'the LMS analyses the shared facilities (GEDEELDE_VOORZIENING)',
  'risk.analysis.facilityNotUsed': '{{party}} does not use facility {{code}}',
  'risk.analysis.tooMany': 'at most {{max}}',
  'risk.analysis.idUnknown': 'is not a threat or risk of this analysis: omit the id for a new one',
  'risk.analysis.idsUnique': 'each id may be used once',
  'risk.threat.unknown': 'there is no threat "{{code}}" in the catalogue',
  'risk.threat.duplicate': 'name each catalogue threat once',
  'risk.risk.facilityNotInAnalysis': 'must be one of the analysis\' facilities ({{codes}}), not "{{code}}"',
  'risk.risk.threatRequired': 'name at least one threat the risk follows from',
  'risk.risk.threatIndex': 'must point to one of the threats (0 to {{max}})',
  'risk.risk.threatIndexesUnique': 'name each threat once',
  'risk.treatment.required': 'is required',
  'risk.treatment.measuresRequired': 'mitigating needs at least one measure of the catalogue',
  'risk.treatment.noMeasures': 'a treatment "{{kind}}" has no measures; only mitigation applies measures',
  'risk.treatment.measuresUnique': 'name each measure once',
  'risk.analysis.wrongState': 'Analysis {{number}} is "{{state}}": the step "{{step}}" is not possible now.',
  'risk.analysis.consultationRequired':
    'Analysis {{number}} covers a shared facility: consult its hoofdgebruikers before finalising it.',
  'risk.analysis.responsesMissing':
    'Not every consulted party has responded yet: {{parties}}. Wait for them or until after {{respondBy}}.',
  'risk.analysis.noteNotApplicable':
    'is only possible when the deadline has passed without a response from every consulted party',
  'risk.analysis.pastDeadlineNoteRequired':
    'is required: the deadline has passed without a response from {{parties}}; explain why you finalise now',
  'risk.analysis.disagreementUnanswered':
    'Answer the remarks and disagreements of {{parties}} before finalising.',
  'risk.analysis.acceptancePending':
    'The accountable official has not decided on the acceptance of: {{risks}}.',
  'risk.analysis.acceptanceRejected':
    'The acceptance of {{risks}} was rejected: choose another treatment first.',
  'risk.analysis.noSupplementaryMeasures':
    'Supplementary analysis {{number}} names no measure: give at least one risk a MITIGEREN treatment with measures before finalising.',
  'risk.acceptanceLevel.ownProposalOpen':
    'You proposed an acceptance that is still awaiting its decision: the acceptance level cannot change until another person has decided it.',
  'risk.scale.stepsInUse':
    'The number of likelihood or impact steps of the scale cannot change while risks have been scored on it.',
  'risk.analysis.revisionOpen': 'Analysis {{number}} already has a revision in progress.',
  'risk.analysis.discardSupplementary':
    'Analysis {{number}} is the required supplementary analysis: it cannot be discarded.',
  'risk.consultation.onlyShared':
    'Analysis {{number}} is not of a shared facility: there is nobody to consult.',
  'risk.consultation.noRisks': 'Analysis {{number}} has no risks yet: add them before consulting.',
  'risk.consultation.nothingToAnswer':
    'The response of {{party}} agrees without remarks: there is nothing to answer.',
  'risk.acceptance.notProposed': 'There is no proposed acceptance to decide on for this risk.',
  'risk.acceptance.ownProposal':
    'You proposed this acceptance yourself: another accountable official must decide on it (four eyes).',
  'risk.treatment.notFound': 'There is no risk treatment "{{id}}" that you may see.',
  'risk.treatment.analysisNotFinal':
    'Analysis {{number}} is not final (or has been superseded): only a treatment of the final version can be reported done.',
  'risk.treatment.mitigationIsFinding':
    'A mitigating treatment (MITIGEREN) is an ICV finding of your organisation: report it done by closing that finding.',
  'risk.treatment.alreadyCompleted': 'This treatment has already been reported done.',
} as const;

export const risk = messagesOf(riskMessages);
