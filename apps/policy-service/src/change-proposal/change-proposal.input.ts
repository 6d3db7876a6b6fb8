import type { MatchesSchema } from '@mkib/server-graphql';
import type {
  ConsultationPosition,
  PolicyNorm,
  PolicyRule,
  Responsibility,
  TriggerKind,
} from '@mkib/domain-policy';
import type * as schema from '../generated/schema-types';
import type { ImportFrameworkInput } from '../catalogue/catalogue.input';
import type { PublishBbnProfileInput, SetSupplementaryMeasuresInput } from '../profile/profile.input';

/** A carried framework import: an `ImportFrameworkInput` whose dryRun is ignored (given or not). */
export type CarriedImportInput = Omit<ImportFrameworkInput, 'dryRun' | 'mode'> & {
  dryRun?: boolean | null;
  /** CREATE by default (the SDL's default). */
  mode?: ImportFrameworkInput['mode'];
};

/** A carried import as the catalogue's import takes it. */
export const importInput = (raw: CarriedImportInput, dryRun: boolean): ImportFrameworkInput => ({
  ...raw,
  mode: raw.mode ?? 'CREATE',
  dryRun,
});

/** `PolicyChangeInput` of the SDL: the text edits and the carried requirement changes. */
export interface PolicyChangeInputValue {
  setResponsibilities?: Responsibility[] | null;
  setNorms?: PolicyNorm[] | null;
  removeNorms?: string[] | null;
  setRules?: PolicyRule[] | null;
  removeRules?: string[] | null;
  recalibrationMonths?: number | null;
  bbnProfile?: PublishBbnProfileInput | null;
  frameworkImports?: CarriedImportInput[] | null;
  supplementaryMeasures?: SetSupplementaryMeasuresInput[] | null;
}

export interface ChangeTriggerInput {
  kind: TriggerKind;
  recordId?: string | null;
  reference?: string | null;
}

export interface DraftChangeProposalInput {
  title: string;
  rationale: string;
  trigger: ChangeTriggerInput;
  change: PolicyChangeInputValue;
}

export interface UpdateChangeProposalInput {
  id: string;
  title: string;
  rationale: string;
  change: PolicyChangeInputValue;
}

export interface RecordJaaraanschrijvingInput {
  date: string;
  reference: string;
  text: string;
}

export interface RequestPolicyChangeInput {
  subject: string;
  motivation: string;
}

export interface ConsultationResponseInput {
  proposalId: string;
  position: ConsultationPosition;
  reasons: string;
}

// Tied to the SDL: a drift between schema.graphql and these types fails the type check.
export const policyChangeInputMatchesSchema: MatchesSchema<PolicyChangeInputValue, schema.PolicyChangeInput> =
  true;
export const changeTriggerInputMatchesSchema: MatchesSchema<ChangeTriggerInput, schema.ChangeTriggerInput> =
  true;
export const draftInputMatchesSchema: MatchesSchema<
  DraftChangeProposalInput,
  schema.DraftChangeProposalInput
> = true;
export const updateInputMatchesSchema: MatchesSchema<
  UpdateChangeProposalInput,
  schema.UpdateChangeProposalInput
> = true;
export const jaaraanschrijvingInputMatchesSchema: MatchesSchema<
  RecordJaaraanschrijvingInput,
  schema.RecordJaaraanschrijvingInput
> = true;
export const requestInputMatchesSchema: MatchesSchema<
  RequestPolicyChangeInput,
  schema.RequestPolicyChangeInput
> = true;
export const responseInputMatchesSchema: MatchesSchema<
  ConsultationResponseInput,
  schema.ConsultationResponseInput
> = true;
