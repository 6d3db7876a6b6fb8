import { FieldProblem, fieldRules } from '@mkib/domain-shared';
import type { FrameworkDefinition } from './catalogue';
import { policy } from './messages';

/**
 * BBN profiles (SK-2.2b): per basisbeveiligingsniveau (basic security level) the measures that apply, the
 * OSCAL profile idea. Levels are cumulative: a facility at BBN n implements the measures introduced at
 * every level up to n. Above BBN2 the supplementary risk analysis adds measures of its own (SK-4.3).
 */
export const BBN_LEVELS = [1, 2, 3] as const;
export type BbnLevel = (typeof BBN_LEVELS)[number];
/** The level above which a supplementary risk analysis is required and may add measures. */
export const SUPPLEMENTARY_ANALYSIS_ABOVE: BbnLevel = 2;
export const MAX_MEASURES_PER_LEVEL = 2_000;

export interface RequirementRef {
  frameworkCode: string;
  identifier: string;
}
export const refKey = (r: RequirementRef) => `${r.frameworkCode}:${r.identifier}`;

export interface BbnProfileLevel {
  bbn: number;
  /** The measures this level introduces (the lower levels' measures apply too). */
  measures: RequirementRef[];
}

/**
 * Checks a profile as the LMS submits it: each level once, known requirements of the common catalogue
 * (never a theme), and every measure introduced at one level only.
 * `kindOf` answers the kind of a requirement in the common catalogue, or null when there is none.
 */
export function checkBbnProfile(
  levels: BbnProfileLevel[],
  kindOf: (ref: RequirementRef) => string | null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seenLevels = new Set<number>();
  const introducedAt = new Map<string, number>();
  levels.forEach((level, i) => {
    const field = `input.levels[${i}]`;
    if (!BBN_LEVELS.includes(level.bbn as BbnLevel)) {
      problems.push(...fieldRules.oneOf(`${field}.bbn`, String(level.bbn), BBN_LEVELS.map(String)));
      return;
    }
    if (seenLevels.has(level.bbn))
      problems.push(policy.problem(`${field}.bbn`, 'policy.profile.levelTwice', { bbn: level.bbn }));
    seenLevels.add(level.bbn);
    if (level.measures.length > MAX_MEASURES_PER_LEVEL)
      problems.push(
        policy.problem(`${field}.measures`, 'policy.profile.tooManyMeasures', {
          max: MAX_MEASURES_PER_LEVEL,
        }),
      );
    problems.push(...checkRefs(level.measures, `${field}.measures`, kindOf, introducedAt, level.bbn));
  });
  return problems;
}

/** Checks a list of measure references (a level, or a facility's supplementary measures). */
export function checkRefs(
  refs: RequirementRef[],
  field: string,
  kindOf: (ref: RequirementRef) => string | null,
  seen = new Map<string, number>(),
  at = 0,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  refs.forEach((ref, j) => {
    const key = refKey(ref);
    const kind = kindOf(ref);
    const f = `${field}[${j}]`;
    if (kind === null)
      problems.push(
        policy.problem(f, 'policy.ref.unknown', {
          identifier: ref.identifier,
          frameworkCode: ref.frameworkCode,
        }),
      );
    else if (kind === 'THEMA') problems.push(policy.problem(f, 'policy.ref.theme', { ref: key }));
    else if (seen.has(key))
      problems.push(
        seen.get(key) === at
          ? policy.problem(f, 'policy.ref.twice', { ref: key })
          : policy.problem(f, 'policy.ref.alreadyIntroduced', { ref: key, bbn: seen.get(key)! }),
      );
    seen.set(key, at);
  });
  return problems;
}

/** The measures of the profile that apply at a BBN: those introduced at every level up to it. */
export function measuresForBbn(levels: BbnProfileLevel[], bbn: number): RequirementRef[] {
  return levels
    .filter((l) => l.bbn <= bbn)
    .sort((a, b) => a.bbn - b.bbn)
    .flatMap((l) => l.measures);
}

/** Whether the measures a supplementary analysis added count: only while the facility is above BBN2. */
export const supplementaryMeasuresApply = (bbn: number) => bbn > SUPPLEMENTARY_ANALYSIS_ABOVE;

/**
 * The documented starting profile (version 1). BIO2 no longer has BBN levels: it is one baseline for
 * every entity, with risk analysis above it. So every BIO2 government measure applies from BBN1, and the
 * LMS adds what BBN2 and BBN3 demand of the shared facilities in later versions.
 */
export function startingBbnProfile(bio: FrameworkDefinition): BbnProfileLevel[] {
  return [
    {
      bbn: 1,
      measures: bio.requirements
        .filter((r) => r.kind === 'MAATREGEL' && r.status === 'overheidsmaatregel')
        .map((r) => ({ frameworkCode: bio.code, identifier: r.identifier })),
    },
    { bbn: 2, measures: [] },
    { bbn: 3, measures: [] },
  ];
}

export interface FacilityState {
  code: string;
  bbn: number;
  /** The hoofdgebruikers of the facility. */
  usedBy: string[];
}

export interface ApplicableMeasure extends RequirementRef {
  facilities: string[];
}

/** The beheerder manages every facility: its applicable measures cover all of them (SK-4.1). */
export const BEHEERDER = 'lms';

/**
 * Which measures apply to which party: per facility the party uses (the beheerder: every facility) the
 * profile's measures up to its BBN, above BBN2 the supplementary analysis' measures; then the leaves of
 * the party's own extra frameworks. Each measure once, with the facilities it applies through.
 */
export function applicabilityByParty(input: {
  facilities: FacilityState[];
  levels: BbnProfileLevel[];
  supplementary: Map<string, RequirementRef[]>;
  partyFrameworkLeaves: Map<string, RequirementRef[]>;
}): Map<string, ApplicableMeasure[]> {
  const parties = new Set<string>([
    BEHEERDER,
    ...input.facilities.flatMap((f) => f.usedBy),
    ...input.partyFrameworkLeaves.keys(),
  ]);
  const result = new Map<string, ApplicableMeasure[]>();
  for (const party of [...parties].sort()) {
    const byKey = new Map<string, ApplicableMeasure>();
    const add = (ref: RequirementRef, facility: string | null) => {
      const key = refKey(ref);
      const m = byKey.get(key) ?? {
        frameworkCode: ref.frameworkCode,
        identifier: ref.identifier,
        facilities: [],
      };
      if (facility && !m.facilities.includes(facility)) m.facilities.push(facility);
      byKey.set(key, m);
    };
    for (const f of input.facilities) {
      if (party !== BEHEERDER && !f.usedBy.includes(party)) continue;
      for (const ref of measuresForBbn(input.levels, f.bbn)) add(ref, f.code);
      if (supplementaryMeasuresApply(f.bbn))
        for (const ref of input.supplementary.get(f.code) ?? []) add(ref, f.code);
    }
    for (const ref of input.partyFrameworkLeaves.get(party) ?? []) add(ref, null);
    result.set(party, [...byKey.values()]);
  }
  return result;
}
