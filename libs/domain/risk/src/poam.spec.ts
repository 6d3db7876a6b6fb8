import { createHash } from 'node:crypto';
import { exampleRiskAnalysisView } from './export-example';
import { buildRiskPoam, measureToken, PoamFinding, RiskPoamInput, validateOscalPoam } from './poam';

/** RFC 4122 v5 of a name (as the risk service derives its uuids). */
function v5(name: string): string {
  const h = createHash('sha1')
    .update(Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex'))
    .update(name)
    .digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const now = new Date();
const dayFromNow = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);
const analysis = exampleRiskAnalysisView(now);
const [mitigate, accept, transfer] = analysis.risks;

const finding = (over: Partial<PoamFinding>): PoamFinding => ({
  findingId: '5bed06ca-bdcd-4c0a-8f70-91a2b3c4d5e6',
  party: 'lms',
  year: now.getUTCFullYear(),
  frameworkCode: 'BIO2',
  identifier: '5.15',
  description: 'Beheeraccounts zonder tweede factor.',
  action: 'Tweede factor invoeren.',
  owner: 'Teamleider ICT-beheer LMS',
  dueDate: dayFromNow(90),
  status: 'OPEN',
  riskTreatmentId: null,
  ...over,
});

const input = (over: Partial<RiskPoamInput> = {}): RiskPoamInput => ({
  party: 'lms',
  analyses: [analysis],
  findings: [],
  now,
  uuid: v5,
  ...over,
});

describe('the OSCAL plan of action and milestones of a party', () => {
  it('is valid OSCAL 1.2.1 with the open treatments, their risks, owners and due dates', () => {
    const doc = buildRiskPoam(
      input({
        findings: [
          finding({ riskTreatmentId: mitigate.treatment.id }),
          finding({ findingId: '6cfe17db-cede-4d1b-9081-a2b3c4d5e6f7', identifier: '8.32', action: '' }),
        ],
      }),
    );
    expect(validateOscalPoam(doc)).toEqual([]);
    const poam = doc['plan-of-action-and-milestones'];
    expect(poam.metadata['oscal-version']).toBe('1.2.1');
    expect(poam.metadata['last-modified']).toBe(now.toISOString());
    // Every treatment of the example is open: the mitigation's finding is open, the acceptance proposed.
    expect(poam.risks?.map((r) => r.title)).toEqual([
      `${analysis.number}: ${mitigate.title}`,
      `${analysis.number}: ${accept.title}`,
      `${analysis.number}: ${transfer.title}`,
    ]);
    const first = poam.risks![0];
    expect(first.deadline).toBe(`${mitigate.treatment.dueDate}T00:00:00Z`);
    expect(first.remediations[0].props).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'measure', value: 'BIO2 5.15' })]),
    );
    const ownerUuid = first.remediations[0].tasks[0]['responsible-roles'][0]['party-uuids'][0];
    expect(poam.metadata.parties.find((p) => p.uuid === ownerUuid)?.name).toBe(mitigate.treatment.owner);
    expect(poam.risks![1].status).toBe('deviation-requested');
    // The finding of the mitigation hangs under its poam-item; the other finding gets its own item.
    expect(poam['poam-items']).toHaveLength(4);
    expect(poam['poam-items'][0]['related-findings']).toEqual([{ 'finding-uuid': poam.findings![0].uuid }]);
    expect(poam['poam-items'][3]).toMatchObject({
      title: `Verbetermaatregel BIO2 8.32 (${now.getUTCFullYear()})`,
      description: 'Beheeraccounts zonder tweede factor.',
    });
  });

  it('gives the same document for the same input (deterministic uuids)', () => {
    expect(buildRiskPoam(input())).toEqual(buildRiskPoam(input()));
    const uuids: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'uuid') uuids.push(x as string);
          else walk(x);
        }
    };
    walk(buildRiskPoam(input({ findings: [finding({})] })));
    expect(uuids.length).toBeGreaterThan(10);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('leaves out closed treatments, accepted risks, drafts and other parties', () => {
    const accepted = exampleRiskAnalysisView(now, {
      risks: [
        mitigate,
        {
          ...accept,
          treatment: {
            ...accept.treatment,
            acceptance: {
              ...accept.treatment.acceptance!,
              state: 'GOEDGEKEURD',
              decidedBy: 'x',
              decidedAt: now.toISOString(),
            },
          },
        },
      ],
    });
    const doc = buildRiskPoam(
      input({
        analyses: [
          accepted,
          exampleRiskAnalysisView(now, { id: 'x', state: 'CONCEPT' }),
          exampleRiskAnalysisView(now, { id: 'y', ownerParty: 'politie' }),
        ],
        findings: [finding({ riskTreatmentId: mitigate.treatment.id, status: 'AFGEROND' })],
      }),
    );
    expect(validateOscalPoam(doc)).toEqual([]);
    expect(doc['plan-of-action-and-milestones']['poam-items']).toEqual([
      expect.objectContaining({ title: 'Geen open punten' }),
    ]);
    expect(doc['plan-of-action-and-milestones'].risks).toBeUndefined();
  });

  it('follows a treatment across versions: the finding of its origin closes the revised one', () => {
    const revised = exampleRiskAnalysisView(now, {
      version: 2,
      risks: [
        { ...mitigate, treatment: { ...mitigate.treatment, id: 'c0ffee00-0000-4000-8000-000000000002' } },
      ],
    });
    const closed = buildRiskPoam(
      input({
        analyses: [revised],
        findings: [finding({ riskTreatmentId: mitigate.treatment.originId, status: 'AFGEROND' })],
      }),
    );
    expect(closed['plan-of-action-and-milestones']['poam-items']).toEqual([
      expect.objectContaining({ title: 'Geen open punten' }),
    ]);
  });

  it('fails validation when a required part is missing or malformed', () => {
    const doc = buildRiskPoam(input()) as unknown as {
      'plan-of-action-and-milestones': Record<string, unknown>;
    };
    const { metadata, ...withoutMetadata } = doc['plan-of-action-and-milestones'];
    expect(metadata).toBeDefined();
    expect(validateOscalPoam({ 'plan-of-action-and-milestones': withoutMetadata })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: "must have required property 'metadata'" }),
      ]),
    );
    const { ['poam-items']: items, ...withoutItems } = doc['plan-of-action-and-milestones'];
    expect(items).toBeDefined();
    expect(validateOscalPoam({ 'plan-of-action-and-milestones': withoutItems })).not.toEqual([]);
    const badUuid = JSON.parse(JSON.stringify(doc));
    badUuid['plan-of-action-and-milestones'].uuid = 'not-a-uuid';
    expect(validateOscalPoam(badUuid)).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '/plan-of-action-and-milestones/uuid' })]),
    );
  });

  it('makes an NCName token of a measure', () => {
    expect(measureToken({ frameworkCode: 'BIO2', identifier: '5.15' })).toBe('BIO2_5.15');
    expect(measureToken({ frameworkCode: '2BIO', identifier: 'a b' })).toBe('_2BIO_a_b');
  });
});
