import source from '../data/meldkamers.json';

export interface MeldkamerDefinition {
  code: string;
  name: string;
  location: string;
  gemeente: string;
  werkgebied: string[];
}

/** The ten meldkamers of the Besluit aanwijzing meldkamers (BWBR0043931, art. 1). */
export const MELDKAMERS: MeldkamerDefinition[] = source.meldkamers.map((m) => ({
  code: m.besluit_onderdeel,
  name: m.naam,
  location: m.locatie_besluit,
  gemeente: m.gemeente,
  werkgebied: m.werkgebied_veiligheidsregios,
}));
