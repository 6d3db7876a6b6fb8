import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dutchDate } from '@mkib/domain-governance';
import {
  cycleDatesFor,
  eventually,
  freePort,
  graphql,
  GraphQLResponse,
  isoDay,
  keycloakPasswordGrant,
  nextYearFirstHalf,
  PlatformProcess,
  signIn,
  startPlatformProcess,
} from '@mkib/testing';

/**
 * The reminder digest reaches a real mailbox (issue 17): a real SMTP server (Debian's python3-aiosmtpd,
 * its Mailbox handler writing a maildir), the platform with MKIB_SMTP_URL and tokens from the real
 * Keycloak (their `email` claim is the digest's address). The platform starts before the ICV deadline's
 * window and again with its clock 30 days on, inside it: the digest goes out once that day, and the test
 * reads it back from the maildir. Without MKIB_KEYCLOAK_ISSUER it signs in at the built-in issuer, whose
 * demo accounts carry the same e-mail addresses.
 */
const T0 = nextYearFirstHalf(new Date(), 1, 5); // 5 January: the ICV deadline (15 February) is 41 days out
const T1 = new Date(T0.getTime() + 30 * 86_400_000); // 4 February: 11 days out, inside the 30-day window
const YEAR = T0.getUTCFullYear() - 1;
const OFFICER = 'security-officer@politie';
const OFFICER_MAIL = 'security-officer.politie@mkib.invalid';
const ACCOUNTS = [OFFICER, 'board-secretary@smb', 'lms-operator@lms'];

let smtp: ChildProcess;
let maildir: string;
let smtpUrl: string;
let dataDir: string;
let platform: PlatformProcess | undefined;
const tokens: Record<string, string> = {};
const issuer = () => process.env.MKIB_KEYCLOAK_ISSUER;

async function start(now: Date) {
  platform = await startPlatformProcess(
    {
      MKIB_NOW: now.toISOString(),
      // Published at T0: the five-year evaluation warning (to the board secretary too) stays years away,
      // so 'nothing to send' at T0 holds whatever the date the suite runs.
      MKIB_REGULATION_PUBLISHED_ON: isoDay(0, T0),
      MKIB_SMTP_URL: smtpUrl,
      ...(issuer() ? { MKIB_OIDC_ISSUER: issuer()! } : {}),
    },
    120_000,
    { dataDir, keepDataDir: true },
  );
  for (const account of ACCOUNTS)
    tokens[account] = issuer()
      ? await keycloakPasswordGrant(issuer()!, account)
      : (await signIn({ baseUrl: platform.baseUrl, username: account, password: 'demo' })).accessToken;
}

const as =
  (account: string) =>
  (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    graphql(platform!.graphqlUrl, query, variables, tokens[account]);

/** The messages in the maildir, headers and body decoded (quoted-printable, UTF-8). */
function mailbox(): { headers: Record<string, string>; body: string }[] {
  const dir = join(maildir, 'new');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((file) => {
    const raw = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    const split = raw.indexOf('\n\n');
    const headers = Object.fromEntries(
      raw
        .slice(0, split)
        .replace(/\n[ \t]+/g, ' ')
        .split('\n')
        .map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
    );
    let body = raw.slice(split + 2);
    if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? ''))
      body = Buffer.from(
        body
          .replace(/=\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    return { headers, body };
  });
}

async function listening(port: number) {
  await eventually(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => (socket.end(), resolve(true)));
        socket.once('error', () => resolve(false));
      }),
    (up) => up,
    'the SMTP server to listen',
  );
}

beforeAll(async () => {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mkib-smtp-'));
  maildir = join(dir, 'maildir'); // the Mailbox handler creates it
  smtpUrl = `smtp://127.0.0.1:${port}`;
  smtp = spawn(
    '/usr/bin/python3',
    ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${port}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir],
    { stdio: 'ignore' },
  );
  await listening(port);
  dataDir = mkdtempSync(join(tmpdir(), 'mkib-digest-'));
  await start(T0);
}, 240_000);

afterAll(async () => {
  await platform?.stop();
  smtp?.kill('SIGTERM');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (maildir) rmSync(join(maildir, '..'), { recursive: true, force: true });
});

const NOTIFICATIONS = `{ myNotifications { unread items { id milestone kind deadline daysLeft link read } } }`;

describe('[SK-3.5] the reminder digest reaches a real mailbox', () => {
  it('knows the officer with the e-mail address of the token, and reminds nothing before the window', async () => {
    const opened = await as('board-secretary@smb')(
      `mutation($i: OpenCycleInput!) { openCycle(input: $i) { year } }`,
      { i: { year: YEAR, ...cycleDatesFor(YEAR) } },
    );
    expect(opened.errors).toBeUndefined();
    const pref = await as(OFFICER)(`{ myMailPreference { digest email } }`);
    expect(pref.data.myMailPreference).toEqual({ digest: 'DAGELIJKS', email: OFFICER_MAIL });
    const list = await as(OFFICER)(NOTIFICATIONS);
    expect(list.errors).toBeUndefined();
    expect(list.data.myNotifications.items.filter((n: any) => n.milestone === 'ICV_INDIENING')).toEqual([]);
    // Nothing to send: the run of the day sends no mail.
    const run = await as('lms-operator@lms')(`mutation { sendReminderDigest { day sent } }`);
    expect(run.data.sendReminderDigest).toEqual({ day: isoDay(0, T0), sent: 0 });
    expect(mailbox()).toEqual([]);
  });

  it("inside the lead time, the day's digest goes out once over SMTP and names the reminder", async () => {
    await platform!.stop();
    await start(T1);
    const list = await as(OFFICER)(NOTIFICATIONS);
    const icv = list.data.myNotifications.items.find((n: any) => n.milestone === 'ICV_INDIENING');
    expect(icv).toEqual(
      expect.objectContaining({
        kind: 'VOORAF',
        deadline: cycleDatesFor(YEAR).icvIndiening,
        daysLeft: 11,
        link: '/web-politie?tab=icv',
        read: false,
      }),
    );
    // The job runs by itself at start-up for the day; run it now too: still one mail that day.
    const run = await as('lms-operator@lms')(`mutation { sendReminderDigest { day sent } }`);
    if (run.errors) console.error(platform!.output());
    expect(run.errors).toBeUndefined();
    expect(run.data.sendReminderDigest.day).toBe(isoDay(0, T1));
    const mails = await eventually(
      async () => mailbox().filter((m) => m.headers['to'] === OFFICER_MAIL),
      (found) => found.length > 0,
      'the digest in the maildir',
      30_000,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].headers['subject']).toMatch(
      new RegExp(`^MKIB: \\d+ herinnering(en)? .*op ${isoDay(0, T1)}$`),
    );
    expect(mails[0].body).toContain(
      `- Indienen ICV (Politie), uiterlijk ${dutchDate(cycleDatesFor(YEAR).icvIndiening)} (nog 11 dagen)`,
    );
    expect(mails[0].body).toContain(`${platform!.baseUrl}/web-politie?tab=icv`);
    const again = await as('lms-operator@lms')(`mutation { sendReminderDigest { sent } }`);
    expect(again.data.sendReminderDigest.sent).toBe(0);
    const outbox = await as('lms-operator@lms')(`{ mailOutbox { total items { to subject channel } } }`);
    expect(outbox.data.mailOutbox.items).toEqual(
      expect.arrayContaining([{ to: OFFICER_MAIL, subject: mails[0].headers['subject'], channel: 'SMTP' }]),
    );
    expect(mailbox().filter((m) => m.headers['to'] === OFFICER_MAIL)).toHaveLength(1);
  });
});
