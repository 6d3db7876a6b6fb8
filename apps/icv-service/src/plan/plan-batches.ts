import { Injectable } from '@nestjs/common';
import type { IcvException } from '@mkib/domain-icv';
import { RequestLoaders } from '@mkib/server-graphql';
import { FindingView, toFinding } from '../assessment/assessment.service';
import { PlanLineView, PlanService, toPlanLineTreatment } from './plan.service';

type Treatment = ReturnType<typeof toPlanLineTreatment>;

/**
 * The per-line fields of plans (findings, exceptions, risk treatments) and Finding.planLines, batched per
 * request (no N+1): however many lines a request resolves, each kind costs one query.
 */
@Injectable()
export class PlanRequestBatches {
  constructor(private readonly plans: PlanService) {}

  async findings(loaders: RequestLoaders, ids: readonly string[]): Promise<FindingView[]> {
    const rows = await this.findingLoader(loaders).loadMany([...ids]);
    return rows.filter((r): r is FindingView => !!r && !(r instanceof Error));
  }

  async treatments(loaders: RequestLoaders, ids: readonly string[]): Promise<Treatment[]> {
    const rows = await this.treatmentLoader(loaders).loadMany([...ids]);
    return rows.filter((r): r is Treatment => !!r && !(r instanceof Error));
  }

  async exceptions(loaders: RequestLoaders, key: { party: string; year: number }): Promise<IcvException[]> {
    return (await this.exceptionsLoader(loaders).load(key)) ?? [];
  }

  async planLines(loaders: RequestLoaders, findingId: string): Promise<PlanLineView[]> {
    return (await this.planLinesLoader(loaders).load(findingId)) ?? [];
  }

  /** After a mutation: what this request loaded before may have changed. */
  forget(loaders: RequestLoaders): void {
    for (const l of [
      this.findingLoader(loaders),
      this.treatmentLoader(loaders),
      this.exceptionsLoader(loaders),
      this.planLinesLoader(loaders),
    ])
      l.clearAll();
  }

  private findingLoader(loaders: RequestLoaders) {
    return loaders.get<string, FindingView>('icv.plan.findings', async (ids) =>
      (await this.plans.findingsByIds(ids)).map((f) => (f ? toFinding(f) : null)),
    );
  }

  private treatmentLoader(loaders: RequestLoaders) {
    return loaders.get<string, Treatment>('icv.plan.treatments', async (ids) =>
      (await this.plans.treatmentsByIds(ids)).map((t) => (t ? toPlanLineTreatment(t) : null)),
    );
  }

  private exceptionsLoader(loaders: RequestLoaders) {
    return loaders.get<{ party: string; year: number }, IcvException[]>(
      'icv.plan.exceptions',
      (keys) => this.plans.exceptionsOf(keys),
      { cacheKey: (k) => `${k.party}|${k.year}` },
    );
  }

  private planLinesLoader(loaders: RequestLoaders) {
    return loaders.get<string, PlanLineView[]>('icv.plan.linesAddressing', (ids) =>
      this.plans.linesAddressing(ids),
    );
  }
}
