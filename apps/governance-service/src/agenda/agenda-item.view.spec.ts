import { AgendaItemEntity } from './agenda-item.entity';
import { toAgendaException, toAgendaItem } from './agenda-item.view';

/** Days ahead of the clock, as `YYYY-MM-DD`: no date here passes with time. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const SOONER = daysAhead(30);
const LATER = daysAhead(200);

describe('[SK-3.5] [SK-5.5] an agenda item as the boards read it', () => {
  it('reads an exception of either icv.submitted version: by measure, or the free text of before', () => {
    expect(
      toAgendaException({
        measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
        explanation: 'HSM besteld',
        plannedDate: LATER,
        legacy: null,
      }),
    ).toEqual({
      measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
      explanation: 'HSM besteld',
      plannedDate: LATER,
      subject: 'BIO2:8.24.01',
      description: 'HSM besteld',
      improvement: '',
      dueDate: LATER,
    });
    // Stored from a version 1 event, before this release: the old fields read as they did.
    expect(
      toAgendaException({
        subject: 'Sleutelbeheer',
        description: 'Handmatig',
        improvement: 'HSM',
        dueDate: SOONER,
      }),
    ).toEqual({
      measures: [],
      explanation: 'Sleutelbeheer: Handmatig (verbetermaatregel: HSM)',
      plannedDate: SOONER,
      subject: 'Sleutelbeheer',
      description: 'Handmatig',
      improvement: 'HSM',
      dueDate: SOONER,
    });
  });

  it('shows where the chosen statement differs from the proposal, and nothing for an item without one', () => {
    const item = {
      statement: 'IN_CONTROL',
      exceptions: [],
      missingReports: [{ party: 'rode-kruis', explanation: 'Geen inzet dit jaar.' }],
      proposal: {
        statement: 'IN_CONTROL_MET_UITZONDERINGEN',
        applicable: 10,
        implemented: 8,
        partly: 1,
        notImplemented: 1,
        notApplicable: 0,
        unassessed: 0,
        percentImplemented: 80,
      },
      submittedAt: new Date(),
    } as unknown as AgendaItemEntity;
    expect(toAgendaItem(item)).toEqual(
      expect.objectContaining({
        proposedStatement: 'IN_CONTROL_MET_UITZONDERINGEN',
        deviatesFromProposal: true,
        missingReports: [{ party: 'rode-kruis', explanation: 'Geen inzet dit jaar.' }],
      }),
    );
    expect(toAgendaItem({ ...item, proposal: null } as AgendaItemEntity)).toEqual(
      expect.objectContaining({ proposedStatement: null, deviatesFromProposal: false }),
    );
  });
});
