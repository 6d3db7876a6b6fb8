import { ApplicabilityChanged } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';

/** Keeps the measures that apply to each party, as the policy context publishes them (SK-2.2b). */
export function consumeApplicability(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: ApplicabilityChanged,
    logger: context.logger,
    async handle(tx, event) {
      const { party, profileVersion, measures } = event.data;
      await tx.manager.query(`DELETE FROM icv.applicable_measure WHERE party = $1`, [party]);
      if (measures.length)
        await tx.manager.query(
          `INSERT INTO icv.applicable_measure (party, framework_code, identifier, facilities, position)
           SELECT $1, f, i, COALESCE(string_to_array(NULLIF(fac, ''), ','), '{}'), p
             FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS t(f, i, fac, p)`,
          [
            party,
            measures.map((m) => m.frameworkCode),
            measures.map((m) => m.identifier),
            measures.map((m) => m.facilities.join(',')),
            measures.map((_, i) => i),
          ],
        );
      await tx.manager.query(
        `INSERT INTO icv.applicability_received (party, profile_version, received_at) VALUES ($1, $2, now())
         ON CONFLICT (party) DO UPDATE SET profile_version = EXCLUDED.profile_version, received_at = now()`,
        [party, profileVersion],
      );
      await tx.audit('applicability.received', party, {
        profileVersion,
        measures: measures.length,
        sourceEventId: event.id,
      });
    },
  });
}
