import { FieldProblem, MessageParams, messagesOf } from '@mkib/domain-shared';
import type { ImportProblem } from './catalogue';

/**
 * The policy context's messages: stable key to English template (API users read the English; the web
 * shows the Dutch text of libs/web/i18n/src/server-messages/policy.ts with the same parameters).
 */
export const policyMessages = {
  // Frameworks and requirements.
  'policy.framework.notFound': 'There is no framework with code "{{code}}".',
  'policy.framework.codeFormat':
    'must be 2-32 capital letters, digits or dashes, starting with a letter (e.g. NEN7510)',
  'policy.requirement.notFound': '{{frameworkCode}} has no requirement "{{identifier}}".',
  'policy.requirement.none': 'the file has no requirements',
  'policy.requirement.tooMany': 'a framework has at most {{max}} requirements; this file has {{count}}',
  'policy.requirement.identifierFormat':
    'identifier "{{identifier}}" must be 1-64 letters, digits, dots, dashes or underscores',
  'policy.requirement.identifierTwiceAtLine':
    'identifier "{{identifier}}" occurs more than once (first at line {{line}})',
  'policy.requirement.identifierTwiceAtPath':
    'identifier "{{identifier}}" occurs more than once (first at {{path}})',
  'policy.requirement.identifierTwice':
    'identifier "{{identifier}}" occurs more than once (first at an earlier entry)',
  'policy.requirement.kind': 'kind "{{kind}}" must be one of {{kinds}}',
  'policy.requirement.ownParent': '"{{identifier}}" cannot be its own parent',
  'policy.requirement.parentMissing': 'parent "{{parent}}" of "{{identifier}}" is not in the file',
  'policy.requirement.parentKind': 'a {{kind}} cannot sit under a {{parentKind}} ("{{parent}}")',
  'policy.requirement.titleTooLong': 'title must be at most {{max}} characters',
  'policy.requirement.titleOneLine': 'title must be one line',
  'policy.requirement.textTooLong': 'text must be at most {{max}} characters',
  'policy.requirement.statusTooLong': 'status must be at most {{max}} characters',

  // Reading a CSV file.
  'policy.csv.invalid': 'the file is not valid CSV: {{detail}}',
  'policy.csv.empty': 'the file is empty',
  'policy.csv.unknownColumns': 'unknown column(s) {{unknown}}; the columns are {{columns}}',
  'policy.csv.missingColumns': 'the header must name the column(s) {{missing}}',
  'policy.csv.duplicateColumns': 'column(s) named twice: {{columns}}',
  'policy.csv.fieldCount':
    'has {{fields}} fields, the header has {{columns}} (quote texts that contain the separator)',
  'policy.csv.identifierEmpty': 'identifier is empty',
  'policy.csv.kindEmpty': 'kind is empty (THEMA, CONTROL or MAATREGEL)',
  'policy.merge.kindChange': '"{{identifier}}" is a {{kind}}; a merge cannot change its kind',
  'policy.merge.move': '"{{identifier}}" sits under "{{parent}}"; a merge cannot move it',
  'policy.merge.moveFromTop': '"{{identifier}}" sits under "(top)"; a merge cannot move it',
  'policy.merge.kindNeeded': '"{{identifier}}" is new in this framework: give its kind',

  // Reading an OSCAL catalog.
  'policy.oscal.notJson': 'the file is not JSON: {{detail}}',
  'policy.oscal.additionalProperty': 'has a property "{{property}}" the OSCAL catalog schema does not allow',
  'policy.oscal.missingProperty': 'misses the required property "{{property}}"',
  'policy.oscal.uuid': 'must be a UUID of version 4 or 5, e.g. 6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  'policy.oscal.token':
    'must start with a letter or underscore and hold only letters, digits, dots, dashes and underscores',
  'policy.oscal.dateTime': 'must be a date and time with its time zone, e.g. 2026-11-29T10:00:00Z',
  'policy.oscal.markupLine': 'must be one line',
  'policy.oscal.string': 'must not be empty nor start or end with white space',
  'policy.oscal.pattern': 'does not match the OSCAL format {{pattern}}',
  'policy.oscal.schema': '{{detail}}',

  // Importing a framework.
  'policy.import.contentEmpty': 'is empty: choose a file',
  'policy.import.mergeNeedsCsv': 'MERGE reads a CSV; an OSCAL catalog creates or replaces',
  'policy.import.exists': 'framework {{code}} exists: choose REPLACE to replace it or MERGE to add to it',
  'policy.import.nothingToReplace': 'there is no framework {{code}} to replace',
  'policy.import.nothingToMerge': 'there is no framework {{code}} to merge',
  'policy.import.usedByProfile':
    '{{code}} {{identifier}} is used by BBN profile version {{version}}: keep it in the file (mark its status instead)',
  'policy.import.usedBySupplementary':
    '{{code}} {{identifier}} is used by the supplementary measures of {{facilityCode}}: keep it in the file (mark its status instead)',
  'policy.import.usedByPolicy':
    '{{code}} {{identifier}} is linked by {{key}} of policy version {{version}}: keep it in the file (mark its status instead)',
  'policy.import.usedByMapping':
    '{{code}} {{identifier}} is used by a mapping: keep it in the file (mark its status instead)',
  'policy.import.refused':
    'Import of {{code}}: {{count}} problem(s), nothing was imported. First: {{field}}: {{first}}',
  'policy.import.codeTakenByParty':
    'The code "{{code}}" is taken by a party\'s own framework; choose another code.',
  'policy.import.commonFramework':
    '"{{code}}" is a framework of the common catalogue; only the LMS changes it.',
  'policy.import.codeTakenByOtherParty':
    'The code "{{code}}" is taken by another party\'s framework; choose another code.',
  'policy.import.concurrent':
    '{{code}} was imported by someone else just now; check the catalogue and try again.',

  // Mappings.
  'policy.mapping.columnEmpty': '{{column}} is empty',
  'policy.mapping.relationship': 'relationship "{{relationship}}" must be one of {{relationships}}',
  'policy.mapping.sourceFrameworkUnknown': 'source framework "{{framework}}" is not in the common catalogue',
  'policy.mapping.targetFrameworkUnknown': 'target framework "{{framework}}" is not in the common catalogue',
  'policy.mapping.sourceUnknown': 'source "{{identifier}}" is not a requirement of {{framework}}',
  'policy.mapping.targetUnknown': 'target "{{identifier}}" is not a requirement of {{framework}}',
  'policy.mapping.sameFramework': 'a mapping links two different frameworks',
  'policy.mapping.duplicate': 'the same mapping is on line {{line}}',
  'policy.mapping.none': 'the file has no mappings',
  'policy.mapping.refused':
    'Import of mappings: {{count}} problem(s), nothing was imported. First: {{field}}: {{first}}',

  // BBN profiles, supplementary measures, a party's extra frameworks.
  'policy.profile.notFound':
    'There is no BBN profile version {{version}}; the current version is {{current}}.',
  'policy.profile.rationaleRequired': 'say why the profile changes',
  'policy.profile.levelsMissing':
    'give every level (an empty list where a level adds nothing); missing: {{missing}}',
  'policy.profile.levelTwice': 'BBN{{bbn}} is given more than once',
  'policy.profile.tooManyMeasures': 'at most {{max}} measures per level',
  'policy.ref.unknown': '{{identifier}} is not a requirement of {{frameworkCode}} in the common catalogue',
  'policy.ref.theme': '{{ref}} is a theme; choose its controls or measures',
  'policy.ref.twice': '{{ref}} is listed twice',
  'policy.ref.alreadyIntroduced': '{{ref}} is already introduced at BBN{{bbn}}',
  'policy.supplementary.facilityUnknown':
    '"{{facilityCode}}" is not a facility; choose one of {{facilities}}',
  'policy.supplementary.rationaleRequired': 'name the supplementary risk analysis',
  'policy.partyFrameworks.notVisible': 'There are no extra frameworks of {{party}} that you may see.',

  // The policy document and its versions (SK-2.2).
  'policy.version.notFound': 'There is no policy version {{version}}; the version in force is {{current}}.',
  'policy.document.titleOneLine': 'title must be one line',
  'policy.document.keyFormat': 'key must look like {{example}}',
  'policy.document.keyTwice': '{{key}} is given more than once',
  'policy.document.measuresRequired': 'link at least one measure of the common catalogue',
  'policy.document.normMissing': 'there is no norm {{key}} in the version in force',
  'policy.document.ruleMissing': 'there is no rule {{key}} in the version in force',
  'policy.document.setAndRemoved': '{{key}} is both changed and removed',
  'policy.document.cellTwice': 'the cell {{cell}} is given more than once',
  'policy.document.cellMissing': 'the cell {{cell}} is not in the version in force: nothing to remove',
  'policy.document.raciRequired': 'give at least one of R, A, C, I (or empty tasks too, to remove the cell)',
  'policy.document.raciTwice': '{{letter}} is given more than once',
  'policy.document.accountableMissing': 'someone must stay accountable (A) for {{process}}',
  'policy.document.topicEmpty': 'the topic {{topic}} must keep at least one rule',
  // The change procedure of the policy (SK-3.1, SK-4.4).
  'policy.proposal.notFound': 'There is no change proposal with id "{{id}}".',
  'policy.proposal.titleOneLine': 'the title must be one line',
  'policy.proposal.titleLength': 'use {{min}} to {{max}} characters',
  'policy.proposal.textLength': 'use {{min}} to {{max}} characters',
  'policy.proposal.respondByInvalid': 'give a date as YYYY-MM-DD',
  'policy.proposal.respondByPast': 'the date must not be before today ({{today}})',
  'policy.proposal.triggerRecordRequired': 'a trigger of kind {{kind}} names its record by id',
  'policy.proposal.triggerRecordFormat': 'the record id must be a UUID',
  'policy.proposal.triggerRecordUnknown': 'there is no {{kind}} record with id "{{recordId}}"',
  'policy.proposal.triggerRiskAnalysisUnknown':
    'there is no final risk analysis of the beheerder with id "{{recordId}}"',
  'policy.proposal.triggerReferenceRequired': 'a trigger of kind {{kind}} needs a reference',
  'policy.proposal.triggerReferenceLength': 'use {{min}} to {{max}} characters',
  'policy.proposal.triggerRequestNotOpen':
    'the change request is {{state}}; only an open request is taken up',
  'policy.proposal.changeEmpty':
    'the change edits no part of the policy text and carries no requirement change',
  'policy.proposal.updateNotDraft':
    'Proposal {{number}} is {{state}}; only a draft or a proposal in consultation is revised.',
  'policy.proposal.triggerRecordNotLinked':
    'a trigger of kind {{kind}} names no record: give a reference instead',
  'policy.proposal.baseOutdated':
    'Proposal {{number}} was drafted on policy version {{base}}, but version {{inForce}} is in force now: revise it (updateChangeProposal) so it is checked against the version in force.',
  'policy.jaaraanschrijving.dateFuture': 'the date must not be after today ({{today}})',
  'policy.import.proposalCreates':
    'The framework code "{{code}}" is created by the carried import of submitted proposal {{number}}: choose another code.',
  'policy.proposal.consultationNotDraft':
    'Proposal {{number}} is {{state}}; the consultation opens on a draft only.',
  'policy.proposal.respondNotConsultation':
    'Proposal {{number}} is {{state}}; responses are given while the consultation runs.',
  'policy.proposal.submitNotConsultation':
    'Proposal {{number}} is {{state}}; a proposal goes to the boards after its consultation.',
  'policy.proposal.consultationRunning':
    'The consultation on proposal {{number}} runs until {{respondBy}}; awaiting: {{awaiting}}.',
  'policy.proposal.withdrawNotOpen':
    'Proposal {{number}} is {{state}}; only a draft or a proposal in consultation is withdrawn.',
  'policy.proposal.otherCarryingSubmitted':
    'Proposal {{other}} with requirement changes is before the boards; submit this one after their decision.',
  'policy.proposal.notHoofdgebruiker': 'Only a hoofdgebruiker responds to the consultation.',
  'policy.request.notFound': 'There is no change request with id "{{id}}".',
  'policy.request.notOpen': 'The change request is {{state}}; only an open request is taken up or declined.',
  'policy.jaaraanschrijving.dateInvalid': 'give a date as YYYY-MM-DD',
  'policy.jaaraanschrijving.referenceLength': 'one line of {{min}} to {{max}} characters',
  'policy.jaaraanschrijving.referenceTaken':
    'A jaaraanschrijving with reference "{{reference}}" is recorded already.',
  'policy.change.proposalRequired':
    'The common requirements change only by adopting a change proposal: draft one with draftChangeProposal carrying this change ({{what}}).',
} as const;

export type PolicyMessageKey = keyof typeof policyMessages;

export const policy = messagesOf(policyMessages);

/** An import problem at a CSV line or a path, with its key. */
export function importProblem(
  where: { row: number | null; path: string | null },
  key: PolicyMessageKey,
  params: MessageParams = {},
): ImportProblem {
  return { row: where.row, path: where.path, message: policy.text(key, params), key, params };
}

/** A field problem (e.g. from the shared field rules) as an import problem at its field's path. */
export const asImportProblem = (p: FieldProblem): ImportProblem => ({
  row: null,
  path: p.field,
  message: p.message,
  key: p.key ?? 'field.invalid',
  params: p.params ?? { message: p.message },
});
