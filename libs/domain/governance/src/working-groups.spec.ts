import { DomainError } from '@mkib/domain-shared';
import { PARTIES } from './parties';
import {
  assertWorkingGroupActive,
  checkWorkingGroup,
  checkWorkingGroupReport,
  normaliseMembers,
  workingGroupReportTitle,
} from './working-groups';

const kindOf = (code: string) => PARTIES.find((p) => p.code === code)?.kind;
const group = (members: { party: string; name: string }[]) => ({
  name: 'Werkgroep incidentrespons',
  mandate: 'Stelt een gezamenlijk incidentresponsplan op.',
  members,
});
const keys = (problems: { field: string; key?: string }[]) => problems.map((p) => `${p.field}: ${p.key}`);

describe('working groups (SK-3.7)', () => {
  it('takes the beheerder and a hoofdgebruiker', () => {
    expect(
      checkWorkingGroup(
        group([
          { party: 'lms', name: 'A. de Vries' },
          { party: 'politie', name: 'B. Jansen' },
        ]),
        kindOf,
      ),
    ).toEqual([]);
  });

  it('requires a name, a mandate and at least one member', () => {
    expect(keys(checkWorkingGroup({ name: ' ', mandate: '', members: [] }, kindOf))).toEqual([
      'input.name: field.required',
      'input.mandate: field.required',
      'input.members: governance.workingGroup.noMembers',
    ]);
  });

  it.each(['smb', 'bmb', 'jenv', 'handhaving-amsterdam', 'rijkswaterstaat', 'onbekend'])(
    'refuses a member of %s',
    (party) => {
      expect(
        keys(
          checkWorkingGroup(
            group([
              { party: 'lms', name: 'A' },
              { party: 'politie', name: 'B' },
              { party, name: 'C' },
            ]),
            kindOf,
          ),
        ),
      ).toEqual(['input.members.2.party: governance.workingGroup.memberParty']);
    },
  );

  it('needs the beheerder and a hoofdgebruiker represented', () => {
    for (const members of [
      [{ party: 'lms', name: 'A' }],
      [
        { party: 'politie', name: 'A' },
        { party: 'brandweer', name: 'B' },
      ],
    ])
      expect(keys(checkWorkingGroup(group(members), kindOf))).toEqual([
        'input.members: governance.workingGroup.representation',
      ]);
  });

  it('requires member names and names no one twice for a party', () => {
    expect(
      keys(
        checkWorkingGroup(
          group([
            { party: 'lms', name: 'A. de Vries' },
            { party: 'politie', name: ' ' },
            { party: 'lms', name: 'a. de vries ' },
            { party: 'politie', name: 'A. de Vries' },
          ]),
          kindOf,
        ),
      ),
    ).toEqual([
      'input.members.1.name: field.required',
      'input.members.2.name: governance.workingGroup.memberTwice',
    ]);
  });

  it('trims member names', () => {
    expect(normaliseMembers([{ party: 'lms', name: ' A ' }])).toEqual([{ party: 'lms', name: 'A' }]);
  });

  it('requires a report title and summary', () => {
    expect(keys(checkWorkingGroupReport({ title: '', summary: ' ' }))).toEqual([
      'input.title: field.required',
      'input.summary: field.required',
    ]);
  });

  it('lets only an active group change or report', () => {
    expect(() => assertWorkingGroupActive('ACTIEF')).not.toThrow();
    expect(() => assertWorkingGroupActive('OPGEHEVEN')).toThrow(DomainError);
  });

  it('titles the report item after the group', () => {
    expect(workingGroupReportTitle(' Incidentrespons ', 'Eerste rapportage')).toBe(
      'Werkgroep Incidentrespons: Eerste rapportage',
    );
  });
});
