import { z } from 'zod';
import { Context, defineEvent, EventContract } from '../envelope';

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A service anchors the head of its hash-chained audit log (issue 12, §5): periodically and on request
 * it appends an `audit.anchored` row and announces that row's seq and hash, so another service keeps a
 * copy (governance those of policy, risk and icv; policy governance's). A chain cut back behind an
 * anchored head no longer holds that row. `previousSeq`/`previousHash` name the head it anchored before
 * (null the first time), so the keeper sees a break in the series of anchors too.
 */
const schema = z.object({
  service: z.enum(['policy', 'risk', 'icv', 'governance']),
  seq: z.number().int().min(1),
  hash,
  previousSeq: z.number().int().min(1).nullable(),
  previousHash: hash.nullable(),
  /** What made the service anchor: its interval, or a request (`anchor<Service>AuditLog`). */
  trigger: z.enum(['INTERVAL', 'REQUEST']),
});
export type AuditAnchoredData = z.infer<typeof schema>;

const anchored = (context: Context): EventContract<AuditAnchoredData> =>
  defineEvent({ type: `${context}.audit.anchored`, context, schemaVersion: 1, schema });

export const PolicyAuditAnchored = anchored('policy');
export const RiskAuditAnchored = anchored('risk');
export const IcvAuditAnchored = anchored('icv');
export const GovernanceAuditAnchored = anchored('governance');

/** The `<context>.audit.anchored` contract of each context. */
export const AUDIT_ANCHORED: Record<Context, EventContract<AuditAnchoredData>> = {
  policy: PolicyAuditAnchored,
  risk: RiskAuditAnchored,
  icv: IcvAuditAnchored,
  governance: GovernanceAuditAnchored,
};
