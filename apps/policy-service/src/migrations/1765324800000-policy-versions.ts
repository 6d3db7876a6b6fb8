import { MigrationInterface, QueryRunner } from 'typeorm';
import { POLICY_SEED_SUMMARY, POLICY_SEED_TITLE, policySeedContent } from '@mkib/domain-policy';
import { migrationClock } from '@mkib/server-persistence';

/**
 * The information-security policy as a living document (issue 15): its versions, version 1 seeded from
 * the regulation with the requirements in force now (the BBN profile version in force and the common
 * catalogue's frameworks).
 */
export class PolicyVersions1765324800000 implements MigrationInterface {
  name = 'PolicyVersions1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE policy.policy_version (
      version integer PRIMARY KEY CHECK (version >= 1),
      title text NOT NULL,
      summary text NOT NULL,
      content jsonb NOT NULL,
      requirements jsonb NOT NULL,
      adopted_at timestamptz NOT NULL,
      adopted_by text NOT NULL,
      proposal_id uuid,
      agenda_item_id uuid,
      CHECK ((version = 1) = (proposal_id IS NULL))
    )`);
    const [profile] = (await q.query(`SELECT max(version) AS version FROM policy.bbn_profile`)) as {
      version: number;
    }[];
    const frameworks = (await q.query(
      `SELECT code, name, version FROM policy.framework WHERE owner_party IS NULL ORDER BY code`,
    )) as { code: string; name: string; version: string }[];
    await q.query(
      `INSERT INTO policy.policy_version (version, title, summary, content, requirements, adopted_at, adopted_by)
       VALUES (1, $1, $2, $3, $4, $5, 'system:seed')`,
      [
        POLICY_SEED_TITLE,
        POLICY_SEED_SUMMARY,
        JSON.stringify(policySeedContent()),
        JSON.stringify({ bbnProfileVersion: Number(profile.version), catalogue: frameworks }),
        migrationClock(q).now(),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE policy.policy_version`);
  }
}
