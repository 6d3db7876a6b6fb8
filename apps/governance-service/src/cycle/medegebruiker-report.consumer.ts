import { CoUserReportSubmitted } from '@mkib/contracts';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { MedegebruikerReportReceivedEntity } from './medegebruiker-report-received.entity';

/** Notes that a medegebruiker reported (its medegebruikersrapportage), so the cycle stops reminding it (SK-5.4). */
export function consumeMedegebruikerReport(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'governance',
    consumer: 'governance',
    contract: CoUserReportSubmitted,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      // The first report of a year counts; a later one changes nothing here.
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(MedegebruikerReportReceivedEntity)
        .values({ year: d.year, party: d.party, reportsTo: d.reportsTo, receivedAt: tx.clock.now() })
        .orIgnore()
        .execute();
      await tx.audit('co-user-report.received', `${d.party}/${d.year}`, {
        reportsTo: d.reportsTo,
        sourceEventId: event.id,
      });
    },
  });
}
