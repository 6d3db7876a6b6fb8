import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApplicabilityChanged } from '@mkib/contracts';
import { applicabilityByParty, leafRequirements, RequirementRef } from '@mkib/domain-policy';
import type { Transaction } from '@mkib/server-messaging';
import { RequirementEntity } from '../catalogue/requirement.entity';
import { currentProfileVersion, profileLevels } from '../profile/profile-levels';

/**
 * Recomputes which measures apply to each party and publishes `policy.applicability.changed` for every
 * party whose list changed. Called inside the unit of work of each change that can alter it: a profile,
 * supplementary measures, a party's frameworks, a framework import, a facility's classification.
 */
export async function publishApplicability(tx: Transaction): Promise<number> {
  const m: EntityManager = tx.manager;
  const version = await currentProfileVersion(m);
  const levels = await profileLevels(m, version);
  const facilities: { code: string; bbn: number; used_by: string[] }[] = await m.query(
    `SELECT code, bbn, used_by FROM policy.facility_state ORDER BY code`,
  );
  const supplementaryRows: { facility_code: string; framework_code: string; identifier: string }[] =
    await m.query(
      `SELECT s.facility_code, s.framework_code, s.identifier FROM policy.supplementary_measure s
       JOIN policy.requirement r ON r.framework_code = s.framework_code AND r.identifier = s.identifier
      ORDER BY s.facility_code, s.framework_code, r.sort_key`,
    );
  const supplementary = new Map<string, RequirementRef[]>();
  for (const s of supplementaryRows)
    supplementary.set(s.facility_code, [
      ...(supplementary.get(s.facility_code) ?? []),
      { frameworkCode: s.framework_code, identifier: s.identifier },
    ]);
  const attached: { party: string; framework_code: string }[] = await m.query(
    `SELECT party, framework_code FROM policy.party_framework ORDER BY party, framework_code`,
  );
  const partyFrameworkLeaves = new Map<string, RequirementRef[]>();
  for (const a of attached) {
    const requirements = await m
      .getRepository(RequirementEntity)
      .find({ where: { frameworkCode: a.framework_code }, order: { sortKey: 'ASC' } });
    partyFrameworkLeaves.set(a.party, [
      ...(partyFrameworkLeaves.get(a.party) ?? []),
      ...leafRequirements(requirements).map((r) => ({
        frameworkCode: r.frameworkCode,
        identifier: r.identifier,
      })),
    ]);
  }
  const byParty = applicabilityByParty({
    facilities: facilities.map((f) => ({ code: f.code, bbn: Number(f.bbn), usedBy: f.used_by })),
    levels,
    supplementary,
    partyFrameworkLeaves,
  });
  const previous = new Map<string, string>(
    (
      (await m.query(`SELECT party, sha256 FROM policy.applicability_published`)) as {
        party: string;
        sha256: string;
      }[]
    ).map((r) => [r.party, r.sha256]),
  );
  let published = 0;
  for (const [party, measures] of byParty) {
    const sha256 = createHash('sha256').update(JSON.stringify(measures)).digest('hex');
    if (previous.get(party) === sha256) continue;
    await m.query(
      `INSERT INTO policy.applicability_published (party, sha256, measures, published_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (party) DO UPDATE SET sha256 = EXCLUDED.sha256, measures = EXCLUDED.measures, published_at = now()`,
      [party, sha256, measures.length],
    );
    await tx.emit(ApplicabilityChanged, party, { party, profileVersion: version, measures });
    published++;
  }
  return published;
}
