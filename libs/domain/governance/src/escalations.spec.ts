import { DomainError } from '@mkib/domain-shared';
import {
  assertEscalationDecidable,
  assertPositionAllowed,
  checkEscalation,
  checkEscalationPosition,
  escalationDecidable,
  escalationItemTitle,
  missingPositions,
} from './escalations';

// Dates relative to a fixed day of the plausible range (no calendar year in the source).
const today = '1999-06-15';
const later = '1999-07-01';
const earlier = '1999-06-14';

const valid = {
  title: 'Gedeelde logging',
  question: 'Moet de logging van de meldkamer centraal worden bewaard?',
  parties: ['politie', 'ambulance', 'brandweer'],
  positionsDue: later,
};

const keys = (problems: { key?: string; field: string }[]) => problems.map((p) => `${p.field}:${p.key}`);

describe('escalations', () => {
  it('accepts two or more hoofdgebruikers or the LMS, the raising party among them, due today or later', () => {
    expect(checkEscalation(valid, today, 'politie')).toEqual([]);
    expect(
      checkEscalation({ ...valid, parties: ['lms', 'kmar'], positionsDue: today }, today, 'lms'),
    ).toEqual([]);
    // The board secretary need not be asked.
    expect(checkEscalation(valid, today, null)).toEqual([]);
  });

  it('refuses fewer than two, duplicates, other parties, a raiser not asked and a past deadline', () => {
    expect(keys(checkEscalation({ ...valid, parties: ['politie'] }, today, 'politie'))).toEqual([
      'input.parties:governance.escalation.partiesTwo',
    ]);
    expect(keys(checkEscalation({ ...valid, parties: ['politie', 'politie'] }, today, 'politie'))).toEqual([
      'input.parties:governance.escalation.partiesTwice',
    ]);
    expect(keys(checkEscalation({ ...valid, parties: ['politie', 'smb'] }, today, 'politie'))).toEqual([
      'input.parties:governance.escalation.party',
    ]);
    expect(keys(checkEscalation(valid, today, 'kmar'))).toEqual([
      'input.parties:governance.escalation.raiserNotAsked',
    ]);
    expect(keys(checkEscalation({ ...valid, positionsDue: earlier }, today, 'politie'))).toEqual([
      'input.positionsDue:governance.escalation.positionsDuePast',
    ]);
    expect(checkEscalation({ ...valid, positionsDue: 'morgen' }, today, 'politie')).toHaveLength(1);
    expect(checkEscalation({ ...valid, title: ' ', question: 'kort' }, today, 'politie')).toHaveLength(2);
  });

  it('a position is EENS or ONEENS with reasoning', () => {
    expect(checkEscalationPosition({ stance: 'EENS', reasoning: 'Wij kunnen hiermee instemmen.' })).toEqual(
      [],
    );
    expect(checkEscalationPosition({ stance: 'MISSCHIEN', reasoning: '' })).toHaveLength(2);
  });

  it('a position only by a party asked, until decided', () => {
    expect(() =>
      assertPositionAllowed({ state: 'OPEN', parties: ['politie', 'lms'] }, 'politie'),
    ).not.toThrow();
    expect(() => assertPositionAllowed({ state: 'OPEN', parties: ['politie', 'lms'] }, 'kmar')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'governance.escalation.notAsked' }),
    );
    expect(() => assertPositionAllowed({ state: 'BESLOTEN', parties: ['politie', 'lms'] }, 'lms')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'governance.escalation.decided' }),
    );
  });

  it('the BMB decides once all positions are in, or once the deadline has passed', () => {
    const missing = missingPositions(['politie', 'ambulance', 'brandweer'], ['ambulance']);
    expect(missing).toEqual(['politie', 'brandweer']);
    expect(escalationDecidable(missing, today, today)).toBe(false);
    expect(escalationDecidable(missing, later, today)).toBe(true);
    expect(escalationDecidable([], today, later)).toBe(true);
    let error: DomainError | undefined;
    try {
      assertEscalationDecidable(missing, today, later, (c) => c.toUpperCase());
    } catch (e) {
      error = e as DomainError;
    }
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'governance.escalation.positionsMissing' });
    expect(error!.message).toContain('POLITIE, BRANDWEER');
    expect(() => assertEscalationDecidable(missing, later, today)).not.toThrow();
  });

  it('titles the agenda item', () => {
    expect(escalationItemTitle(' Logging ')).toBe('Escalatie: Logging');
  });
});
