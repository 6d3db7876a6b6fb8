import { PoisonMessageError } from './inbox-consumer';
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

  async stop(): Promise<void> {
    this.subscriptions.length = 0;
  }
}
