import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AssessmentSnapshot, Statement } from '@mkib/domain-icv';
import { RequestLoaders } from '@mkib/server-graphql';
import type { PartyYear } from './assessment/assessment.repository';
import { AssessmentService, EvidenceView, FindingView } from './assessment/assessment.service';
import { IcvRepository } from './icv/icv.repository';
import type { IcvVersionKey } from './snapshot/assessment-snapshot.repository';
import { IcvView, toIcv } from './icv/icv.service';
import {
  MedegebruikerReports,
  MedegebruikerReportService,
} from './medegebruiker-report/medegebruiker-report.service';

const partyYear = (k: PartyYear) => `${k.party}|${k.year}`;

/**
 * The per-parent fields of the icv subgraph, batched per request (no N+1): however many ICVs or
 * assessment entries a request resolves, each kind below costs one batch of one or two queries.
 */
@Injectable()
export class IcvRequestBatches {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
    private readonly medegebruikerReports: MedegebruikerReportService,
  ) {}

  /** Every version of an ICV, newest first. */
  versions(loaders: RequestLoaders, icvId: string): Promise<IcvView[]> {
    return this.versionsLoader(loaders).load(icvId) as Promise<IcvView[]>;
  }

  /** The medegebruikers a party answers for in a year, with their reports. */
  medegebruikerReportsTo(loaders: RequestLoaders, key: PartyYear): Promise<MedegebruikerReports> {
    return this.reportsLoader(loaders).load(key) as Promise<MedegebruikerReports>;
  }

  /** What a party's assessment of a year suggests. */
  proposedStatement(loaders: RequestLoaders, key: PartyYear): Promise<Statement | null> {
    return this.proposedLoader(loaders).load(key);
  }

  /** The snapshot of a submitted ICV version (null for a version never submitted). */
  snapshot(loaders: RequestLoaders, key: IcvVersionKey): Promise<AssessmentSnapshot | null> {
    return this.snapshotLoader(loaders).load(key);
  }

  findings(loaders: RequestLoaders, key: PartyYear): Promise<FindingView[]> {
    return this.findingsLoader(loaders).load(key) as Promise<FindingView[]>;
  }

  evidence(loaders: RequestLoaders, key: PartyYear): Promise<EvidenceView[]> {
    return this.evidenceLoader(loaders).load(key) as Promise<EvidenceView[]>;
  }

  /**
   * After a mutation: what this request loaded before may have changed (a request can hold several
   * mutations, each resolved with its fields before the next runs).
   */
  forget(loaders: RequestLoaders): void {
    for (const loader of [
      this.versionsLoader(loaders),
      this.reportsLoader(loaders),
      this.proposedLoader(loaders),
      this.findingsLoader(loaders),
      this.evidenceLoader(loaders),
      this.snapshotLoader(loaders),
    ])
      loader.clearAll();
  }

  private versionsLoader(loaders: RequestLoaders) {
    return loaders.get<string, IcvView[]>('icv.versions', async (ids) => {
      const rows = await new IcvRepository(this.dataSource.manager).versionsOf(ids);
      return ids.map((id) => rows.filter((r) => r.id === id).map(toIcv));
    });
  }

  private reportsLoader(loaders: RequestLoaders) {
    return loaders.get<PartyYear, MedegebruikerReports>(
      'icv.medegebruikerReportsTo',
      (keys) => this.medegebruikerReports.reportsTo(keys),
      { cacheKey: partyYear },
    );
  }

  private proposedLoader(loaders: RequestLoaders) {
    return loaders.get<PartyYear, Statement>(
      'icv.proposedStatement',
      (keys) => this.assessments.proposedStatements(keys),
      { cacheKey: partyYear },
    );
  }

  private snapshotLoader(loaders: RequestLoaders) {
    return loaders.get<IcvVersionKey, AssessmentSnapshot>(
      'icv.snapshot',
      (keys) => this.assessments.snapshotsOf(keys),
      { cacheKey: (k) => `${k.id}|${k.version}` },
    );
  }

  private findingsLoader(loaders: RequestLoaders) {
    return loaders.get<PartyYear, FindingView[]>(
      'icv.findings',
      (keys) => this.assessments.findingsOf(keys),
      { cacheKey: partyYear },
    );
  }

  private evidenceLoader(loaders: RequestLoaders) {
    return loaders.get<PartyYear, EvidenceView[]>(
      'icv.evidence',
      (keys) => this.assessments.evidenceOf(keys),
      { cacheKey: partyYear },
    );
  }
}
