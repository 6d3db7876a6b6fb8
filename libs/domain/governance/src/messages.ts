import { messagesOf } from '@mkib/domain-shared';

/**
 * The governance context's messages: stable key to English template (API users read the English, the
 * web shows the Dutch of libs/web/i18n/src/server-messages/governance.ts). Field rules every context
 * shares (dates, text length, one of) use `shared`'s keys instead.
 */
export const governanceMessages = {
  'governance.party.notFound': 'There is no party with code "{{code}}".',
  'governance.cycle.year': 'must be {{previous}}, {{current}} or {{next}}',
  'governance.cycle.dateInRange': 'must fall between {{from}} and {{to}}',
  'governance.cycle.notOpened': 'The cycle of {{year}} is not opened yet.',
  'governance.cycle.openAlready': 'The cycle of {{year}} is open already.',
  'governance.agendaItem.invalidId': 'must be an agenda item id',
  'governance.instruction.addressee':
    "must name a party that implements the policy (a hoofdgebruiker, the LMS or a co-user); an ICV's aanwijzing goes to its own party",
  'governance.agendaItem.notFound': 'There is no agenda item {{id}}.',
  'governance.agendaItem.supersededAdvice':
    'A corrected version of this ICV replaced this one: advise on the newest version.',
  'governance.agendaItem.supersededDecision':
    'A corrected version of this ICV replaced this one: decide on the newest version.',
  'governance.advice.givenAlready': 'The SMB has advised on this ICV already.',
  'governance.decision.notSubmitted': 'This ICV is not submitted: the boards discuss submitted ICVs only.',
  'governance.decision.notAdvised':
    'The SMB has not advised on this ICV yet: the BMB decides only after hearing the SMB (art. 3.5).',
  'governance.decision.decidedAlready': 'The BMB has decided on this ICV already.',
  'governance.decision.instructionDescription': 'describe the instruction (aanwijzing)',
  'governance.decision.instructionNotAllowed':
    'only a decision AANVAARD_MET_AANWIJZING carries an instruction',
  'governance.boardItem.advisedAlready': 'The SMB has advised on this agenda item already.',
  'governance.boardItem.notAdvised':
    'The SMB has not advised on this agenda item yet: the BMB decides only after hearing the SMB.',
  'governance.boardItem.decidedAlready': 'The BMB has decided on this agenda item already.',
  'governance.policyChange.decision':
    'a policy change is adopted (AANVAARD) or rejected (NIET_AANVAARD); it carries no instruction',
  'governance.policyChange.noInstruction':
    'a decision on a policy change carries no instruction (aanwijzing)',
  'governance.instruction.invalidId': 'must be an instruction id',
  'governance.instruction.notFound': 'There is no instruction {{id}}.',
  'governance.instruction.closedAlready': 'This instruction is closed already.',
  'governance.instruction.reportedAlready':
    'This instruction is reported done already; the board reviews it.',
  'governance.instruction.notReported': 'The party has not reported this instruction done yet.',
  'governance.boardItem.decision':
    'this agenda item is adopted (AANVAARD) or not (NIET_AANVAARD); it carries no instruction',
  'governance.bbp.atLeastOne': 'give at least one date',
  'governance.bbp.tooMany': 'give at most {{max}} dates',
  'governance.bbp.adoptionDate':
    'must be one of the BMB meetings, or after the last SMB meeting ({{lastSmb}}): the SMB advises first',
  'governance.bbp.icvCycleYear':
    'must be {{year}}: the ICV cycle of the year before, whose deadlines fall in this year',
  'governance.bbp.notOpened': 'The BBP year {{year}} is not opened yet.',
  'governance.bbp.openAlready': 'The BBP year {{year}} is open already: move its dates instead.',
  'governance.bbp.adoptedAlready':
    'The BBP {{year}} is adopted: its wishes deadline and adoption date no longer move.',
  'governance.bbp.noRound':
    'No BBP year {{year}} is opened yet, so there is no wishes round to submit to: the board secretary opens it.',
  'governance.bbp.roundClosed':
    'The wishes round of the BBP {{year}} is closed: the secretary consolidated the wishes. Ask the board secretary, or submit the wish for the next year.',
  'governance.bbp.notConsolidated':
    'The wishes of the BBP {{year}} are not consolidated yet: consolidate them first.',
  'governance.bbp.beforeBoardsAlready': 'The BBP {{year}} is before the boards already.',
  'governance.bbp.rejectedConsolidate':
    'The BMB did not adopt the BBP {{year}}: consolidate it again before putting it before the boards.',
  'governance.bbp.pastDate':
    'The BBP {{year}} is adopted: a date already past stays as it was. Move only future progress moments and meetings.',
  'governance.bbp.reportedMoment':
    'A progress report was received for period {{period}} of {{year}}: keep at least {{period}} progress moments (their dates may move).',
  'governance.wish.party': 'must be a party of art. 1e or the LMS: {{parties}}',
  'governance.wish.partyRequired': 'name the party the wish is of',
  'governance.wish.cost': 'must be a whole number of euros, 0 or more',
  'governance.wish.invalidId': 'must be a wish id',
  'governance.wish.notFound': 'There is no wish {{id}}.',
  'governance.wish.withdrawnAlready': 'This wish is withdrawn already.',
  'governance.wish.notInRound': 'is not a wish of this year that is still in the round',
  'governance.wish.dispositionTwice': 'this wish has a disposition already',
  'governance.wish.dispositionMissing': 'the wish "{{subject}}" of {{party}} has no disposition',
  // issue 18: investigations and standalone aanwijzingen (SK-3.6)
  'governance.dueDatePast': 'must be today or later',
  'governance.investigation.invalidId': 'must be an investigation id',
  'governance.investigation.notFound': 'There is no investigation {{id}}.',
  'governance.investigation.notCommissioned':
    'The BMB has not commissioned this investigation (it is not in progress): no report can be recorded.',
  'governance.investigation.completedAlready': 'The report of this investigation is recorded already.',
  'governance.investigation.noReport': 'No report of this investigation is recorded yet.',
  'governance.investigation.findings': 'give at most {{max}} findings',
  'governance.investigation.findingId': 'is not a finding of this investigation',
  'governance.report.filename': 'give a file name of at most {{max}} characters, without slashes',
  'governance.report.contentType': 'must be a PDF, Word, OpenDocument text or plain text file',
  'governance.report.empty': 'the file is empty',
  'governance.report.tooLarge': 'the file is larger than {{max}} MB',
  'governance.report.contentMismatch': 'the content is not of the type given',
  'governance.report.extension': 'a file of this type ends in .{{extensions}}',
  'governance.report.base64': 'must be the file content in base64',
  'governance.instruction.notAdvised':
    'The SMB has not advised on this agenda item yet: an aanwijzing that follows it comes after the advice.',
  // issue 18: working groups (SK-3.7)
  'governance.workingGroup.notFound': 'There is no working group {{id}}.',
  'governance.workingGroup.noMembers': 'name at least one member',
  'governance.workingGroup.tooMany': 'name at most {{max}} members',
  'governance.workingGroup.memberParty': 'must be the beheerder (the LMS) or a hoofdgebruiker',
  'governance.workingGroup.memberTwice': 'this member is named twice for the same party',
  'governance.workingGroup.representation':
    'the beheerder (the LMS) and at least one hoofdgebruiker must be represented',
  'governance.workingGroup.nameTaken': 'An active working group is called "{{name}}" already.',
  'governance.workingGroup.dissolved': 'This working group is dissolved: it no longer changes or reports.',
  // issue 18: evaluation (SK-6)
  'governance.evaluation.notFound': 'There is no evaluation {{id}}.',
  'governance.evaluation.invalidId': 'must be an evaluation id',
  'governance.evaluation.periodOrder': 'must not be before the start of the period',
  'governance.evaluation.reasonRequired': 'name the reason for an extra audit (e.g. the incident)',
  'governance.evaluation.tooManyFindings': 'at most {{max}} findings',
  'governance.evaluation.unknownFinding': 'is not a finding of this evaluation',
  'governance.evaluation.completedInFuture': 'must not be in the future',
  'governance.evaluation.completedBeforePeriod': 'must not be before the period evaluated',
  'governance.evaluation.reportRequired': 'upload the report before completing the evaluation',
  'governance.evaluation.completedAlready': 'This evaluation is completed: it can no longer be changed.',
  // issue 18: registers (SK-5.4)
  'governance.register.code':
    'must be 2 to 40 lower-case letters, digits and hyphens, starting with a letter (e.g. "kustwacht")',
  'governance.register.codeTaken':
    'the party "{{code}}" is a hoofdgebruiker, the LMS, a board or the ministry, not a co-user',
  'governance.register.responsibleRequired':
    'a medegebruiker or temporarily affiliated user falls under a hoofdgebruiker: name it',
  'governance.register.notHoofdgebruiker': 'must be a hoofdgebruiker',
  'governance.register.noResponsible':
    'a bijzondere gebruiker falls under no hoofdgebruiker (it reports to the LMS)',
  'governance.register.endsOnRequired': 'a temporarily affiliated user needs the date its admission ends',
  'governance.register.endsBeforeAdmission': 'may not come before the admission date',
  'governance.register.facilitiesRequired': 'name at least one shared facility the co-user uses',
  'governance.register.unknownFacility': 'must be shared facility codes: {{facilities}}',
  'governance.register.duplicateFacility': 'names a facility twice',
  'governance.register.reportDueRequired': "a bijzondere gebruiker's report needs a due date",
  'governance.register.arrangementOnlyBijzonder':
    'only a bijzondere gebruiker has its own reporting arrangement and report date',
  'governance.register.tooManyRepresentatives': 'at most {{max}} representatives',
  'governance.register.notCoUser': 'There is no co-user "{{code}}" in the register.',
  'governance.register.endedAlready': "This co-user's admission ended already.",
  'governance.register.representedParty':
    'must be a party represented on the boards (a hoofdgebruiker, the LMS or the ministry)',
  // issue 18: escalations (SK-3.8)
  'governance.escalation.notFound': 'There is no escalation {{id}}.',
  'governance.escalation.party': 'ask hoofdgebruikers or the LMS only: {{parties}}',
  'governance.escalation.partiesTwice': 'ask each party once',
  'governance.escalation.partiesTwo': 'ask at least two parties',
  'governance.escalation.raiserNotAsked': 'your own party must be among the parties asked',
  'governance.escalation.positionsDuePast': 'must be today ({{today}}) or later',
  'governance.escalation.notAsked': 'Your party is not asked for a position on this escalation.',
  'governance.escalation.decided': 'The BMB decided this escalation: positions no longer change.',
  'governance.escalation.positionsMissing':
    'The BMB decides once every position is in or the deadline ({{due}}) has passed. Missing: {{parties}}.',
  // issue 18: meetings
  'governance.meeting.invalidId': 'must be a meeting id',
  'governance.meeting.notFound': 'There is no meeting {{id}}.',
  'governance.meeting.held': 'This meeting is held: its agenda no longer changes.',
  'governance.meeting.onAgendaAlready': "This item is on the meeting's agenda already.",
  'governance.meeting.notOnAgenda': "is not an item on this meeting's agenda",
  'governance.meeting.order': 'must name every item on the agenda exactly once',
  'governance.meeting.oneSource':
    "give exactly one of: an existing agenda item, a signal, the wishes of a BBP year, or a free item's title and description",
  'governance.meeting.signalNotFound': 'There is no signal {{id}}.',
  'governance.meeting.ownBoard': 'must be the board you are the secretary of',
  'governance.meeting.entryNotFound': "The item {{id}} is not on this meeting's agenda.",
  'governance.meeting.attendeeParty': 'must be a party of the register',
  'governance.meeting.invalidSignalId': 'must be a signal id',
} as const;

export const governance = messagesOf(governanceMessages);
