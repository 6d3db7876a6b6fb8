import {
  checkLeadTime,
  DEFAULT_LEAD_DAYS,
  digestMail,
  dutchDate,
  isRecipient,
  neutralReminderTitle,
  reminderForReader,
  reminderId,
  reminderLink,
  remindersInWindow,
  reminderWindow,
  owedInYear,
} from './reminders';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const today = day(0);
const finding = (deadline: string) => ({
  milestone: 'BEVINDING' as const,
  party: 'politie',
  deadline,
  subjectId: 'f-1',
  title: 'Back-up niet getest',
});

describe('[SK-3.5] one window rule for every reminder', () => {
  it('shows a reminder from deadline minus lead time up to the deadline, then escalates', () => {
    const lead = DEFAULT_LEAD_DAYS.BEVINDING;
    expect(reminderWindow(finding(day(lead + 1)), lead, today)).toBeNull();
    expect(reminderWindow(finding(day(lead)), lead, today)).toEqual(
      expect.objectContaining({ kind: 'VOORAF', daysLeft: lead }),
    );
    expect(reminderWindow(finding(day(0)), lead, today)).toEqual(
      expect.objectContaining({ kind: 'VOORAF', daysLeft: 0 }),
    );
    expect(reminderWindow(finding(day(-1)), lead, today)).toEqual(
      expect.objectContaining({ kind: 'VERLOPEN', daysLeft: -1 }),
    );
    // A lead time of 0 reminds on the deadline only, then escalates.
    expect(reminderWindow(finding(day(1)), 0, today)).toBeNull();
    expect(remindersInWindow([finding(day(20))], { BEVINDING: 30 }, today)).toHaveLength(1);
  });

  it('gives one thing owed a stable id per deadline and kind', () => {
    const a = reminderWindow(finding(day(3)), 14, today)!;
    const b = reminderWindow(finding(day(3)), 14, day(-2))!;
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(reminderId({ ...finding(day(3)), kind: 'VOORAF' }));
    expect(reminderWindow(finding(day(3)), 14, day(4))!.id).not.toBe(a.id);
    expect(reminderWindow(finding(day(4)), 14, today)!.id).not.toBe(a.id);
  });

  it('checks a lead time: a milestone and 0 to 365 days', () => {
    expect(checkLeadTime('WENSEN', 0)).toEqual([]);
    expect(checkLeadTime('WENSEN', 365)).toEqual([]);
    expect(checkLeadTime('WENSEN', 366).map((p) => p.field)).toEqual(['leadDays']);
    expect(checkLeadTime('WENSEN', -1).map((p) => p.field)).toEqual(['leadDays']);
    expect(checkLeadTime('NOPE', 3).map((p) => p.field)).toEqual(['milestone']);
  });

  it("narrows to a year by the deadline's cycle or BBP year, else its calendar year", () => {
    const year = new Date().getUTCFullYear();
    expect(owedInYear({ deadline: `${year + 1}-02-15`, year }, year)).toBe(true);
    expect(owedInYear({ deadline: `${year + 1}-02-15`, year: null }, year)).toBe(false);
    expect(owedInYear({ deadline: `${year}-02-15` }, year)).toBe(true);
    expect(owedInYear({ deadline: `${year}-02-15` }, null)).toBe(true);
  });
});

describe('[SK-3.5] who a reminder reaches', () => {
  const person = (party: string, ...roles: string[]) => ({ username: `${roles[0]}@${party}`, party, roles });
  const ahead = { party: 'politie', kind: 'VOORAF' as const };
  const overdue = { party: 'politie', kind: 'VERLOPEN' as const };

  it("a party's reminders go to its own people; overdue ones escalate to the board secretary", () => {
    expect(isRecipient(ahead, person('politie', 'security-officer'))).toBe(true);
    expect(isRecipient(ahead, person('politie', 'accountable-official'))).toBe(true);
    expect(isRecipient(ahead, person('politie', 'viewer'))).toBe(true);
    expect(isRecipient(ahead, person('ambulance', 'security-officer'))).toBe(false);
    expect(isRecipient(ahead, person('smb', 'board-secretary'))).toBe(false);
    expect(isRecipient(overdue, person('smb', 'board-secretary'))).toBe(true);
    expect(isRecipient(overdue, person('smb', 'smb-member'))).toBe(false);
    expect(isRecipient(overdue, person('jenv', 'auditor'))).toBe(false);
  });

  it("the boards' milestones reach the boards, the LMS's the LMS", () => {
    expect(isRecipient({ party: 'smb', kind: 'VOORAF' }, person('smb', 'smb-member'))).toBe(true);
    expect(isRecipient({ party: 'bmb', kind: 'VOORAF' }, person('smb', 'smb-member'))).toBe(false);
    expect(isRecipient({ party: 'lms', kind: 'VOORAF' }, person('lms', 'lms-operator'))).toBe(true);
    expect(isRecipient({ party: 'rode-kruis', kind: 'VOORAF' }, person('rode-kruis', 'medegebruiker'))).toBe(
      true,
    );
  });

  it("links to the task in the reader's own web", () => {
    expect(reminderLink({ milestone: 'PLAN_BIJWERKEN', subjectId: null }, 'politie')).toBe(
      '/web-politie?tab=implementatieplan',
    );
    expect(reminderLink({ milestone: 'BEVINDING', subjectId: 'f 1' }, 'smb')).toBe(
      '/web-boards?tab=bevindingen&id=f%201',
    );
  });
});

