import { EntityManager, In, Repository } from 'typeorm';
import { insertIfAbsent } from '@mkib/server-persistence';
import { MedegebruikerReportEntity } from './medegebruiker-report.entity';

/** The medegebruikers' yearly reports. */
export class MedegebruikerReportRepository {
  private readonly reports: Repository<MedegebruikerReportEntity>;

  constructor(manager: EntityManager) {
    this.reports = manager.getRepository(MedegebruikerReportEntity);
  }

  /** A year's reports, by party: all of them, or those of and to one party. */
  ofYear(year: number, party: string | null): Promise<MedegebruikerReportEntity[]> {
    return this.reports.find({
      where:
        party === null
          ? { year }
          : [
              { year, party },
              { year, reportsTo: party },
            ],
      order: { party: 'ASC' },
    });
  }

  /** The reports made to these parties in these years (one query for a batch of ICVs). */
  toParties(keys: readonly { reportsTo: string; year: number }[]): Promise<MedegebruikerReportEntity[]> {
    if (!keys.length) return Promise.resolve([]);
    const years = [...new Set(keys.map((k) => k.year))];
    const parties = [...new Set(keys.map((k) => k.reportsTo))];
    return this.reports.find({ where: { year: In(years), reportsTo: In(parties) }, order: { party: 'ASC' } });
  }

  exists(year: number, party: string): Promise<boolean> {
    return this.reports.existsBy({ year, party });
  }

  /** Inserts the report unless the party reported for the year already (then false). */
  insert(report: MedegebruikerReportEntity): Promise<boolean> {
    return insertIfAbsent(this.reports, report);
  }
}
