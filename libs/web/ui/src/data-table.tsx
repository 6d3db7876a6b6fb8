import { HTMLAttributes, ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';

export interface Column<Row> {
  /** The header text; `hidden` keeps it for screen readers only (e.g. a column of buttons). */
  header: ReactNode;
  hidden?: boolean;
  cell(row: Row): ReactNode;
  /** Attributes of each cell of the column (e.g. `data-column` for tests). */
  cellProps?: HTMLAttributes<HTMLTableCellElement> & Record<`data-${string}`, string>;
}

/** A table of rows with a header: the one table every list uses. Scrolls sideways on a narrow screen. */
export function DataTable<Row>(props: {
  columns: (Column<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): string;
  rowProps?(row: Row): Record<`data-${string}`, string>;
  caption?: string;
}) {
  const columns = props.columns.filter(Boolean) as Column<Row>[];
  return (
    // Focusable, so that keyboard users can scroll a wide table on a narrow screen (WCAG 2.1.1).
    <div
      className="mkib-table-scroll"
      tabIndex={0}
      role={props.caption ? 'region' : undefined}
      aria-label={props.caption}
    >
      <Table className="mkib-table">
        {props.caption && <caption className="mkib-sr-only">{props.caption}</caption>}
        <TableHeader>
          <TableRow>
            {columns.map((c, i) => (
              <TableHeaderCell key={i}>
                {c.hidden ? <span className="mkib-sr-only">{c.header}</span> : c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((row, index) => (
            <TableRow key={props.rowKey(row, index)} {...props.rowProps?.(row)}>
              {columns.map((c, i) => (
                <TableCell key={i} {...c.cellProps}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
