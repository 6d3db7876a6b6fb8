/** `OpenCycleInput` of the schema: the year and its four deadlines (YYYY-MM-DD). */
export interface OpenCycleInput {
  year: number;
  medegebruikerRapportages: string;
  icvIndiening: string;
  smbVergadering: string;
  bmbVergadering: string;
}
