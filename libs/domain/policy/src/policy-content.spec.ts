import { bio2Framework } from './bio';
import { refKey, RequirementRef } from './bbn-profile';
import { applyContentChange, checkContentChange, diffPolicy } from './policy-content';
import { POLICY_PROCESSES, POLICY_TOPICS, PolicyRequirements, RESPONSIBLE_PARTIES } from './policy-document';
import { policySeedContent } from './policy-seed';

const bio = bio2Framework();
const kinds = new Map(
  bio.requirements.map((r) => [refKey({ frameworkCode: 'BIO2', identifier: r.identifier }), r.kind]),
);
const kindOf = (ref: RequirementRef) => kinds.get(refKey(ref)) ?? null;
const content = policySeedContent();
const requirements: PolicyRequirements = {
  bbnProfileVersion: 1,
  catalogue: [{ code: 'BIO2', name: 'BIO2', version: '1.3' }],
};
const keys = (problems: { field: string; key?: string }[]) => problems.map((p) => `${p.field} ${p.key}`);

describe('the seeded policy, version 1', () => {
  it('links only BIO2 government measures that exist in the seeded catalogue', () => {
    const measures = bio.requirements.filter(
      (r) => r.kind === 'MAATREGEL' && r.status === 'overheidsmaatregel',
    );
    const known = new Set(measures.map((m) => m.identifier));
    const linked = [...content.norms, ...content.rules].flatMap((x) => x.measures);
    expect(linked.length).toBeGreaterThan(30);
    for (const ref of linked) {
      expect(ref.frameworkCode).toBe('BIO2');
      expect(known.has(ref.identifier) ? ref.identifier : `missing ${ref.identifier}`).toBe(ref.identifier);
    }
  });

  it('has a cell with letters and tasks for every process and party', () => {
    for (const process of POLICY_PROCESSES)
      for (const party of RESPONSIBLE_PARTIES) {
        const cell = content.responsibilities.find((r) => r.process === process && r.party === party);
        expect(cell?.raci.length).toBeGreaterThan(0);
        expect(cell!.tasks.length).toBeGreaterThanOrEqual(10);
      }
    expect(content.responsibilities).toHaveLength(POLICY_PROCESSES.length * RESPONSIBLE_PARTIES.length);
  });

  it('has at least two rules for every topic, norms from N-01, and re-calibrates yearly', () => {
    for (const topic of POLICY_TOPICS)
      expect(content.rules.filter((r) => r.topic === topic).length).toBeGreaterThanOrEqual(2);
    expect(content.norms[0].key).toBe('N-01');
    expect(content.recalibrationMonths).toBe(12);
  });

  it('passes its own checks when every part is set again', () => {
    const change = {
      setResponsibilities: content.responsibilities,
      setNorms: content.norms,
      setRules: content.rules,
      recalibrationMonths: 12,
    };
    expect(checkContentChange(change, content, kindOf)).toEqual([]);
    expect(applyContentChange(content, change)).toEqual(content);
  });
});

describe('checkContentChange', () => {
  it('refuses malformed keys, texts, letters, unknown measures and unknown parties', () => {
    const problems = checkContentChange(
      {
        setResponsibilities: [
          { process: 'ICV', party: 'gemeente', raci: ['R'], tasks: 'Doet iets nuttigs.' },
          { process: 'ICV', party: 'politie', raci: ['R', 'R'], tasks: 'kort' },
          { process: 'ICV', party: 'brandweer', raci: [], tasks: 'Een taak zonder letters.' },
        ],
        setNorms: [
          { key: 'X-1', title: 'Twee\nregels', text: 'Een norm met genoeg tekst.', measures: [] },
          {
            key: 'N-12',
            title: 'Goed',
            text: 'Een norm met genoeg tekst.',
            measures: [{ frameworkCode: 'BIO2', identifier: '9.99.99' }],
          },
        ],
        removeNorms: ['N-99'],
        setRules: [
          {
            key: 'TB-09',
            topic: 'NOPE' as never,
            title: 'T',
            text: 'kort',
            measures: [{ frameworkCode: 'BIO2', identifier: '5' }],
          },
        ],
        removeRules: ['TB-09'],
        recalibrationMonths: 61,
      },
      content,
      kindOf,
    );
    expect(keys(problems)).toEqual([
      'input.change.setResponsibilities[0].party field.oneOf',
      'input.change.setResponsibilities[1].raci[1] policy.document.raciTwice',
      'input.change.setResponsibilities[1].tasks field.textMin',
      'input.change.setResponsibilities[2].raci policy.document.raciRequired',
      'input.change.setNorms[0].key policy.document.keyFormat',
      'input.change.setNorms[0].title policy.document.titleOneLine',
      'input.change.setNorms[0].measures policy.document.measuresRequired',
      'input.change.setNorms[1].measures[0] policy.ref.unknown',
      'input.change.removeNorms[0] policy.document.normMissing',
      'input.change.setRules[0].topic field.oneOf',
      'input.change.setRules[0].text field.textMin',
      'input.change.setRules[0].measures[0] policy.ref.theme',
      'input.change.removeRules[0] policy.document.ruleMissing',
      'input.change.recalibrationMonths field.between',
    ]);
  });

  it('refuses a key both set and removed and a cell given twice', () => {
    const tb1 = content.rules.find((r) => r.key === 'TB-01')!;
    const problems = checkContentChange(
      {
        setRules: [tb1],
        removeRules: ['TB-01'],
        setResponsibilities: [
          { process: 'ICV', party: 'politie', raci: ['R'], tasks: 'Een andere taakomschrijving.' },
          { process: 'ICV', party: 'politie', raci: ['A'], tasks: 'Een andere taakomschrijving.' },
        ],
      },
      content,
      kindOf,
      'change',
    );
    expect(keys(problems)).toEqual([
      'change.setResponsibilities[1] policy.document.cellTwice',
      'change.removeRules[0] policy.document.setAndRemoved',
    ]);
  });

  it('keeps someone accountable in every process and a rule for every topic', () => {
    const icvAccountable = content.responsibilities
      .filter((r) => r.process === 'ICV')
      .map((r) => ({ ...r, raci: [], tasks: '' }));
    const cryptoRules = content.rules.filter((r) => r.topic === 'CRYPTOGRAPHY').map((r) => r.key);
    expect(
      keys(
        checkContentChange(
          { setResponsibilities: icvAccountable, removeRules: cryptoRules },
          content,
          kindOf,
        ),
      ),
    ).toEqual([
      'input.change.setResponsibilities policy.document.accountableMissing',
      'input.change.removeRules policy.document.topicEmpty',
    ]);
  });
});

