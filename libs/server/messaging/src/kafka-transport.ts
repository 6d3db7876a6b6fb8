import { Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { CONTEXTS, topicFor } from '@mkib/contracts';
import { PoisonMessageError } from './inbox-consumer';
import type { EventTransport, Subscription, TransportMessage } from './transport';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Create the context topics and their dead-letter topics at start (development); clusters use k8s/kafka. */
  createTopics?: boolean;
  partitions?: number;
  logger: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

/** Messages that can never be handled go to `<topic>.dlq` with the reason in a header. */
export const deadLetterTopicFor = (topic: string): string => `${topic}.dlq`;

interface GroupConsumer {
  consumer: Consumer;
  handlers: Map<string, Subscription['handle'][]>;
}

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

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      retry: { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    });
  }

  async start(): Promise<void> {
    if (this.options.createTopics) {
      const admin = this.kafka.admin();
      await admin.connect();
      try {
        const topics = CONTEXTS.flatMap((c) => [topicFor(c), deadLetterTopicFor(topicFor(c))]);
        await admin.createTopics({
          waitForLeaders: true,
          topics: topics.map((topic) => ({
            topic,
            numPartitions: topic.endsWith('.dlq') ? 1 : (this.options.partitions ?? 3),
            replicationFactor: 1,
          })),
        });
      } finally {
        await admin.disconnect();
      }
    }
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await this.producer.connect();
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (!this.producer) throw new Error('the Kafka transport is not started');
    const byTopic = new Map<string, TransportMessage[]>();
    for (const m of messages) byTopic.set(m.topic, [...(byTopic.get(m.topic) ?? []), m]);
    await this.producer.sendBatch({
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
  }

  async subscribe(subscription: Subscription): Promise<void> {
    const existing = this.groups.get(subscription.group);
    const handlers = existing?.handlers ?? new Map<string, Subscription['handle'][]>();
    const isNewTopic = !handlers.has(subscription.topic);
    handlers.set(subscription.topic, [...(handlers.get(subscription.topic) ?? []), subscription.handle]);
    if (existing && !isNewTopic) return;
    // kafkajs cannot add a topic to a running consumer: start the group's consumer again with all topics.
    if (existing) await existing.consumer.disconnect();
    const consumer = this.kafka.consumer({ groupId: subscription.group, allowAutoTopicCreation: false });
    this.groups.set(subscription.group, { consumer, handlers });
    await consumer.connect();
    await consumer.subscribe({ topics: [...handlers.keys()], fromBeginning: true });
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
          await this.deadLetter(topic, key, raw, subscription.group, 'the message is not JSON');
          return commit();
        }
        for (const handle of handlers.get(topic) ?? []) {
          try {
            await handle({ topic, key, value });
          } catch (err) {
            if (err instanceof PoisonMessageError) {
              await this.deadLetter(topic, key, raw, subscription.group, err.message);
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
    for (const { consumer } of this.groups.values()) await consumer.disconnect().catch(() => undefined);
    this.groups.clear();
    await this.producer?.disconnect().catch(() => undefined);
    this.producer = null;
  }
}
