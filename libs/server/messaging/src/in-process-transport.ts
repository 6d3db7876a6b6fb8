import { PoisonMessageError } from './inbox-consumer';
import type { TransportFlowState } from './event-flow-status';
import type { EventTransport, Subscription, TransportMessage } from './transport';

/**
 * The all-in-one transport: delivery is a function call. Publishing waits until every subscribed group
 * has handled the message, so an error surfaces to the outbox relay, which retries; the inbox makes the
 * groups that already succeeded ignore the repeat.
 */
export class InProcessTransport implements EventTransport {
  private readonly subscriptions: Subscription[] = [];
  /** Messages no handler can ever parse, with the reason: the in-process dead-letter queue. */
  readonly deadLetters: Array<{ message: TransportMessage; group: string; reason: string }> = [];

  async publish(messages: TransportMessage[]): Promise<void> {
    for (const message of messages) {
      const failures: unknown[] = [];
      for (const sub of this.subscriptions.filter((s) => s.topic === message.topic)) {
        try {
          await sub.handle(message);
        } catch (err) {
          if (err instanceof PoisonMessageError) {
            this.deadLetters.push({ message, group: sub.group, reason: err.message });
            continue;
          }
          failures.push(err);
        }
      }
      if (failures.length) throw failures[0];
    }
  }

  async subscribe(subscription: Subscription): Promise<void> {
    this.subscriptions.push(subscription);
  }

  async start(): Promise<void> {}

  async ready(): Promise<boolean> {
    return true;
  }

  /** Delivery is a function call: every group is always assigned. */
  flowState(): TransportFlowState {
    const groups = new Map<string, string[]>();
    for (const s of this.subscriptions) groups.set(s.group, [...(groups.get(s.group) ?? []), s.topic]);
    return {
      kind: 'in-process',
      groups: [...groups].map(([group, topics]) => ({
        group,
        topics: [...new Set(topics)],
        joined: true,
        partitions: 1,
        error: null,
      })),
      error: null,
    };
  }

  async stop(): Promise<void> {
    this.subscriptions.length = 0;
  }
}
