import { createHash } from 'node:crypto';
import { ApplicabilityChanged } from '@mkib/contracts';
import {
  ApplicableMeasure,
  applicabilityByParty,
  leafRequirements,
  RequirementRef,
} from '@mkib/domain-policy';
import type { Transaction } from '@mkib/server-messaging';
import { CatalogueRepository } from '../catalogue/catalogue.repository';
import { PartyFrameworkRepository } from '../profile/party-framework.repository';
import { ProfileRepository } from '../profile/profile.repository';
import { SupplementaryMeasureRepository } from '../profile/supplementary-measure.repository';
import { ApplicabilityRepository } from './applicability.repository';

/**
 * Recomputes which measures apply to each party and publishes `policy.applicability.changed` for every
 * party whose list changed. Called inside the unit of work of each change that can alter it: a profile,
 * supplementary measures, a party's frameworks, a framework import, a facility's classification.
 */
export async function publishApplicability(tx: Transaction): Promise<number> {
  const profiles = new ProfileRepository(tx.manager);
  const applicability = new ApplicabilityRepository(tx.manager);
  const version = await profiles.currentVersion();
  const levels = await profiles.levels(version);
  const facilities = await applicability.facilityStates();
  const supplementary = new Map(
    [...(await new SupplementaryMeasureRepository(tx.manager).ofFacilities()).values()].map((s) => [
      s.facilityCode,
      s.refs,
    ]),
  );
  const attached = await new PartyFrameworkRepository(tx.manager).frameworksOf();
  const requirements = await new CatalogueRepository(tx.manager).requirementsOf([
    ...new Set([...attached.values()].flat().map((f) => f.code)),
  ]);
  const partyFrameworkLeaves = new Map<string, RequirementRef[]>();
  for (const [party, frameworks] of attached)
    partyFrameworkLeaves.set(
      party,
      frameworks.flatMap((f) =>
        leafRequirements(requirements.filter((r) => r.frameworkCode === f.code)).map((r) => ({
          frameworkCode: r.frameworkCode,
          identifier: r.identifier,
        })),
      ),
    );
  const byParty = applicabilityByParty({ facilities, levels, supplementary, partyFrameworkLeaves });
  const described = await describeMeasures(tx, byParty);
  const previous = await applicability.publishedFingerprints();
  const now = tx.clock.now();
  let published = 0;
  for (const [party, refs] of byParty) {
    const measures = refs.map(described);
    const sha256 = createHash('sha256').update(JSON.stringify(measures)).digest('hex');
    if (previous.get(party) === sha256) continue;
    await applicability.recordPublished(party, sha256, measures.length, now);
    await tx.emit(ApplicabilityChanged, party, { party, profileVersion: version, measures });
    published++;
  }
  return published;
}

/** Adds to each measure its title, text and framework version as the catalogue reads now: two queries. */
async function describeMeasures(
  tx: Transaction,
  byParty: Map<string, ApplicableMeasure[]>,
): Promise<(m: ApplicableMeasure) => ApplicableMeasure & Described> {
  const refs = new Map<string, RequirementRef>();
  for (const measures of byParty.values())
    for (const m of measures)
      refs.set(`${m.frameworkCode}:${m.identifier}`, {
        frameworkCode: m.frameworkCode,
        identifier: m.identifier,
      });
  const catalogue = new CatalogueRepository(tx.manager);
  const requirements = new Map(
    (await catalogue.requirementsByRefs([...refs.values()])).map((r) => [
      `${r.frameworkCode}:${r.identifier}`,
      r,
    ]),
  );
  const versions = new Map(
    (await catalogue.frameworksByCodes([...new Set([...refs.values()].map((r) => r.frameworkCode))])).map(
      (f) => [f.code, f.version],
    ),
  );
  return (m) => {
    const r = requirements.get(`${m.frameworkCode}:${m.identifier}`);
    return {
      ...m,
      title: r?.title ?? null,
      text: r?.text ?? null,
      frameworkVersion: versions.get(m.frameworkCode) ?? null,
    };
  };
}
interface Described {
  title: string | null;
  text: string | null;
  frameworkVersion: string | null;
}
