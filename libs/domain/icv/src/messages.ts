import { messagesOf } from '@mkib/domain-shared';

/**
 * The icv context's messages: stable key to English template (Dutch in
 * libs/web/i18n/src/server-messages/icv.ts). Field rules that every context shares (required, at most
 * n characters, a date, one of, between) use the shared keys of @mkib/domain-shared.
 */
export const icvMessages = {
  // The ICV and its steps (SK-3.5, SK-4.6, SK-5.5).
  'icv.notVisible': 'There is no ICV of {{party}} for {{year}} that you may see.',
  'icv.notStarted': '{{party}} has no ICV for {{year}}: start it first.',
  'icv.givesNoIcv': '{{party}} gives no ICV: the LMS and the hoofdgebruikers do (co-users report to them).',
  'icv.startedAlready': '{{party}} has an ICV for {{year}} already; change it or start a correction.',
  'icv.submittedCannotChange':
    'ICV version {{version}} is submitted and cannot change; start a correction (a new version with a reason).',
  'icv.notDraft': 'ICV version {{version}} is {{state}}, not a draft.',
  'icv.statementMissing': 'Choose the statement before preparing the ICV for signature.',
  'icv.notPrepared': 'The ICV is not prepared for signature yet: a security officer prepares it first.',
  'icv.onlyPreparedSigned': 'ICV version {{version}} is {{state}}; only a prepared ICV can be signed.',
  'icv.fourEyes': '{{actor}} prepared this ICV and cannot also sign it: another accountable official signs.',
  'icv.notSigned': 'The ICV is not signed yet: the accountable official signs it before it is submitted.',
  'icv.submittedAgain': 'ICV version {{version}} is {{state}} and cannot be submitted again.',
  'icv.medegebruikerReportMissing':
    'The report of {{parties}} is missing: wait for it, or name it as missing with a reason before submitting.',
  'icv.onlySubmittedCorrected': 'Only a submitted ICV is corrected; version {{version}} is {{state}}.',
  'icv.correctionReason': 'give the reason for the correction (at least {{min}} characters)',
  'icv.pdfNotSigned': 'The ICV is not signed yet: a PDF is made of a signed ICV.',
  'icv.exceptionsNotAllowed': 'an ICV "in control" has no exceptions; choose "in control with exceptions"',
  'icv.exceptionsRequired':
    'name at least one exception with its measures, an explanation and a planned date',
  'icv.exceptionMeasures': 'name the measures of the exception by identifier',
  'icv.exceptionMeasureNotApplicable':
    '{{frameworkCode}} {{identifier}} is not a measure that applies to you',
  'icv.exceptionPlannedPast': 'the planned date {{date}} has passed: plan a date from today on',
  // Comply or explain (SK-5.5): checked when the ICV is prepared for signature.
  'icv.measureUnexplained':
    '{{frameworkCode}} {{identifier}} is not (fully) implemented or not assessed: name it in an exception with an explanation and a planned date, or state "not in control"',
  'icv.medegebruikerReportUnexplained':
    'the report of {{party}} is missing: explain why before preparing the ICV, or wait for it',
  'icv.namedMissingReason': 'give the reason in at least {{min}} characters',
  'icv.namedMissingNotACoUser': '{{party}} is not a co-user that reports to this party',
  'icv.namedMissingTwice': '{{party}} is named more than once',
  // Medegebruikersrapportages (SK-5.4).
  'icv.medegebruikerReport.summaryMin': 'describe the status in at least {{min}} characters',
  'icv.medegebruikerReport.notAMedegebruiker':
    '{{party}} is not a co-user that reports to a hoofdgebruiker or the LMS.',
  'icv.medegebruikerReport.reportedAlready': '{{party}} has reported for {{year}} already.',
  // Policy changed: review (SK-3.1).
  'icv.policyReview.nothingToConfirm':
    'There is no adopted policy version to review the assessment of {{year}} against.',
  'icv.policyReview.confirmedAlready':
    'The review of the assessment of {{year}} against policy version {{version}} is confirmed already.',
  // The self-assessment (SK-4.1, SK-4.5, SK-5.1, SK-5.3).
  'icv.assessment.notVisible': 'There is no assessment of {{party}} that you may see.',
  'icv.assessment.frozen':
    'The ICV of {{party}} for {{year}} is submitted: its assessment is frozen (a correction opens it again).',
  'icv.assessment.entriesRequired': 'give at least one measure',
  'icv.assessment.entriesMax': 'at most {{max}} measures at once',
  'icv.assessment.notApplicable': '{{frameworkCode}} {{identifier}} does not apply to {{party}}',
  'icv.assessment.justificationMin': 'explain in at least {{min}} characters why the measure does not apply',
  'icv.finding.badId': 'must be a finding id',
  'icv.finding.notFound': 'There is no finding {{id}}.',
  'icv.finding.closedAlready': 'This finding is closed already.',
  // Evidence files (SK-5.3).
  'icv.evidence.badId': 'must be an evidence id',
  'icv.evidence.notFound': 'There is no evidence {{id}} that you may see.',
  'icv.evidence.notBase64': 'must be the file in base64',
  'icv.evidence.filename': 'give a file name of at most {{max}} characters, without slashes',
  'icv.evidence.contentType':
    'must be one of PDF, PNG, JPEG, text, CSV, Word/Excel (OOXML) or OpenDocument; not {{contentType}}',
  'icv.evidence.empty': 'the file is empty',
  'icv.evidence.tooLarge': 'the file is {{size}} bytes; at most {{max}} bytes (1.5 MB)',
  'icv.evidence.contentMismatch': 'the content is not a {{contentType}} file',
  'icv.evidence.extension': 'a {{contentType}} file ends in .{{extensions}}',
  // What an evidence file holds (issue 13, §5): refused with the reason.
  'icv.evidence.polyglot':
    'the {{contentType}} file also holds markup or script ({{marker}}): a file that is two things at once is refused',
  'icv.evidence.trailingData':
    'the {{contentType}} file holds data after its end ({{end}}): save it again in a program that writes only the {{contentType}}',
  'icv.evidence.pdfActiveContent':
    'the PDF holds active content ({{features}}): scripts, automatic or launch actions, form submission, XFA forms, embedded files and rich media are refused; save or print it again as a plain PDF',
  'icv.evidence.textSniffsAsHtml':
    'the text starts like a web page ({{marker}}): a browser would show it as a page; upload it as a PDF instead',
  // Implementation plans (SK-2.3, SK-4.1, SK-5.1).
  'icv.plan.notFound': 'There is no implementation plan of {{party}} that you may see.',
  'icv.plan.versionNotFound': '{{party}} has no implementation plan for policy version {{version}}.',
  'icv.plan.lineNotFound': 'There is no plan line {{id}}.',
  'icv.plan.badLineId': 'must be a plan line id',
  'icv.plan.notCurrent':
    'This line belongs to the plan of policy version {{version}}; only the current plan (version {{current}}) changes.',
  'icv.plan.confirmedAlready':
    'The implementation plan for policy version {{version}} is up to date already.',
  'icv.plan.measureRequired': 'name the measure this line implements',
  'icv.plan.measureMalformed': 'name the measure by framework code and identifier (e.g. BIO2 8.24.01)',
  'icv.plan.policyRuleRequired': 'name the rule of the policy this line implements',
  'icv.plan.policyRuleMalformed': 'name the rule by its reference in the policy (e.g. TB-03)',
  'icv.plan.tooManyLinks': 'at most {{max}} links of a kind',
  'icv.plan.unknownFinding': 'is not a finding of your organisation',
  'icv.plan.unknownTreatment': 'is not a risk treatment of your organisation',
  'icv.plan.exceptionMalformed': 'name the exception by year, framework code and identifier',
  // Progress reports (SK-2.4).
  'icv.progress.unknownPeriod': 'The calendar of {{year}} has no progress-report moment {{period}}.',
  'icv.progress.notVisible': 'There are no progress reports of {{party}} that you may see.',
  'icv.progress.notFound': 'There is no progress report of {{party}} for {{year}} period {{period}}.',
  'icv.progress.submittedAlready': 'This progress report is submitted already and cannot change.',
  'icv.progress.signedAlready': 'This progress report is signed already: submit it, or prepare it again.',
  'icv.progress.ownReport':
    '{{actor}} prepared this progress report and cannot also sign it: another accountable official signs.',
  'icv.progress.notSigned': 'The progress report is not signed yet: the accountable official signs it first.',
} as const;

export type IcvMessageKey = keyof typeof icvMessages;

/** Errors and field problems of the icv context (see `messagesOf` in domain-shared). */
export const icvMessage = messagesOf(icvMessages);
