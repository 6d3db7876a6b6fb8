import { CoUserReportSubmitted } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';

/** Notes that a co-user reported, so the cycle stops reminding it (SK-5.4). */
export function consumeCoUserReport(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'governance',
    consumer: 'governance',
    contract: CoUserReportSubmitted,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      await tx.manager.query(
        `INSERT INTO governance.co_user_report_received (year, party, reports_to, received_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (year, party) DO NOTHING`,
        [d.year, d.party, d.reportsTo],
      );
      await tx.audit('co-user-report.received', `${d.party}/${d.year}`, {
        reportsTo: d.reportsTo,
        sourceEventId: event.id,
      });
    },
  });
}
