import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { digestMail, Reminder, reminderLink } from '@mkib/domain-governance';
import { badUserInput, Clock, fieldRules, toIsoTimestamp } from '@mkib/domain-shared';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { KnownUserEntity, NotificationReadEntity } from '../notification/notification.entity';
import { addressed } from '../notification/notification.service';
import { PartyEntity } from '../party/party.entity';
import { ReminderService } from '../reminder/reminder.service';
import { DigestMailedEntity, MailOutboxEntity } from './mail.entity';
import { MailTransport } from './mail-transport';

/** The job looks whether the day changed this often (ms); it runs once at start-up for a missed day. */
const CHECK_EVERY_MS = 15 * 60_000;
const START_DELAY_MS = 5_000;
/** A day whose digest had failures is tried again on the next check, at most this many runs. */
const RUNS_PER_DAY = 4;

/** Rolls back a claim another run holds (a unit of work that writes nothing records nothing). */
const NOT_CLAIMED = Symbol('not claimed');

/** What mail_outbox keeps of a mail sent over SMTP instead of its text. */
export const SMTP_NOTE = 'verzonden via SMTP';

/** Known people not seen for this many days get no digest (MKIB_DIGEST_INACTIVE_DAYS, default 30). */
export function digestInactiveDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.MKIB_DIGEST_INACTIVE_DAYS);
  return Number.isInteger(days) && days > 0 ? days : 30;
}

export interface DigestRun {
  day: string;
  sent: number;
  failed: number;
}

/**
 * The daily e-mail digest (issue 17): per known person with DAGELIJKS and an e-mail address, the unread
 * reminders addressed to them that no digest mailed yet, in one mail per person per day (idempotent: the
 * outbox row of (person, day) is claimed and committed before sending, marked SENT or FAILED after; a
 * FAILED one is retried by the next run). People not seen for MKIB_DIGEST_INACTIVE_DAYS are skipped. The
 * mail names milestone, party and deadline only, no content. Runs by itself from the Clock's day, at
 * start-up and then whenever the day changed (a day with failures again on the next checks, up to
 * RUNS_PER_DAY); the LMS may run it now (sendReminderDigest).
 */
