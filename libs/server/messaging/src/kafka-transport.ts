import { Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { CONTEXTS, topicFor } from '@mkib/contracts';
import { ConsumerGroupState, FlowError, flowError, TransportFlowState } from './event-flow-status';
import { PoisonMessageError } from './inbox-consumer';
import type { EventTransport, Subscription, TransportMessage } from './transport';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Create the context topics and their dead-letter topics at start (development); clusters use k8s/kafka. */
  createTopics?: boolean;
  partitions?: number;
  /**
   * Group membership: a member that stops heartbeating (kill -9) is dropped after `sessionTimeout`, and
   * only then do its partitions move (kafkajs has no static membership). Defaults 10 s / 3 s / 10 s.
   */
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  rebalanceTimeoutMs?: number;
  logger: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** Messages that can never be handled go to `<topic>.dlq` with the reason in a header. */
export const deadLetterTopicFor = (topic: string): string => `${topic}.dlq`;

interface GroupConsumer {
  consumer: Consumer | null;
  handlers: Map<string, Subscription['handle'][]>;
  state: ConsumerGroupState;
  restartTimer: NodeJS.Timeout | null;
}

/** The context topics and their dead-letter topics. */
const TOPICS = CONTEXTS.flatMap((c) => [topicFor(c), deadLetterTopicFor(topicFor(c))]);

/**
 * The distributed transport on Apache Kafka (kafkajs, kept behind `EventTransport`). Publishing resolves
 * when every in-sync replica has the message (acks = all, idempotent producer, one request in flight so
 * one aggregate's events keep their order). A consumer group per service commits an offset only after the
 * handler (the inbox transaction) has committed; a failed handler is retried, a poison message is
 * dead-lettered and the consumer goes on.
 */
export class KafkaTransport implements EventTransport {
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private readonly groups = new Map<string, GroupConsumer>();
  private readonly lostListeners: Array<() => void> = [];
  private clusterId: string | null = null;
  private topicsLost = false;
  private needsRecovery = false;
  private stopped = false;
  /** The last publish or connection error, until a publish succeeds or a group joins. */
  private error: FlowError | null = null;
  /** Topics missing that this transport may not create, until they are all there again. */
  private topicsError: FlowError | null = null;

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    });
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.ensureTopics();
    await this.connectProducer();
  }

  private async connectProducer(): Promise<void> {
    const previous = this.producer;
    this.producer = null;
    await previous?.disconnect().catch(() => undefined);
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    this.producer = producer;
  }

  /**
   * Makes sure the topics exist: creates the missing ones when this transport manages topics, reports
   * them otherwise. Notices a broker that lost its topics (or came back as another cluster) and tells
   * the `onTopicsLost` listeners once the topics are there again. Idempotent; safe from several processes.
   */
  private async ensureTopics(): Promise<void> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      const { clusterId } = await admin.describeCluster();
      const existing = new Set(await admin.listTopics());
      const missing = TOPICS.filter((t) => !existing.has(t));
      const started = this.clusterId !== null;
      if (started && (missing.length > 0 || clusterId !== this.clusterId)) this.topicsLost = true;
      this.clusterId = clusterId;
      if (missing.length && !this.options.createTopics) {
        // Not ours to create (k8s/kafka/topics.yaml): say so in the events status and the log, and look
        // again at the next failure; the outbox keeps the events meanwhile.
        this.topicsError = flowError(
          new Error(
            `topics missing on the broker (managed externally, MKIB_KAFKA_CREATE_TOPICS=false): ${missing.join(', ')}`,
          ),
        );
        this.options.logger.warn({ topics: missing }, 'Kafka topics missing; they are managed externally');
        return;
      }
      if (missing.length) {
        this.options.logger.warn({ topics: missing }, 'Kafka topics missing: creating them');
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: topic.endsWith('.dlq') ? 1 : (this.options.partitions ?? 3),
            replicationFactor: 1,
          })),
        });
      }
      this.error = null;
      this.topicsError = null;
      if (this.topicsLost) {
        this.topicsLost = false;
        this.options.logger.warn({ clusterId }, 'the broker had lost its topics; they are back');
        for (const listener of this.lostListeners) listener();
      }
    } catch (err) {
      this.error = flowError(err);
      this.options.logger.warn({ err: String(err) }, 'Kafka topics could not be ensured');
      throw err;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** After a failed publish or a crashed consumer: topics again, then fresh metadata and producer. */
  private recovering: Promise<void> | null = null;
  private recover(): Promise<void> {
    this.recovering ??= (async () => {
      await this.ensureTopics();
      await this.connectProducer();
      this.needsRecovery = false;
    })().finally(() => {
      this.recovering = null;
    });
    return this.recovering;
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (this.needsRecovery || !this.producer) await this.recover();
    const byTopic = new Map<string, TransportMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    try {
      await this.producer!.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, ms]) => ({
          topic,
          messages: ms.map((m) => ({
            key: m.key,
            value: JSON.stringify(m.value),
            headers: { type: String((m.value as { type?: unknown })?.type ?? '') },
          })),
        })),
      });
      this.error = null;
    } catch (err) {
      // A topic that vanished, a leader that moved, a broker that came back empty: recover before the
      // relay's next attempt rather than fail the same way until a restart.
      this.needsRecovery = true;
      this.error = flowError(err);
      throw err;
    }
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const existing = this.groups.get(subscription.group);
    const handlers = existing?.handlers ?? new Map<string, Subscription['handle'][]>();
    const isNewTopic = !handlers.has(subscription.topic);
    handlers.set(subscription.topic, [...(handlers.get(subscription.topic) ?? []), subscription.handle]);
    if (existing && !isNewTopic) return;
    const group: GroupConsumer = existing ?? {
      consumer: null,
      handlers,
      restartTimer: null,
      state: { group: subscription.group, topics: [], joined: false, partitions: 0, error: null },
    };
    this.groups.set(subscription.group, group);
    // kafkajs cannot add a topic to a running consumer: start the group's consumer again with all topics.
    await this.runGroup(subscription.group, group);
  }

  /** (Re)starts a group's consumer with every topic it handles, and follows its membership. */
  private async runGroup(groupId: string, group: GroupConsumer): Promise<void> {
    if (group.restartTimer) clearTimeout(group.restartTimer);
    group.restartTimer = null;
    const previous = group.consumer;
    group.consumer = null;
    await previous?.disconnect().catch(() => undefined);
    group.state.joined = false;
    group.state.topics = [...group.handlers.keys()];
    const consumer = this.kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: this.options.heartbeatIntervalMs ?? 3_000,
      rebalanceTimeout: this.options.rebalanceTimeoutMs ?? 10_000,
      retry: {
        initialRetryTime: 300,
        retries: 8,
        maxRetryTime: 5000,
        // kafkajs restarts a consumer after a retriable crash: make sure the topics are there first.
        restartOnFailure: async () => {
          await this.ensureTopics().catch(() => undefined);
          return true;
        },
      },
    });
    group.consumer = consumer;
    const current = () => group.consumer === consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      if (!current()) return;
      group.state.joined = true;
      group.state.partitions = Object.values(payload.memberAssignment).reduce((n, p) => n + p.length, 0);
      group.state.error = null;
      this.error = null; // the broker answers and the group's topics are there
      this.options.logger.info(
        { group: groupId, partitions: group.state.partitions, ms: payload.duration },
        'consumer joined its group',
      );
    });
    consumer.on(consumer.events.REBALANCING, () => {
      if (current()) group.state.joined = false;
    });
    consumer.on(consumer.events.STOP, () => {
      if (current()) group.state.joined = false;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!current()) return;
      group.state.joined = false;
      group.state.error = flowError(payload.error);
      this.options.logger.warn(
        { group: groupId, err: String(payload.error), restart: payload.restart },
        'consumer crashed',
      );
      // kafkajs restarts it after a retriable error only: start it again ourselves otherwise.
      if (!payload.restart) this.scheduleRestart(groupId, group);
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: group.state.topics, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ topic, partition, message }) => {
          const key = message.key?.toString() ?? '';
          const raw = message.value?.toString() ?? '';
          const commit = () =>
            consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
          let value: unknown;
          try {
            value = JSON.parse(raw);
          } catch {
            await this.deadLetter(topic, key, raw, groupId, 'the message is not JSON');
            return commit();
          }
          for (const handle of group.handlers.get(topic) ?? []) {
            try {
              await handle({ topic, key, value });
            } catch (err) {
              if (err instanceof PoisonMessageError) {
                await this.deadLetter(topic, key, raw, groupId, err.message);
                continue;
              }
              this.options.logger.warn(
                { topic, partition, offset: message.offset, err: String(err) },
                'event handler failed; will retry',
              );
              throw err; // not committed: kafkajs retries from this offset
            }
          }
          await commit();
        },
      });
    } catch (err) {
      // The topics may be gone (a broker that came back empty): ensure them and try again shortly.
      group.state.error = flowError(err);
      this.options.logger.warn({ group: groupId, err: String(err) }, 'consumer could not start');
      await this.ensureTopics().catch(() => undefined);
      this.scheduleRestart(groupId, group);
    }
  }

  private scheduleRestart(groupId: string, group: GroupConsumer, ms = 2000): void {
    if (this.stopped || group.restartTimer) return;
    group.restartTimer = setTimeout(() => {
      group.restartTimer = null;
      if (this.stopped) return;
      void this.ensureTopics()
        .catch(() => undefined)
        .then(() => this.runGroup(groupId, group));
    }, ms);
    group.restartTimer.unref?.();
  }

  private async deadLetter(
    topic: string,
    key: string,
    raw: string,
    group: string,
    reason: string,
  ): Promise<void> {
    this.options.logger.warn({ topic, key, group, reason }, 'message dead-lettered');
    await this.producer!.send({
      topic: deadLetterTopicFor(topic),
      acks: -1,
      messages: [{ key, value: raw, headers: { reason, group, 'original-topic': topic } }],
    });
  }

  flowState(): TransportFlowState {
    return {
      kind: 'kafka',
      groups: [...this.groups.values()].map((g) => ({ ...g.state, topics: [...g.state.topics] })),
      error: this.topicsError ?? this.error,
    };
  }

  onTopicsLost(listener: () => void): void {
    this.lostListeners.push(listener);
  }

  async ready(): Promise<boolean> {
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    try {
      await admin.connect();
      await admin.describeCluster();
      return true;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // disconnect() sends LeaveGroup: the group rebalances at once instead of after the session timeout.
    for (const group of this.groups.values()) {
      if (group.restartTimer) clearTimeout(group.restartTimer);
      const consumer = group.consumer;
      group.consumer = null;
      await consumer?.disconnect().catch(() => undefined);
    }
    this.groups.clear();
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = null;
  }
}
