import { CONTEXTS, topicFor } from '@mkib/contracts';

/** A broker stand-in: the topics it holds, its cluster id, and whether the next send fails. */
const broker = {
  topics: new Set<string>(),
  clusterId: 'cluster-1',
  sendFails: 0,
  created: [] as string[],
};
jest.mock('kafkajs', () => ({
  logLevel: { NOTHING: 0 },
  Kafka: class {
    admin() {
      return {
        connect: async () => undefined,
        disconnect: async () => undefined,
        describeCluster: async () => ({ clusterId: broker.clusterId }),
        listTopics: async () => [...broker.topics],
        createTopics: async ({ topics }: { topics: { topic: string }[] }) => {
          for (const t of topics) {
            broker.topics.add(t.topic);
            broker.created.push(t.topic);
          }
          return true;
        },
      };
    }
    producer() {
      return {
        connect: async () => undefined,
        disconnect: async () => undefined,
        sendBatch: async () => {
          if (broker.sendFails > 0) {
            broker.sendFails--;
            throw new Error('This server does not host this topic-partition');
          }
        },
      };
    }
  },
}));
// Imported after the mock on purpose.
import { KafkaTransport } from './kafka-transport';

const ALL = CONTEXTS.flatMap((c) => [topicFor(c), `${topicFor(c)}.dlq`]);
const quiet = { warn: () => undefined, info: () => undefined };
const message = { topic: topicFor('risk'), key: 'GMS', value: { type: 'x' } };

beforeEach(() => {
  broker.topics = new Set(ALL);
  broker.clusterId = 'cluster-1';
  broker.sendFails = 0;
  broker.created = [];
});

describe('KafkaTransport recovery', () => {
  it('re-creates topics the broker lost after a failed publish, then asks for the events again', async () => {
    const transport = new KafkaTransport({
      brokers: ['b:9092'],
      clientId: 't',
      createTopics: true,
      logger: quiet,
    });
    let lost = 0;
    transport.onTopicsLost(() => lost++);
    await transport.start();
    expect(broker.created).toEqual([]);

    broker.topics = new Set(); // the broker came back with an empty data directory
    broker.clusterId = 'cluster-2';
    broker.sendFails = 1;
    await expect(transport.publish([message])).rejects.toThrow('does not host this topic-partition');
    expect(transport.flowState().error?.message).toContain('does not host this topic-partition');

    await transport.publish([message]);
    expect(broker.created.sort()).toEqual([...ALL].sort());
    expect(lost).toBe(1);
    expect(transport.flowState().error).toBeNull();
  });

  it('asks for the events again when the broker came back as another cluster with its topics', async () => {
    const transport = new KafkaTransport({
      brokers: ['b:9092'],
      clientId: 't',
      createTopics: true,
      logger: quiet,
    });
    let lost = 0;
    transport.onTopicsLost(() => lost++);
    await transport.start();
    broker.clusterId = 'cluster-2';
    broker.sendFails = 1;
    await expect(transport.publish([message])).rejects.toThrow();
    await transport.publish([message]);
    expect(lost).toBe(1);
  });

  it('does not create topics managed externally: it reports them missing until they are back', async () => {
    const transport = new KafkaTransport({
      brokers: ['b:9092'],
      clientId: 't',
      createTopics: false,
      logger: quiet,
    });
    let lost = 0;
    transport.onTopicsLost(() => lost++);
    await transport.start();
    broker.topics.delete(topicFor('risk'));
    broker.sendFails = 2;
    await expect(transport.publish([message])).rejects.toThrow();
    await expect(transport.publish([message])).rejects.toThrow();
    expect(broker.created).toEqual([]);
    expect(transport.flowState().error?.message).toBe(
      `Error: topics missing on the broker (managed externally, MKIB_KAFKA_CREATE_TOPICS=false): ${topicFor('risk')}`,
    );
    expect(lost).toBe(0);

    broker.topics.add(topicFor('risk')); // the operator applied k8s/kafka/topics.yaml again
    await transport.publish([message]);
    expect(transport.flowState().error).toBeNull();
    expect(lost).toBe(1);
  });

  it('publishes on without recovery while nothing fails', async () => {
    const transport = new KafkaTransport({
      brokers: ['b:9092'],
      clientId: 't',
      createTopics: true,
      logger: quiet,
    });
    let lost = 0;
    transport.onTopicsLost(() => lost++);
    await transport.start();
    await transport.publish([message]);
    await transport.publish([message]);
    expect(lost).toBe(0);
    expect(transport.flowState()).toEqual({ kind: 'kafka', groups: [], error: null });
  });
});
