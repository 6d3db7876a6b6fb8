import { useTranslation } from 'react-i18next';
import { useData } from '@mkib/web-data-access';
import { RISK_SCALE } from './operations';
import { stepLabel } from './heat-map-cells';

/** The scale in force (labels and matrix); undefined while it loads. */
export function useRiskScale() {
  return useData(RISK_SCALE, {}).data?.riskScale;
}

/** The Dutch words of the codes risk management uses: states, levels, treatments, positions. */
export function useRiskLabels() {
  const { t } = useTranslation();
  const scale = useRiskScale();
  return {
    state: (s: string) => t(`risk.states.${s}`, { defaultValue: s }),
    /** The scale's own label of a level where it has one ("Hoog"), else ours. */
    level: (l: string) =>
      scale?.levels.find((b) => b.level === l)?.label ?? t(`risk.levels.${l}`, { defaultValue: l }),
    treatment: (k: string) => t(`risk.treatments.${k}`, { defaultValue: k }),
    position: (p: string) => t(`risk.positions.${p}`, { defaultValue: p }),
    scope: (s: string) => t(`risk.scopes.${s}`, { defaultValue: s }),
    kind: (k: string) => t(`risk.kinds.${k}`, { defaultValue: k }),
    acceptance: (a: string) => t(`risk.acceptanceStates.${a}`, { defaultValue: a }),
    likelihood: (v: number) => stepLabel(scale?.likelihood, v),
    impact: (v: number) => stepLabel(scale?.impact, v),
    /** "Hoog (kans: Waarschijnlijk, impact: Ernstig)" */
    score: (s: { likelihood: number; impact: number; level: string }) =>
      t('risk.score', {
        level:
          scale?.levels.find((b) => b.level === s.level)?.label ??
          t(`risk.levels.${s.level}`, { defaultValue: s.level }),
        likelihood: stepLabel(scale?.likelihood, s.likelihood),
        impact: stepLabel(scale?.impact, s.impact),
      }),
  };
}

export type RiskLabels = ReturnType<typeof useRiskLabels>;
