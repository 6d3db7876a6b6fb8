import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';

export type MailChannel = 'SMTP' | 'OUTBOX';

/**
 * How governance sends mail: over SMTP with nodemailer when `MKIB_SMTP_URL` is set (e.g.
 * `smtp://user:pass@mail.example:587`, `smtps://…`), else nowhere but the local outbox table (the
 * all-in-one mode). Either way every mail is recorded in governance.mail_outbox with its channel.
 * `MKIB_MAIL_FROM` is the sender; links in mails start with `MKIB_PUBLIC_URL`.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  readonly channel: MailChannel;
  readonly from: string;
  readonly publicUrl: string;
  private readonly transporter: Transporter | null;

  constructor() {
    const url = process.env.MKIB_SMTP_URL?.trim() || null;
    this.channel = url ? 'SMTP' : 'OUTBOX';
    this.transporter = url ? createTransport(url) : null;
    this.from = process.env.MKIB_MAIL_FROM?.trim() || 'MKIB <noreply@mkib.invalid>';
    this.publicUrl = (process.env.MKIB_PUBLIC_URL?.trim() || 'http://localhost:8080').replace(/\/$/, '');
  }

  /** Delivers to the SMTP server (throws when it refuses); with the outbox channel nothing leaves. */
  async send(mail: { to: string; subject: string; text: string }): Promise<void> {
    if (!this.transporter) return;
    await this.transporter.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  onModuleDestroy() {
    this.transporter?.close();
  }
}
