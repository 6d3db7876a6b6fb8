import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comply or explain (SK-5.5): an exception names its measures by identifier, with an explanation and a
 * planned date. Exceptions recorded as free text stay readable: they become an exception with no
 * measure whose explanation holds the old text, and keep the old fields as `legacy` (what the API
 * showed before still reads the same).
 */
export class IcvExceptionMeasures1764979200000 implements MigrationInterface {
  name = 'IcvExceptionMeasures1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE icv.icv SET exceptions = (
      SELECT coalesce(jsonb_agg(jsonb_build_object(
        'measures', '[]'::jsonb,
        'explanation', format('%s: %s (verbetermaatregel: %s)',
          e->>'subject', e->>'description', e->>'improvement'),
        'plannedDate', coalesce(e->>'dueDate', ''),
        'legacy', jsonb_build_object(
          'subject', coalesce(e->>'subject', ''),
          'description', coalesce(e->>'description', ''),
          'improvement', coalesce(e->>'improvement', ''))
      ) ORDER BY n), '[]'::jsonb)
      FROM jsonb_array_elements(exceptions) WITH ORDINALITY AS x(e, n)
    ) WHERE jsonb_array_length(exceptions) > 0 AND NOT (exceptions->0 ? 'measures')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE icv.icv SET exceptions = (
      SELECT coalesce(jsonb_agg(jsonb_build_object(
        'subject', coalesce(e->'legacy'->>'subject', (
          SELECT string_agg((m->>'frameworkCode') || ':' || (m->>'identifier'), ', ')
          FROM jsonb_array_elements(e->'measures') AS y(m)), ''),
        'description', coalesce(e->'legacy'->>'description', e->>'explanation'),
        'improvement', coalesce(e->'legacy'->>'improvement', ''),
        'dueDate', e->>'plannedDate'
      ) ORDER BY n), '[]'::jsonb)
      FROM jsonb_array_elements(exceptions) WITH ORDINALITY AS x(e, n)
    ) WHERE jsonb_array_length(exceptions) > 0 AND exceptions->0 ? 'measures'`);
  }
}
