import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { digestMail, reminderLink } from '@mkib/domain-governance';
import { badUserInput, Clock, fieldRules, toIsoTimestamp } from '@mkib/domain-shared';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { KnownUserEntity, NotificationReadEntity } from '../notification/notification.entity';
import { addressed } from '../notification/notification.service';
import { ReminderService } from '../reminder/reminder.service';
import { DigestMailedEntity, MailOutboxEntity } from './mail.entity';
import { MailTransport } from './mail-transport';

/** The job looks whether the day changed this often (ms); it runs once at start-up for a missed day. */
const CHECK_EVERY_MS = 15 * 60_000;
const START_DELAY_MS = 5_000;

/**
 * The daily e-mail digest (issue 17): per known person with DAGELIJKS and an e-mail address, the unread
 * reminders addressed to them that no digest mailed yet, in one mail per person per day (idempotent: the
 * outbox row of (person, day) is claimed before sending). Runs by itself from the Clock's day, at start-up
 * and then whenever the day changed; the LMS may run it now (sendReminderDigest).
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReminderDigest');
  private timers: NodeJS.Timeout[] = [];
  private lastDay: string | null = null;
  private running: Promise<unknown> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly reminders: ReminderService,
    private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap() {
    const tick = () => {
      const today = this.clock.today();
      if (today === this.lastDay || this.running) return;
      this.running = this.send(
        { actor: 'system:governance-digest', party: null, correlationId: randomUUID() },
        today,
      )
        .then(() => (this.lastDay = today))
        .catch((err) => this.logger.warn(`the reminder digest of ${today} failed: ${String(err)}`))
        .finally(() => (this.running = null));
    };
    const start = setTimeout(tick, START_DELAY_MS);
    const every = setInterval(tick, CHECK_EVERY_MS);
    start.unref();
    every.unref();
    this.timers = [start, every];
  }

  onModuleDestroy() {
    for (const t of this.timers) clearTimeout(t);
  }

  /**
   * Today's digest for everyone it is due to; the number of mails sent. Runs of this process one after
   * the other (the daily job and sendReminderDigest); across processes the outbox row's claim decides.
   */
  send(acting: ActingContext, today = this.clock.today()): Promise<{ day: string; sent: number }> {
    const run = this.queue.then(() => this.sendNow(acting, today));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async sendNow(acting: ActingContext, today: string): Promise<{ day: string; sent: number }> {
    const users = await this.dataSource
      .getRepository(KnownUserEntity)
      .find({ where: { digest: 'DAGELIJKS', email: Not(IsNull()) }, order: { username: 'ASC' } });
    if (!users.length) return { day: today, sent: 0 };
    const names = users.map((u) => u.username);
    const [due, reads, mailed, done] = [
      await this.reminders.due({ today, year: null, party: null }),
      await this.dataSource
        .getRepository(NotificationReadEntity)
        .find({ select: { username: true, reminderId: true }, where: { username: In(names) } }),
      await this.dataSource
        .getRepository(DigestMailedEntity)
        .find({ select: { username: true, reminderId: true }, where: { username: In(names) } }),
      await this.dataSource
        .getRepository(MailOutboxEntity)
        .find({ select: { username: true }, where: { username: In(names), digestDay: today } }),
    ];
    const seen = new Set([...reads, ...mailed].map((r) => `${r.username}\u001f${r.reminderId}`));
    const sentToday = new Set(done.map((d) => d.username));
    let sent = 0;
    for (const user of users) {
      if (sentToday.has(user.username)) continue;
      const fresh = addressed(due, user).filter((r) => !seen.has(`${user.username}\u001f${r.id}`));
      if (!fresh.length) continue;
      const mail = digestMail(
        user,
        fresh.map((r) => ({ ...r, link: reminderLink(r, user.party) })),
        today,
        this.transport.publicUrl,
      );
      const delivered = await this.unitOfWork.run(acting, async (tx) => {
        const id = randomUUID();
        // raw SQL: claims the (person, day) row, or learns another run did (ON CONFLICT DO NOTHING).
        const claimed: unknown[] = await tx.manager.query(
          `INSERT INTO governance.mail_outbox (id, username, to_address, subject, text, channel, digest_day, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (username, digest_day) DO NOTHING RETURNING id`,
          [
            id,
            user.username,
            user.email,
            mail.subject,
            mail.text,
            this.transport.channel,
            today,
            tx.clock.now(),
          ],
        );
        if (!claimed.length) return false; // another run sent it
        await tx.manager
          .createQueryBuilder()
          .insert()
          .into(DigestMailedEntity)
          .values(fresh.map((r) => ({ username: user.username, reminderId: r.id, mailId: id })))
          .orIgnore()
          .execute();
        await tx.audit('reminder-digest.sent', `user/${user.username}`, {
          mailId: id,
          day: today,
          channel: this.transport.channel,
          reminders: fresh.map((r) => r.id),
        });
        // Last: a refusal of the SMTP server rolls the claim back, so a later run tries again.
        await this.transport.send({ to: user.email!, subject: mail.subject, text: mail.text });
        return true;
      });
      if (delivered) sent++;
    }
    return { day: today, sent };
  }

  async outbox(limit: number, offset: number) {
    const problems = fieldRules.page(limit, offset, 200);
    if (problems.length) throw badUserInput(problems);
    const [rows, total] = await this.dataSource
      .getRepository(MailOutboxEntity)
      .findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
    return {
      items: rows.map((r) => ({
        id: r.id,
        to: r.toAddress,
        subject: r.subject,
        text: r.text,
        createdAt: toIsoTimestamp(r.createdAt)!,
        channel: r.channel,
      })),
      total,
    };
  }
}
