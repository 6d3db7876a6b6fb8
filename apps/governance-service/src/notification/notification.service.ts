import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  DigestFrequency,
  isRecipient,
  Person,
  Reminder,
  reminderForReader,
  reminderLink,
} from '@mkib/domain-governance';
import { Clock } from '@mkib/domain-shared';
import { Principal } from '@mkib/server-auth';
import { ActingContext, UnitOfWork } from '@mkib/server-messaging';
import { PartyEntity } from '../party/party.entity';
import { ReminderService } from '../reminder/reminder.service';
import { KnownUserEntity, NotificationReadEntity } from './notification.entity';

export interface NotificationView extends Reminder {
  link: string;
  read: boolean;
}

export interface NotificationListView {
  items: NotificationView[];
  unread: number;
}

/** At most this many ids in one markNotificationsRead. */
const MAX_IDS = 500;

/**
 * A person's notification list (issue 17): the reminders addressed to them (the recipients rule of
 * libs/domain/governance), each with a link to its task and the person's read state.
 */
@Injectable()
export class NotificationService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly reminders: ReminderService,
  ) {}

  /**
   * The reminders addressed to `person`, as of `today`: a party's people need their party's reminders
   * only; a board secretary every one (overdue reminders escalate to them). Deadline newest first. Each
   * as the person may read it: another party's reminder carries the neutral label, not its title (SK-T3).
   */
  async addressedTo(person: Person, today = this.clock.today()): Promise<Reminder[]> {
    const party = person.roles.includes('board-secretary') ? null : person.party;
    const due = await this.reminders.due({ today, year: null, party });
    return addressed(due, person);
  }

  async list(principal: Principal, unreadOnly = false): Promise<NotificationListView> {
    await this.remember(principal);
    const mine = await this.addressedTo(principal);
    const read = await this.readOf(
      principal.username,
      mine.map((r) => r.id),
    );
    // A co-user's links go to the workspace the register gives it (its hoofdgebruiker's, or the LMS's).
    const reader =
      (await this.dataSource.getRepository(PartyEntity).findOneBy({ code: principal.party })) ??
      principal.party;
    const items = mine.map((r) => ({ ...r, link: reminderLink(r, reader), read: read.has(r.id) }));
    return {
      items: unreadOnly ? items.filter((i) => !i.read) : items,
      unread: items.filter((i) => !i.read).length,
    };
  }

  /** Marks ids of the caller's own list read (or unread); ids not on it are ignored. */
  async mark(acting: ActingContext, principal: Principal, ids: string[], read: boolean) {
    const mine = new Set((await this.addressedTo(principal)).map((r) => r.id));
    const own = [...new Set(ids)].filter((id) => mine.has(id)).slice(0, MAX_IDS);
    if (own.length)
      await this.unitOfWork.run(acting, async (tx) => {
        const repo = tx.manager.getRepository(NotificationReadEntity);
        if (read)
          await tx.manager
            .createQueryBuilder()
            .insert()
            .into(NotificationReadEntity)
            .values(
              own.map((reminderId) => ({ username: principal.username, reminderId, readAt: tx.clock.now() })),
            )
            .orIgnore()
            .execute();
        else await repo.delete({ username: principal.username, reminderId: In(own) });
        await tx.audit(read ? 'notifications.read' : 'notifications.unread', `user/${principal.username}`, {
          ids: own,
        });
      });
    return this.list(principal);
  }

  async preference(principal: Principal): Promise<{ digest: DigestFrequency; email: string | null }> {
    const user = await this.remember(principal);
    return { digest: user.digest as DigestFrequency, email: user.email };
  }

  async setPreference(acting: ActingContext, principal: Principal, digest: DigestFrequency) {
    await this.remember(principal);
    await this.unitOfWork.run(acting, async (tx) => {
      await tx.manager.getRepository(KnownUserEntity).update({ username: principal.username }, { digest });
      await tx.audit('mail-preference.set', `user/${principal.username}`, { digest });
    });
    return this.preference(principal);
  }

  /**
   * Keeps who the person is as their token says (party, roles, e-mail), for the daily digest; their
   * digest preference stays. One statement.
   */
  async remember(principal: Principal): Promise<KnownUserEntity> {
    // raw SQL: one upsert that keeps the preference and returns the row.
    const rows: KnownUserEntity[] = await this.dataSource.query(
      `INSERT INTO governance.known_user (username, party, roles, email, digest, seen_at)
       VALUES ($1, $2, $3, $4, 'DAGELIJKS', $5)
       ON CONFLICT (username) DO UPDATE SET party = EXCLUDED.party, roles = EXCLUDED.roles,
         email = EXCLUDED.email, seen_at = EXCLUDED.seen_at
       RETURNING username, party, roles, email, digest`,
      [principal.username, principal.party, principal.roles, principal.email ?? null, this.clock.now()],
    );
    return rows[0];
  }

  private async readOf(username: string, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource
      .getRepository(NotificationReadEntity)
      .find({ select: { reminderId: true }, where: { username, reminderId: In(ids) } });
    return new Set(rows.map((r) => r.reminderId));
  }
}

/**
 * The reminders of `due` addressed to `person`, deadline newest first, each as the person may read it
 * (another party's title replaced by the neutral label, SK-T3).
 */
export const addressed = (due: Reminder[], person: Person) =>
  due
    .filter((r) => isRecipient(r, person))
    .map((r) => reminderForReader(r, person))
    .sort((a, b) => b.deadline.localeCompare(a.deadline) || a.id.localeCompare(b.id));
