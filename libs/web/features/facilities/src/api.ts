import type { BivNiveau as Niveau, FacilitiesQuery } from '@mkib/web-data-access';

export type BivNiveau = Niveau;
/** A facility as the register shows it (the `Facilities` operation's row). */
export type Facility = FacilitiesQuery['facilities'][number];
