import { AgendaItemEntity } from './agenda-item.entity';
import { toAgendaException, toAgendaItem } from './agenda-item.view';

describe('[SK-3.5] [SK-5.5] an agenda item as the boards read it', () => {
  it('reads an exception of either icv.submitted version: by measure, or the free text of before', () => {
    expect(
      toAgendaException({
        measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
        explanation: 'HSM besteld',
        plannedDate: '2099-06-30',
        legacy: null,
      }),
    ).toEqual({
      measures: [{ frameworkCode: 'BIO2', identifier: '8.24.01' }],
      explanation: 'HSM besteld',
      plannedDate: '2099-06-30',
      subject: 'BIO2:8.24.01',
      description: 'HSM besteld',
      improvement: '',
      dueDate: '2099-06-30',
    });
    // Stored from a version 1 event, before this release: the old fields read as they did.
    expect(
      toAgendaException({
        subject: 'Sleutelbeheer',
        description: 'Handmatig',
        improvement: 'HSM',
        dueDate: '2099-01-01',
      }),
    ).toEqual({
      measures: [],
      explanation: 'Sleutelbeheer: Handmatig (verbetermaatregel: HSM)',
      plannedDate: '2099-01-01',
      subject: 'Sleutelbeheer',
      description: 'Handmatig',
      improvement: 'HSM',
      dueDate: '2099-01-01',
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