@Injectable()
export class DigestService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReminderDigest');
  private timers: NodeJS.Timeout[] = [];
  private lastDay: string | null = null;
  private runs = { day: '', count: 0 };
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
      if (this.runs.day !== today) this.runs = { day: today, count: 0 };
      this.runs.count++;
      this.running = this.send(
        { actor: 'system:governance-digest', party: null, correlationId: randomUUID() },
        today,
      )
        .then((run) => {
          if (!run.failed || this.runs.count >= RUNS_PER_DAY) this.lastDay = today;
        })
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
   * Today's digest for everyone it is due to: the number of mails sent and failed. Runs of this process
   * one after the other (the daily job and sendReminderDigest); across processes the outbox row's claim
   * decides. A transport failure is the person's FAILED row, never the run's error.
   */
  send(acting: ActingContext, today = this.clock.today()): Promise<DigestRun> {
    const run = this.queue.then(() => this.sendNow(acting, today));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async sendNow(acting: ActingContext, today: string): Promise<DigestRun> {
    // A person not seen for the inactive period no longer gets the digest (their account may be gone).
    const since = new Date(this.clock.now().getTime() - digestInactiveDays() * 86_400_000);
    const users = await this.dataSource.getRepository(KnownUserEntity).find({
      where: { digest: 'DAGELIJKS', email: Not(IsNull()), seenAt: MoreThanOrEqual(since) },
      order: { username: 'ASC' },
    });
    if (!users.length) return { day: today, sent: 0, failed: 0 };
    const names = users.map((u) => u.username);
    const [due, reads, mailed, done] = [
      await this.reminders.due({ today, year: null, party: null }),
      await this.dataSource
        .getRepository(NotificationReadEntity)
        .find({ select: { username: true, reminderId: true }, where: { username: In(names) } }),
      await this.dataSource
        .getRepository(DigestMailedEntity)
        .find({ select: { username: true, reminderId: true }, where: { username: In(names) } }),
      // Sent today, or being sent by another run; a FAILED claim is tried again.
      await this.dataSource.getRepository(MailOutboxEntity).find({
        select: { username: true },
        where: { username: In(names), digestDay: today, status: In(['SENT', 'PENDING']) },
      }),
    ];
    const seen = new Set([...reads, ...mailed].map((r) => `${r.username}\u001f${r.reminderId}`));
    const sentToday = new Set(done.map((d) => d.username));
    let sent = 0;
    let failed = 0;
    for (const user of users) {
      if (sentToday.has(user.username)) continue;
      const fresh = addressed(due, user).filter((r) => !seen.has(`${user.username}\u001f${r.id}`));
      if (!fresh.length) continue;
      try {
        const outcome = await this.deliver(acting, user, fresh, today);
        if (outcome === 'SENT') sent++;
        if (outcome === 'FAILED') failed++;
      } catch (err) {
        // The person's claim or mark failed (the database): the others still get theirs.
        failed++;
        this.logger.warn(`the reminder digest of ${today} for ${user.username} failed: ${String(err)}`);
      }
    }
    return { day: today, sent, failed };
  }

  /**
   * One person's digest, in three steps so no mail leaves inside a transaction: claim the (person, day)
   * outbox row as PENDING and commit (another run's claim, or a sent one, wins: SKIPPED); send; then
   * mark it SENT (with the reminders it carried) or FAILED with the error, in a second unit of work.
   */
  private async deliver(
    acting: ActingContext,
    user: KnownUserEntity,
    fresh: Reminder[],
    today: string,
  ): Promise<'SENT' | 'FAILED' | 'SKIPPED'> {
    // A co-user's links go to the workspace the register gives it (its hoofdgebruiker's, or the LMS's).
    const reader =
      (await this.dataSource.getRepository(PartyEntity).findOneBy({ code: user.party })) ?? user.party;
    const mail = digestMail(
      user,
      fresh.map((r) => ({ ...r, link: reminderLink(r, reader) })),
      today,
      this.transport.publicUrl,
    );
    const channel = this.transport.channel;
    const id = await this.unitOfWork
      .run(acting, async (tx) => {
        // raw SQL: claims the (person, day) row, or re-claims a FAILED one; learns another run has it.
        const claimed: { id: string }[] = await tx.manager.query(
          `INSERT INTO governance.mail_outbox
           (id, username, to_address, subject, text, channel, digest_day, created_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'PENDING')
         ON CONFLICT (username, digest_day) DO UPDATE SET to_address = EXCLUDED.to_address,
           subject = EXCLUDED.subject, text = EXCLUDED.text, channel = EXCLUDED.channel,
           created_at = EXCLUDED.created_at, status = 'PENDING', error = NULL
         WHERE governance.mail_outbox.status = 'FAILED'
         RETURNING id`,
          [
            randomUUID(),
            user.username,
            user.email,
            mail.subject,
            // The text stays only in the all-in-one outbox: over SMTP it left the platform.
            channel === 'OUTBOX' ? mail.text : SMTP_NOTE,
            channel,
            today,
            tx.clock.now(),
          ],
        );
        // Another run has it (or sent it): nothing written, nothing to record.
        if (!claimed.length) throw NOT_CLAIMED;
        await tx.audit('reminder-digest.claimed', `user/${user.username}`, {
          mailId: claimed[0].id,
          day: today,
          channel,
        });
        return claimed[0].id;
      })
      .catch((err) => {
        if (err === NOT_CLAIMED) return null;
        throw err;
      });
    if (!id) return 'SKIPPED';
    let error: string | null = null;
    try {
      await this.transport.send({ to: user.email!, subject: mail.subject, text: mail.text });
    } catch (err) {
      error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      this.logger.warn(`the reminder digest of ${today} to ${user.username} was refused: ${error}`);
    }
    await this.unitOfWork.run(acting, async (tx) => {
      await tx.manager.update(MailOutboxEntity, { id }, { status: error ? 'FAILED' : 'SENT', error });
      if (!error)
        await tx.manager
          .createQueryBuilder()
          .insert()
          .into(DigestMailedEntity)
          .values(fresh.map((r) => ({ username: user.username, reminderId: r.id, mailId: id })))
          .orIgnore()
          .execute();
      await tx.audit(error ? 'reminder-digest.failed' : 'reminder-digest.sent', `user/${user.username}`, {
        mailId: id,
        day: today,
        channel,
        reminders: fresh.map((r) => r.id),
        ...(error ? { error } : {}),
      });
    });
    return error ? 'FAILED' : 'SENT';
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
        text: r.channel === 'OUTBOX' ? r.text : SMTP_NOTE,
        createdAt: toIsoTimestamp(r.createdAt)!,
        channel: r.channel,
      })),
      total,
    };
  }
}
