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
