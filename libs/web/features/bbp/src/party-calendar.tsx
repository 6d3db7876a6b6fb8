import { Session } from '@mkib/web-data-access';
import { submitsWishes } from './bbp-rules';
import { PdcaCalendar } from './calendar-view';
import { PartyWishes } from './party-wishes';
import { BbpYearChoice } from './year-choice';

/**
 * A party workspace's "Kalender": the PDCA calendar of a year and, for the security officer and
 * accountable official of a party of art. 1e (and the LMS), the party's wishes for that year's BBP.
 */
export function PartyCalendar(props: { session: Session }) {
  const wishes = submitsWishes(props.session);
  return (
    <BbpYearChoice name="party-calendar-year">
      {(year) => (
        <>
          <PdcaCalendar year={year} />
          {wishes && <PartyWishes key={year} year={year} party={props.session.party} />}
        </>
      )}
    </BbpYearChoice>
  );
}
