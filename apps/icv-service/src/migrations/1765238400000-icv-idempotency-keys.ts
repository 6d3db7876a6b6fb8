import { MigrationInterface, QueryRunner } from 'typeorm';
import { idempotencyTableDown, idempotencyTableUp } from '@mkib/server-persistence';

/** The idempotency keys of this service's mutations (issue 14, §3): kept with the effect, for a window. */
export class IcvIdempotencyKeys1765238400000 implements MigrationInterface {
  name = 'IcvIdempotencyKeys1765238400000';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of idempotencyTableUp('icv')) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of idempotencyTableDown('icv')) await q.query(statement);
  }
}
