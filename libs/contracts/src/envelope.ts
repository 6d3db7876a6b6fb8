import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** The bounded contexts; each has one topic, `mkib.<context>.events.v1`. */
export const CONTEXTS = ['policy', 'risk', 'icv', 'governance'] as const;
export type Context = (typeof CONTEXTS)[number];
export const topicFor = (context: Context): string => `mkib.${context}.events.v1`;

/**
 * The one event envelope: CloudEvents 1.0 attributes plus the platform's own. `subject` is the aggregate
 * id and the partition key, so one aggregate's events stay in order.
 */
export interface EventEnvelope<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** The party on whose behalf the change was made, if any. */
  partyId: string | null;
  /** Who made the change: the token subject's username, or `system:<component>`. */
  actor: string;
  correlationId: string;
  schemaVersion: number;
  data: T;
}

export const envelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().min(1),
  subject: z.string().min(1),
  time: z.string().datetime({ offset: true }),
  datacontenttype: z.literal('application/json'),
  partyId: z.string().nullable(),
  actor: z.string().min(1),
  correlationId: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  data: z.unknown(),
});

export interface EventContract<T> {
  type: string;
  context: Context;
  topic: string;
  /** The version producers write. */
  schemaVersion: number;
  schema: z.ZodType<T>;
  /** Earlier versions consumers still accept, each upgraded to the current shape on receipt. */
  earlier?: readonly EarlierSchemaVersion<T>[];
}

/** An earlier schema version of an event, with the upgrade of its payload to the current version. */
export interface EarlierSchemaVersion<T> {
  schemaVersion: number;
  schema: z.ZodType<unknown>;
  upgrade(data: any): T;
}

export function defineEvent<T>(def: {
  type: string;
  context: Context;
  schemaVersion: number;
  schema: z.ZodType<T>;
  earlier?: readonly EarlierSchemaVersion<T>[];
}): EventContract<T> {
  if (!def.type.startsWith(`${def.context}.`)) {
    throw new Error(`event type ${def.type} must start with its context ${def.context}`);
  }
  return { ...def, topic: topicFor(def.context) };
}

export class EventValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventValidationError';
  }
}

export interface EventMeta {
  subject: string;
  partyId: string | null;
  actor: string;
  correlationId?: string;
}

/** Builds an envelope, validating the payload before anything is written. */
export function createEnvelope<T>(
  contract: EventContract<T>,
  meta: EventMeta,
  data: T,
  now = new Date(),
): EventEnvelope<T> {
  const parsed = contract.schema.safeParse(data);
  if (!parsed.success) {
    throw new EventValidationError(`invalid ${contract.type} payload: ${parsed.error.message}`);
  }
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: `mkib/${contract.context}`,
    type: contract.type,
    subject: meta.subject,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    partyId: meta.partyId,
    actor: meta.actor,
    correlationId: meta.correlationId ?? randomUUID(),
    schemaVersion: contract.schemaVersion,
    data: parsed.data,
  };
}

/**
 * Validates a received message against the envelope and the contract: the consumer's edge check. A
 * message of an earlier schema version the contract still accepts is upgraded to the current shape
 * (its `schemaVersion` stays the one it was written with).
 */
export function parseEnvelope<T>(contract: EventContract<T>, raw: unknown): EventEnvelope<T> {
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) throw new EventValidationError(`not an MKIB event envelope: ${env.error.message}`);
  if (env.data.type !== contract.type) {
    throw new EventValidationError(`expected ${contract.type}, got ${env.data.type}`);
  }
  const earlier = contract.earlier?.find((e) => e.schemaVersion === env.data.schemaVersion);
  if (env.data.schemaVersion !== contract.schemaVersion && !earlier) {
    const supported = [contract.schemaVersion, ...(contract.earlier ?? []).map((e) => e.schemaVersion)];
    throw new EventValidationError(
      `${contract.type} schema version ${env.data.schemaVersion} is not the supported ${supported.join(' or ')}`,
    );
  }
  let payload: unknown = env.data.data;
  if (earlier) {
    const old = earlier.schema.safeParse(payload);
    if (!old.success)
      throw new EventValidationError(
        `invalid ${contract.type} v${earlier.schemaVersion} payload: ${old.error.message}`,
      );
    payload = earlier.upgrade(old.data);
  }
  const data = contract.schema.safeParse(payload);
  if (!data.success)
    throw new EventValidationError(`invalid ${contract.type} payload: ${data.error.message}`);
  return { ...(env.data as EventEnvelope<unknown>), data: data.data };
}
