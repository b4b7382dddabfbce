import type { Key, ReactNode } from 'react';

/**
 * card:  a table standing on the page: white, bordered, shaded header, scrolls sideways on narrow screens.
 * inset: the same table inside a card that already frames it: no border of its own.
 * flush: a light table inside running text or a card: no frame, no shading, cells aligned with the text.
 */
type Variant = 'card' | 'inset' | 'flush';

/** `relative`: sr-only text in a cell is positioned absolutely; the scroller must contain (and clip) it, or it widens the page. */
const FRAME: Record<Variant, string> = {
  card: 'relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm',
  inset: 'relative overflow-x-auto',
  flush: 'relative overflow-x-auto',
};
const HEAD: Record<Variant, string> = {
  card: 'border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500',
  inset: 'border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500',
  flush: 'border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500',
};
const HEAD_CELL: Record<Variant, string> = {
  card: 'px-4 py-3 font-medium',
  inset: 'px-4 py-3 font-medium',
  flush: 'py-2 pr-4 font-medium last:pr-0',
};
/** Body cell padding: [normal, dense]. */
const CELL: Record<Variant, [string, string]> = {
  card: ['px-4 py-3', 'px-4 py-2'],
  inset: ['px-4 py-3', 'px-4 py-2'],
  flush: ['py-3 pr-4 last:pr-0', 'py-1.5 pr-4 last:pr-0'],
};

export interface Column<Row> {
  /** The header text; with hideHeader it is read by screen readers only (e.g. "Actions"). */
  header: string;
  hideHeader?: boolean;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row: rendered as <th scope="row">. One column a table at most. */
  rowHeader?: boolean;
  align?: 'right';
  /** Extra classes of this column's body cells (colour, width, wrapping). */
  className?: string;
  /** Extra classes of this column's header cell (e.g. a width). */
  headerClassName?: string;
}

export interface DataTableProps<Row> {
  /** What the table holds, for screen readers (an sr-only <caption>, which also names the table). */
  caption: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Shown instead of the table when there are no rows; without it an empty table renders nothing. */
  empty?: ReactNode;
  variant?: Variant;
  dense?: boolean;
  /**
   * Below this width the table scrolls sideways instead of squeezing its columns into slivers (a CSS
   * length). Default: 40rem for card and inset tables, none for flush ones.
   */
  minWidth?: string;
  rowClassName?: string;
}

/** The one table of the app: sr-only caption, header cells with scope, an optional empty state, sideways scrolling. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  variant = 'card',
  dense = false,
  minWidth,
  rowClassName,
}: DataTableProps<Row>) {
  if (rows.length === 0) return empty ?? null;
  const cell = CELL[variant][dense ? 1 : 0];
  const width = minWidth ?? (variant === 'flush' ? undefined : '40rem');
  // A table that may scroll sideways is a named, focusable region, so keyboard users can scroll it too.
  const scroller = width ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {};
  return (
    <div className={FRAME[variant]} {...scroller}>
      <table className="w-full text-left text-sm" style={{ minWidth: width }}>
        <caption className="sr-only">{caption}</caption>
        <thead className={HEAD[variant]}>
          <tr>
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={classes(
                  HEAD_CELL[variant],
                  column.align === 'right' && 'text-right',
                  column.headerClassName,
                )}
              >
                {column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName}>
              {columns.map((column) => {
                const className = classes(cell, column.align === 'right' && 'text-right', column.className);
                return column.rowHeader ? (
                  <th key={column.header} scope="row" className={classes('font-normal', className)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function classes(...parts: (string | false | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