describe('the daily digest', () => {
  it('lists each reminder in Dutch with its deadline and a link', () => {
    const mail = digestMail(
      { username: 'security-officer@politie' },
      [
        {
          milestone: 'BEVINDING',
          party: 'politie',
          deadline: day(-2),
          kind: 'VERLOPEN',
          daysLeft: -2,
          title: 'Back-up niet getest',
          link: '/web-politie?tab=bevindingen',
        },
        {
          milestone: 'ICV_INDIENING',
          party: 'politie',
          deadline: day(1),
          kind: 'VOORAF',
          daysLeft: 1,
          title: null,
          link: '/web-politie?tab=icv',
        },
      ],
      today,
      'https://mkib.example/',
    );
    expect(mail.subject).toBe(`MKIB: 2 herinneringen (1 verlopen) op ${today}`);
    expect(mail.text).toContain(`- Bevinding (Politie), uiterlijk ${dutchDate(day(-2))} (2 dagen verlopen)`);
    expect(mail.text).toContain('  https://mkib.example/web-politie?tab=bevindingen');
    expect(mail.text).toContain(`- Indienen ICV (Politie), uiterlijk ${dutchDate(day(1))} (nog 1 dag)`);
    // [SK-T3] the mail leaves the platform: no content of the party, even for its own officer.
    expect(mail.text).not.toContain('Back-up niet getest');
  });
});

/** A year from the clock: these labels hold for any year (no test depends on today's date). */
const Y = new Date().getUTCFullYear() + 1;

describe('[SK-T3] a reminder as its reader may see it', () => {
  const reminder = {
    id: 'r1',
    milestone: 'BEVINDING' as const,
    party: 'politie',
    deadline: `${Y}-03-03`,
    kind: 'VERLOPEN' as const,
    daysLeft: -1,
    subjectId: 'f-1',
    title: 'BIO2 5.15.01: Back-up niet getest',
  };

  it('shows the title to the owning party and the auditor only', () => {
    expect(reminderForReader(reminder, { party: 'politie', roles: ['viewer'] }).title).toBe(reminder.title);
    expect(reminderForReader(reminder, { party: 'jenv', roles: ['auditor'] }).title).toBe(reminder.title);
    for (const reader of [
      { party: 'smb', roles: ['board-secretary'] },
      { party: 'bmb', roles: ['bmb-member'] },
      { party: 'lms', roles: ['lms-operator'] },
      { party: 'ambulance', roles: ['security-officer'] },
    ])
      expect(reminderForReader(reminder, reader)).toEqual({
        ...reminder,
        title: `Bevinding van Politie, uiterlijk 3 maart ${Y}`,
      });
  });

  it('builds the neutral label from milestone, party name and deadline', () => {
    expect(
      neutralReminderTitle({ milestone: 'RISICOBEHANDELING', party: 'lms', deadline: `${Y}-12-31` }),
    ).toBe(`Risicobehandeling van Landelijke Meldkamer Samenwerking, uiterlijk 31 december ${Y}`);
    expect(dutchDate(`${Y}-01-09`)).toBe(`9 januari ${Y}`);
  });
});

describe('the WENSEN of a party without officer accounts', () => {
  const person = (party: string, ...roles: string[]) => ({ username: `${roles[0]}@${party}`, party, roles });

  it('reach the SMB board secretary from the lead time on', () => {
    const jenv = { milestone: 'WENSEN' as const, party: 'jenv', kind: 'VOORAF' as const };
    expect(isRecipient(jenv, person('smb', 'board-secretary'))).toBe(true);
    expect(isRecipient(jenv, person('jenv', 'auditor'))).toBe(false);
    expect(isRecipient(jenv, person('smb', 'smb-member'))).toBe(false);
    // A party with officers receives its own wishes reminder; the secretary only once it is overdue.
    const politie = { ...jenv, party: 'politie' };
    expect(isRecipient(politie, person('smb', 'board-secretary'))).toBe(false);
    expect(isRecipient(politie, person('politie', 'security-officer'))).toBe(true);
    expect(isRecipient({ ...jenv, milestone: 'BEVINDING' as const }, person('smb', 'board-secretary'))).toBe(
      false,
    );
  });
});
