import { PLAN_KEEPERS } from '@mkib/domain-governance';
import { AUTHORISATION_TABLE } from '@mkib/server-auth';

/**
 * The plan keepers are kept once (libs/domain/governance PLAN_KEEPERS, the source of truth); the
 * authorisation table's list, which icv's plans follow (keepsPlan), must be the same.
 */
describe('[SK-2.3] [SK-2.4] the plan keepers', () => {
  it('are the same in governance, the permissions and icv', () => {
    const parties = (action: keyof typeof AUTHORISATION_TABLE) =>
      [
        ...new Set(
          AUTHORISATION_TABLE[action].grants.flatMap((g: { parties?: readonly string[] }) => g.parties ?? []),
        ),
      ].sort();
    expect(parties('implementation-plan.manage')).toEqual([...PLAN_KEEPERS].sort());
    expect(parties('progress-report.sign')).toEqual([...PLAN_KEEPERS].sort());
  });
});
