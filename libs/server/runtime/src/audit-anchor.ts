import { randomUUID } from 'node:crypto';
import { Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AUDIT_ANCHORED, AuditAnchoredData, Context } from '@mkib/contracts';
import { Authorise } from '@mkib/server-graphql';
import { ActingContext, consumeEvent, UnitOfWork } from '@mkib/server-messaging';
import {
  AuditAnchorEntity,
  auditRowsAfter,
  checkAnchorSeries,
  ChainProblem,
  lastAuditRowOf,
  lockAuditLog,
} from '@mkib/server-persistence';
import type { ServiceContext } from './service-host';

/** The row a service appends when it anchors its head; the anchor is that row itself. */
export const ANCHOR_ACTION = 'audit.anchored';
/** The row a keeping service appends when it stores another service's anchor. */
export const ANCHOR_RECEIVED_ACTION = 'audit-anchor.received';
/** Every five minutes by default; `MKIB_AUDIT_ANCHOR_INTERVAL_MS` sets it, 0 turns the interval off. */
export const DEFAULT_ANCHOR_INTERVAL_MS = 5 * 60_000;

/**
 * Anchors the service's chain: appends an `audit.anchored` row and announces its seq and hash as
 * `<context>.audit.anchored`, with the head it anchored before. On the interval it anchors only when rows
 * other than received anchors came after its last anchor, so two keepers do not anchor each other's
 * receipts forever; on request it always anchors. Returns what it announced, or null when it skipped.
 */
export async function anchorAuditLog(
  deps: { dataSource: DataSource; unitOfWork: UnitOfWork },
  service: Context,
  trigger: AuditAnchoredData['trigger'],
  acting: ActingContext,
): Promise<(AuditAnchoredData & { anchoredAt: string }) | null> {
  if (trigger === 'INTERVAL') {
    const last = await lastAuditRowOf(deps.dataSource, service, ANCHOR_ACTION);
    const fresh = await auditRowsAfter(deps.dataSource, service, last?.seq ?? 0, [ANCHOR_RECEIVED_ACTION]);
    if (fresh === 0) return null;
  }
  return deps.unitOfWork.run(acting, async (tx) => {
    // Under the log's lock: two anchors at once (interval and request) each name the one before them,
    // never the same predecessor, or the keeper would see a gap in the series (a false TRUNCATED).
    await lockAuditLog(tx.manager, service);
    const previous = await lastAuditRowOf(tx.manager, service, ANCHOR_ACTION);
    const head = await tx.auditHead(ANCHOR_ACTION, service, {
      trigger,
      previousSeq: previous?.seq ?? null,
      previousHash: previous?.hash ?? null,
    });
    const data: AuditAnchoredData = {
      service,
      seq: head.seq,
      hash: head.hash,
      previousSeq: previous?.seq ?? null,
      previousHash: previous?.hash ?? null,
      trigger,
    };
    const envelope = await tx.emit(AUDIT_ANCHORED[service], service, data);
    return { ...data, anchoredAt: envelope.time };
  });
}

/** Anchors on an interval (unref'd, so it never keeps a process alive); returns the stop. */
export function startAuditAnchoring(
  context: ServiceContext,
  service: Context,
  intervalMs: number,
): () => void {
  if (!(intervalMs > 0)) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    anchorAuditLog(context, service, 'INTERVAL', {
      actor: `system:${service}`,
      party: null,
      correlationId: randomUUID(),
    })
      .catch((err) => context.logger.warn({ err }, 'anchoring the audit log failed'))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** An anchor as a keeper shows it, with the keeper's check of the series it received. */
export interface AuditAnchorView {
  service: string;
  seq: number;
  hash: string;
  anchoredAt: string;
  problems: ChainProblem[];
}

async function latestAnchors(dataSource: DataSource, kept: readonly Context[]): Promise<AuditAnchorView[]> {
  const rows = await dataSource
    .getRepository(AuditAnchorEntity)
    .find({ order: { anchoredAt: 'ASC', seq: 'ASC' } });
  return kept.flatMap((service) => {
    const series = rows.filter((r) => r.service === service);
    const last = series.at(-1);
    return last
      ? [
          {
            service,
            seq: last.seq,
            hash: last.hash,
            anchoredAt: last.anchoredAt.toISOString(),
            problems: checkAnchorSeries(series),
          },
        ]
      : [];
  });
}

/**
 * A keeping service: stores the anchors of the services it keeps (table `audit_anchor`, its own
 * migration) and shows the latest of each with its check of the series (`query`). Governance keeps
 * policy, risk and icv (`auditAnchors`); policy keeps governance (`governanceAuditAnchor`).
 */
export function auditAnchorKeeper(keeper: Context, kept: readonly Context[], query: string, list: boolean) {
  @Resolver()
  class AuditAnchorResolver {
    constructor(readonly dataSource: DataSource) {}

    @Query(query)
    @Authorise('audit-log.verify')
    async anchors() {
      const anchors = await latestAnchors(this.dataSource, kept);
      return list ? anchors : (anchors[0] ?? null);
    }
  }

  async function subscribe(context: ServiceContext): Promise<void> {
    for (const service of kept)
      await consumeEvent({
        transport: context.transport,
        unitOfWork: context.unitOfWork,
        schema: keeper,
        consumer: keeper,
        contract: AUDIT_ANCHORED[service],
        logger: context.logger,
        async handle(tx, event) {
          const d = event.data;
          await tx.manager.getRepository(AuditAnchorEntity).save({
            service: d.service,
            seq: d.seq,
            hash: d.hash,
            previousSeq: d.previousSeq,
            previousHash: d.previousHash,
            anchoredAt: new Date(event.time),
            eventId: event.id,
          });
          await tx.audit(ANCHOR_RECEIVED_ACTION, d.service, {
            seq: d.seq,
            hash: d.hash,
            sourceEventId: event.id,
          });
        },
      });
  }

  return { entity: AuditAnchorEntity, resolver: AuditAnchorResolver, subscribe };
}