describe('applyContentChange and diffPolicy', () => {
  const change = {
    setResponsibilities: [
      {
        process: 'ICV' as const,
        party: 'politie',
        raci: ['A' as const, 'R' as const],
        tasks: ' Stelt de ICV op voor de politie. ',
      },
      { process: 'INCIDENT_HANDLING' as const, party: 'kmar', raci: [], tasks: '' },
    ],
    setNorms: [
      {
        key: 'N-12',
        title: 'Nieuwe norm',
        text: 'Een nieuwe gemeenschappelijke norm.',
        measures: [{ frameworkCode: 'BIO2', identifier: '5.01.01' }],
      },
    ],
    removeRules: ['TB-03'],
    recalibrationMonths: 24,
  };

  it('applies the edits in a stable order', () => {
    expect(checkContentChange(change, content, kindOf)).toEqual([]);
    const after = applyContentChange(content, change);
    expect(after.responsibilities.find((r) => r.process === 'ICV' && r.party === 'politie')).toEqual({
      process: 'ICV',
      party: 'politie',
      raci: ['R', 'A'],
      tasks: 'Stelt de ICV op voor de politie.',
    });
    expect(after.responsibilities.some((r) => r.process === 'INCIDENT_HANDLING' && r.party === 'kmar')).toBe(
      false,
    );
    expect(after.norms.map((n) => n.key).slice(-3)).toEqual(['N-10', 'N-11', 'N-12']);
    expect(after.rules.some((r) => r.key === 'TB-03')).toBe(false);
    expect(after.recalibrationMonths).toBe(24);
  });

  it('lists what changed in plain text, requirements included', () => {
    const after = applyContentChange(content, change);
    const lines = diffPolicy(
      { content, requirements },
      {
        content: after,
        requirements: {
          bbnProfileVersion: 2,
          catalogue: [
            { code: 'BIO2', name: 'BIO2', version: '1.3' },
            { code: 'NEN7510', name: 'NEN 7510', version: '2017' },
          ],
        },
      },
    );
    expect(lines.map((l) => `${l.part} ${l.key} ${l.change}`)).toEqual([
      'RESPONSIBILITY ICV/politie CHANGED',
      'RESPONSIBILITY INCIDENT_HANDLING/kmar REMOVED',
      'NORM N-12 ADDED',
      'RULE TB-03 REMOVED',
      'RELIABILITY recalibrationMonths CHANGED',
      'REQUIREMENTS bbnProfileVersion CHANGED',
      'REQUIREMENTS NEN7510 ADDED',
    ]);
    expect(lines[0].after).toBe('R, A — Stelt de ICV op voor de politie.');
    expect(lines[2]).toMatchObject({
      before: null,
      after: 'Nieuwe norm\nEen nieuwe gemeenschappelijke norm.\nMaatregelen: BIO2 5.01.01',
    });
    expect(lines[4]).toMatchObject({ before: '12 maanden', after: '24 maanden' });
  });

  it('finds nothing between a version and itself', () => {
    expect(diffPolicy({ content, requirements }, { content, requirements })).toEqual([]);
  });
});
