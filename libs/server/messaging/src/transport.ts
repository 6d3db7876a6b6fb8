import type { EventEnvelope } from '@mkib/contracts';
import type { TransportFlowState } from './event-flow-status';

/** A message as it travels: the topic, the partition key (the aggregate id) and the raw envelope. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: unknown;
}

export interface Subscription {
  topic: string;
  /** Consumer group: one per service, so each service sees each event once. */
  group: string;
  handle(message: TransportMessage): Promise<void>;
}

/**
 * What the services need from an event backbone. The in-process transport (all-in-one) and the Kafka
 * transport (distributed) implement it; only composition roots choose one.
 *
 * Contract: `publish` resolves only once the message is durably accepted (Kafka: acknowledged by the
 * broker; in-process: handled by every subscribed group). A `handle` that rejects means "not handled":
 * the transport delivers the message again later.
 */
export interface EventTransport {
  publish(messages: TransportMessage[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Whether the backbone answers now, for readiness probes. */
  ready(): Promise<boolean>;
  /** Whether each consumer group is assigned and the transport's unresolved error, for the events status. */
  flowState?(): TransportFlowState;
  /**
   * Registers a listener called when the broker turns out to have lost acknowledged events (its topics
   * vanished, or it came back as a new cluster): the outbox relay publishes recent events again.
   */
  onTopicsLost?(listener: () => void): void;
}

export type { EventEnvelope };
