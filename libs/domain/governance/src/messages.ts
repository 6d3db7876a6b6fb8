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
} as const;

export const governance = messagesOf(governanceMessages);
