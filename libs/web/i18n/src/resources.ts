import { assessment } from './resources/assessment';
import { audit } from './resources/audit';
import { bbp } from './resources/bbp';
import { boards } from './resources/boards';
import { catalogue } from './resources/catalogue';
import { cycle } from './resources/cycle';
import { errors } from './resources/errors';
import { facilities } from './resources/facilities';
import { icv } from './resources/icv';
import { notifications } from './resources/notifications';
import { plan } from './resources/plan';
import { policy } from './resources/policy';
import { risk } from './resources/risk';
import { shell } from './resources/shell';
import { dashboard } from './resources/dashboard';
import { meetings } from './resources/meetings';
import { investigations } from './resources/investigations';
import { escalations } from './resources/escalations';
import { workingGroups } from './resources/working-groups';
import { evaluations } from './resources/evaluations';
import { registers } from './resources/registers';

/**
 * All interface text, Dutch first, one file per feature under ./resources (each with `nl` and `en`).
 * A missing English key falls back to Dutch; resources.spec.ts fails on a key either language lacks.
 */
const features = [
  shell,
  errors,
  catalogue,
  assessment,
  icv,
  boards,
  facilities,
  cycle,
  audit,
  policy,
  risk,
  bbp,
  plan,
  notifications,
  dashboard,
  meetings,
  investigations,
  escalations,
  workingGroups,
  evaluations,
  registers,
] as const;

type Merge<T extends readonly unknown[], L extends 'nl' | 'en'> = T extends readonly [
  infer H extends Record<'nl' | 'en', object>,
  ...infer R,
]
  ? H[L] & Merge<R, L>
  : unknown;

const merged = <L extends 'nl' | 'en'>(language: L) =>
  Object.assign({}, ...features.map((f) => f[language])) as Merge<typeof features, L>;

export const resources = {
  nl: { translation: merged('nl') },
  en: { translation: merged('en') },
};

export type Language = keyof typeof resources;
export const LANGUAGES: Language[] = ['nl', 'en'];
