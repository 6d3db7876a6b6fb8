import { CalendarChanged } from '@mkib/contracts';
import { progressPeriodsOf } from '@mkib/domain-icv';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { ProgressService } from './progress.service';

/**
 * The BBP calendar of a year was set or moved (SK-3.2, SK-2.4): icv keeps its progress-report moments as
 * the periods reports are made for, replaced whole per year (period n = the n-th moment in date order).
 */
export function consumeCalendarChanged(context: ServiceContext): Promise<void> {
  return consumeEvent({
    transport: context.transport,
    unitOfWork: context.unitOfWork,
    schema: 'icv',
    consumer: 'icv',
    contract: CalendarChanged,
    logger: context.logger,
    async handle(tx, event) {
      const d = event.data;
      const periods = progressPeriodsOf(d.progressReportMoments);
      await ProgressService.replacePeriods(tx.manager, d.year, periods);
      await tx.audit('calendar.received', `calendar/${d.year}`, {
        sourceEventId: event.id,
        year: d.year,
        periods,
      });
    },
  });
}
