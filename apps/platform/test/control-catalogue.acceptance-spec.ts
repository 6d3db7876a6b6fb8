import { errorCodes, graphql, PlatformProcess, sharedPlatform, signIn } from '@mkib/testing';

/** The control catalogue through the gateway: the BIO baseline is there from the first start. */
let platform: PlatformProcess;
let token: string;
const api = (query: string, variables?: Record<string, unknown>) =>
  graphql(platform.graphqlUrl, query, variables, token);
const REQUIREMENTS = `query($search: String, $kind: RequirementKind, $limit: Int) {
  requirements(frameworkCode: "BIO2", search: $search, kind: $kind, limit: $limit) { total items { identifier kind parentIdentifier text status } } }`;

beforeAll(async () => {
  platform = sharedPlatform();
  token = (
    await signIn({ baseUrl: platform.baseUrl, username: 'security-officer@ambulance', password: 'demo' })
  ).accessToken;
});
afterAll(() => platform?.stop());

describe('[SK-2.1] the BIO baseline in the control catalogue', () => {
  it('holds BIO2 v1.3 with its licence and attribution, from a fresh start', async () => {
    const r = await api('{ frameworks { code version licence attribution source requirementCount } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.frameworks).toEqual([
      expect.objectContaining({
        code: 'BIO2',
        version: expect.stringMatching(/^1\.3 \(9 januari 20\d\d\)$/), // the source's label, not a clock date
        licence: 'CC BY-SA 4.0',
        attribution: expect.stringContaining(
          'Baseline Informatiebeveiliging Overheid 2 (BIO2), Staat der Nederlanden',
        ),
        source: expect.stringContaining('MinBZK/Baseline-Informatiebeveiliging-Overheid'),
        requirementCount: 4 + 93 + 166, // themes, ISO/IEC 27002 controls, measures
      }),
    ]);
  });

  it('finds a measure by its number, and a control with the measures under it', async () => {
    const measure = await api(REQUIREMENTS, { search: '5.15.01' });
    expect(measure.data.requirements.items).toEqual([
      expect.objectContaining({
        identifier: '5.15.01',
        kind: 'MAATREGEL',
        parentIdentifier: '5.15',
        text: expect.any(String),
      }),
    ]);
    const control = await api(REQUIREMENTS, { search: '5.15' });
    expect(control.data.requirements.items[0]).toEqual(
      expect.objectContaining({ identifier: '5.15', kind: 'CONTROL', text: null }),
    );
    expect(
      control.data.requirements.items
        .slice(1)
        .every((i: { parentIdentifier: string }) => i.parentIdentifier === '5.15'),
    ).toBe(true);
  });

  it('finds measures by words of their text, every word counting', async () => {
    const one = await api(REQUIREMENTS, { search: 'wachtwoord', kind: 'MAATREGEL', limit: 200 });
    expect(one.data.requirements.total).toBeGreaterThan(0);
    for (const item of one.data.requirements.items) expect(item.text.toLowerCase()).toContain('wachtwoord');
    const both = await api(REQUIREMENTS, { search: 'wachtwoord beheer', kind: 'MAATREGEL', limit: 200 });
    expect(both.data.requirements.total).toBeLessThanOrEqual(one.data.requirements.total);
    const none = await api(REQUIREMENTS, { search: 'zzzgeenwoordzzz' });
    expect(none.data.requirements).toEqual({ total: 0, items: [] });
  });

  it('shows ISO/IEC 27002 controls by number only: their text is not shipped', async () => {
    const controls = await api(REQUIREMENTS, { kind: 'CONTROL', limit: 200 });
    expect(controls.data.requirements.total).toBe(93);
    expect(controls.data.requirements.items.every((c: { text: string | null }) => c.text === null)).toBe(
      true,
    );
  });

  it('refuses a page size out of range and an unknown framework', async () => {
    expect(errorCodes(await api(REQUIREMENTS, { limit: 1000 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api('{ framework(code: "NEN7510") { code } }'))).toEqual(['NOT_FOUND']);
  });
});
