import { createHash } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEnvelope, DecisionTaken } from '@mkib/contracts';
import { migrationClock } from '@mkib/server-persistence';

/** A uuid (version 5 layout) derived from a name: the same item always gets the same event id. */
export function backfillEventId(agendaItemId: string): string {
  const h = createHash('sha256')
    .update(`mkib:governance.decision.taken:backfill:${agendaItemId}`)
    .digest('hex')
    .split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

interface DecidedItem {
  id: string;
  subject_id: string;
  party: string;
  year: number;
  title: string;
  decision: 'AANVAARD' | 'AANVAARD_MET_AANWIJZING' | 'NIET_AANVAARD';
  decision_text: string | null;
  decided_by: string | null;
  decided_at: Date;
  advice: string;
  advised_at: Date | null;
  instruction_id: string | null;
  instruction_description: string | null;
}

/**
 * Publishes the ICV decisions taken before issue 15 (`governance.decision.taken`), through the outbox in
 * this transaction: policy keeps a read model of the decisions and instructions a change proposal may
 * name as its trigger, and it starts empty. One event per decided ICV item (advice present), with the
 * instruction its decision issued; the event id is derived from the item's id, so a second run adds
 * nothing. Policy change items are not announced again: their decisions were published when taken.
 */
export class GovernanceDecisionBackfill1765324800200 implements MigrationInterface {
  name = 'GovernanceDecisionBackfill1765324800200';

  async up(q: QueryRunner): Promise<void> {
    const items: DecidedItem[] = await q.query(
      `SELECT a.id, a.subject_id, a.party, a.year, a.title, a.decision, a.decision_text, a.decided_by,
              a.decided_at, COALESCE(NULLIF(a.advice, ''), a.advice_text) AS advice, a.advised_at,
              i.id AS instruction_id, i.description AS instruction_description
         FROM governance.agenda_item a
         LEFT JOIN LATERAL (
           SELECT id, description FROM governance.instruction
            WHERE agenda_item_id = a.id ORDER BY issued_at, id LIMIT 1
         ) i ON true
        WHERE a.kind = 'ICV' AND a.decision IS NOT NULL AND a.decided_at IS NOT NULL
          AND COALESCE(NULLIF(a.advice, ''), a.advice_text) <> ''
        ORDER BY a.decided_at, a.id`,
    );
    const now = migrationClock(q).now();
    for (const item of items) {
      const decidedBy = item.decided_by || 'system:seed';
      const envelope = {
        ...createEnvelope(
          DecisionTaken,
          { subject: item.id, partyId: null, actor: decidedBy, correlationId: 'backfill-decisions' },
          {
            agendaItemId: item.id,
            kind: 'ICV',
            subjectId: item.subject_id,
            party: item.party,
            year: item.year,
            title: item.title,
            decision: item.decision,
            decisionText: item.decision_text ?? '',
            decidedBy,
            decidedAt: new Date(item.decided_at).toISOString(),
            advice: item.advice,
            advisedAt: new Date(item.advised_at ?? item.decided_at).toISOString(),
            instructionId: item.instruction_id,
            instructionDescription: item.instruction_description,
          },
          now,
        ),
        id: backfillEventId(item.id),
      };
      await q.query(
        `INSERT INTO governance.outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id) DO NOTHING`,
        [envelope.id, DecisionTaken.topic, item.id, JSON.stringify(envelope)],
      );
    }
  }

  async down(): Promise<void> {
    // Events once published cannot be taken back; nothing to undo in the schema.
  }
}
