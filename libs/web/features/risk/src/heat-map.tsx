import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@mkib/web-ui';
import { heatMapRows, Level } from './heat-map-cells';
import { useRiskLabels } from './labels';

// The table components' types omit `scope` and `className` that they pass on to the cell: spread them.
const COLUMN = { scope: 'col' };
const ROW = { scope: 'row' };

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
      <Table className="mkib-heat-map">
        <caption>{props.caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell {...COLUMN}>{t('risk.heatMap.corner')}</TableHeaderCell>
            {impacts.map((i) => (
              <TableHeaderCell key={i} {...COLUMN}>
                {t('risk.heatMap.impact', { label: labels.impact(i), value: i })}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row[0].likelihood}>
              <TableHeaderCell {...ROW}>
                {t('risk.heatMap.likelihood', {
                  label: labels.likelihood(row[0].likelihood),
                  value: row[0].likelihood,
                })}
              </TableHeaderCell>
              {row.map((c) => (
                <TableCell
                  key={c.impact}
                  {...{ className: `mkib-heat mkib-heat--${c.level}` }}
                  data-likelihood={c.likelihood}
                  data-impact={c.impact}
                  data-inherent={c.inherent}
                  data-residual={c.residual}
                >
                  <span className="mkib-heat-level">{labels.level(c.level)}</span>
                  <span className="mkib-heat-counts">
                    {t('risk.heatMap.counts', { inherent: c.inherent, residual: c.residual })}
                  </span>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
