import { FacilityClassified, FindingChanged, RiskTreatmentChanged } from '@mkib/contracts';
import { treatmentReminderOwed } from '@mkib/domain-governance';
import { consumeEvent } from '@mkib/server-messaging';
import type { ServiceContext } from '@mkib/server-runtime';
import { RiskTreatmentDeadlineEntity } from './reminder-read-models.entity';

const common = (context: ServiceContext) => ({
  transport: context.transport,
  unitOfWork: context.unitOfWork,
  schema: 'governance',
  consumer: 'governance',
  logger: context.logger,
});

/** One line for a finding: its measure and what it says, cut to a readable length. */
const findingTitle = (d: { frameworkCode: string; identifier: string; description: string }) => {
  const text = d.description.replace(/\s+/g, ' ').trim();
  return `${d.frameworkCode} ${d.identifier}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`;
};

/**
 * Other contexts' deadlines governance reminds of (issue 17): icv's findings (BEVINDING), risk's treatments
 * (RISICOBEHANDELING, from `risk.treatment.changed`) and risk's facilities' BIV review dates (BIV_HERIJKING).
 * Every handled event is audited, also when it changes nothing.
 */
export async function consumeDeadlineEvents(context: ServiceContext): Promise<void> {
  await consumeEvent({
    ...common(context),
    contract: FindingChanged,
    async handle(tx, event) {
      const d = event.data;
      // Events of one finding may arrive out of order: the newest change wins.
      // raw SQL: an upsert that keeps the newest change (ON CONFLICT … WHERE).
      await tx.manager.query(
        `INSERT INTO governance.finding_deadline (finding_id, party, year, title, due_date, status, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (finding_id) DO UPDATE SET party = EXCLUDED.party, year = EXCLUDED.year,
           title = EXCLUDED.title, due_date = EXCLUDED.due_date, status = EXCLUDED.status,
           changed_at = EXCLUDED.changed_at
         WHERE governance.finding_deadline.changed_at <= EXCLUDED.changed_at`,
        [d.findingId, d.party, d.year, findingTitle(d), d.dueDate, d.status, new Date(d.changedAt)],
      );
      await tx.audit('finding-deadline.received', `finding/${d.findingId}`, {
        sourceEventId: event.id,
        party: d.party,
        dueDate: d.dueDate,
        status: d.status,
      });
    },
  });

  await consumeEvent({
    ...common(context),
    contract: FacilityClassified,
    async handle(tx, event) {
      const d = event.data;
      // An event from before review dates travelled says nothing about the review: keep what we know.
      if (!d.reviewDue) {
        await tx.audit('facility-review.unknown', `facility/${d.facilityCode}`, { sourceEventId: event.id });
        return;
      }
      // raw SQL: an upsert that keeps the newest announcement (an older or redelivered event changes nothing).
      await tx.manager.query(
        `INSERT INTO governance.facility_review (facility_code, review_due, received_at, announced_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (facility_code) DO UPDATE SET review_due = EXCLUDED.review_due,
           received_at = EXCLUDED.received_at, announced_at = EXCLUDED.announced_at
         WHERE governance.facility_review.announced_at IS NULL
            OR governance.facility_review.announced_at <= EXCLUDED.announced_at`,
        [d.facilityCode, d.reviewDue, tx.clock.now(), new Date(event.time)],
      );
      await tx.audit('facility-review.received', `facility/${d.facilityCode}`, {
        sourceEventId: event.id,
        reviewDue: d.reviewDue,
      });
    },
  });

  await consumeEvent({
    ...common(context),
    contract: RiskTreatmentChanged,
    async handle(tx, event) {
      const d = event.data;
      const repo = tx.manager.getRepository(RiskTreatmentDeadlineEntity);
      // A row from before `risk.treatment.changed` was keyed by the treatment's origin: the current id
      // takes over from it (the message key, the treatment id, keeps one treatment's changes in order).
      if (d.originId !== d.treatmentId) await repo.delete({ treatmentId: d.originId });
      const owed = treatmentReminderOwed(d);
      if (owed)
        await tx.manager
          .createQueryBuilder()
          .insert()
          .into(RiskTreatmentDeadlineEntity)
          .values({
            treatmentId: d.treatmentId,
            analysisId: d.analysisId,
            number: d.analysisNumber,
            party: d.ownerParty,
            kind: d.kind,
            title: `${d.analysisNumber}: ${d.riskTitle}`,
            facilityCode: d.facilityCode,
            dueDate: d.dueDate,
          })
          .orUpdate(
            ['analysis_id', 'number', 'party', 'kind', 'title', 'facility_code', 'due_date'],
            ['treatment_id'],
          )
          .execute();
      else await repo.delete({ treatmentId: d.treatmentId });
      await tx.audit('risk-treatment.received', `risk-treatment/${d.treatmentId}`, {
        sourceEventId: event.id,
        number: d.analysisNumber,
        version: d.analysisVersion,
        party: d.ownerParty,
        kind: d.kind,
        status: d.status,
        owed,
      });
    },
  });
}
