import { useTranslation } from 'react-i18next';
import { heatMapRows, Level } from './heat-map-cells';
import { useRiskLabels } from './labels';

/**
 * The heat map: a real table (caption, a header per impact step and per likelihood step), each cell its
 * level in colour AND in words, with the number of risks there before (inherent) and after treatment
 * (residual). Scrolls sideways inside its own focusable region on a narrow screen.
 */
export function HeatMap(props: {
  cells: readonly { likelihood: number; impact: number; level: Level; inherent: number; residual: number }[];
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const rows = heatMapRows(props.cells);
  const impacts = rows[0]?.map((c) => c.impact) ?? [];
  return (
    <div
      className="mkib-table-scroll"
      tabIndex={0}
      role="region"
      aria-label={props.caption}
      data-testid={props.testId ?? 'heat-map'}
    >
      <table className="utrecht-table mkib-heat-map">
        <caption>{props.caption}</caption>
        <thead className="utrecht-table__header">
          <tr>
            <th scope="col" className="utrecht-table__header-cell">
              {t('risk.heatMap.corner')}
            </th>
            {impacts.map((i) => (
              <th key={i} scope="col" className="utrecht-table__header-cell">
                {t('risk.heatMap.impact', { label: labels.impact(i), value: i })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0].likelihood}>
              <th scope="row" className="utrecht-table__header-cell">
                {t('risk.heatMap.likelihood', {
                  label: labels.likelihood(row[0].likelihood),
                  value: row[0].likelihood,
                })}
              </th>
              {row.map((c) => (
                <td
                  key={c.impact}
                  className={`utrecht-table__cell mkib-heat mkib-heat--${c.level}`}
                  data-likelihood={c.likelihood}
                  data-impact={c.impact}
                  data-inherent={c.inherent}
                  data-residual={c.residual}
                >
                  <span className="mkib-heat-level">{labels.level(c.level)}</span>
                  <span className="mkib-heat-counts">
                    {t('risk.heatMap.counts', { inherent: c.inherent, residual: c.residual })}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
