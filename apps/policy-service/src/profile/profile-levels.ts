import type { EntityManager } from 'typeorm';
import { BBN_LEVELS, BbnProfileLevel } from '@mkib/domain-policy';

/** The BBN profile version in force. */
export async function currentProfileVersion(manager: EntityManager): Promise<number> {
  const [{ version }] = await manager.query(`SELECT max(version) AS version FROM policy.bbn_profile`);
  return Number(version);
}

/** A profile version's levels, each with the measures it introduces in catalogue order. */
export async function profileLevels(manager: EntityManager, version: number): Promise<BbnProfileLevel[]> {
  const rows: { bbn: number; framework_code: string; identifier: string }[] = await manager.query(
    `SELECT m.bbn, m.framework_code, m.identifier FROM policy.bbn_profile_measure m
       JOIN policy.requirement r ON r.framework_code = m.framework_code AND r.identifier = m.identifier
      WHERE m.version = $1 ORDER BY m.bbn, m.framework_code, r.sort_key`,
    [version],
  );
  return BBN_LEVELS.map((bbn) => ({
    bbn,
    measures: rows
      .filter((r) => Number(r.bbn) === bbn)
      .map((r) => ({ frameworkCode: r.framework_code, identifier: r.identifier })),
  }));
}
