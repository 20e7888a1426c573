import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

// Tables of the portal. Two ways to fit a phone:
// - "scroll": the table keeps its columns and scrolls sideways inside its frame;
// - "stack": below md each row becomes a card whose cells carry their column's name (explicit
//   ARIA roles keep the table semantics that display:block drops).

type Layout = "scroll" | "stack";

export function Table({
  caption,
  layout = "scroll",
  className,
  children,
}: {
  /** Read by screen readers; not shown. */
  caption: string;
  layout?: Layout;
  className?: string;
  children: ReactNode;
}) {
  if (layout === "stack") {
    return (
      <table
        role="table"
        className={`block w-full text-sm md:table md:border-collapse ${className ?? ""}`}
      >
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className={`w-full border-collapse text-left text-sm ${className ?? ""}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The header row; in a stacked table it is read by screen readers only below md. */
export function TableHead({
  layout = "scroll",
  children,
}: {
  layout?: Layout;
  children: ReactNode;
}) {
  return layout === "stack" ? (
    <thead role="rowgroup" className="sr-only md:not-sr-only md:table-header-group">
      <tr role="row" className="border-b-2 border-slate-300 text-left text-slate-700">
        {children}
      </tr>
    </thead>
  ) : (
    <thead>
      <tr className="border-b-2 border-slate-300 text-left text-slate-700">{children}</tr>
    </thead>
  );
}

/**
 * A column header. `sort` is the slot for a sort control (a link that orders by this column);
 * `aria-sort` says how the rows are ordered now.
 */
export function HeaderCell({
  children,
  hint,
  sort,
  className,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { hint?: ReactNode; sort?: ReactNode }) {
  return (
    <th
      role="columnheader"
      scope="col"
      className={`px-3 py-2 font-semibold ${className ?? ""}`}
      {...props}
    >
      {sort ? (
        <span className="inline-flex items-center gap-1">
          {children}
          {sort}
        </span>
      ) : (
        children
      )}
      {hint ? <span className="block text-xs font-normal text-slate-500">{hint}</span> : null}
    </th>
  );
}

export function StackBody({ children }: { children: ReactNode }) {
  return (
    <tbody role="rowgroup" className="block space-y-3 md:table-row-group md:space-y-0">
      {children}
    </tbody>
  );
}

export function StackRow({
  children,
  ...props
}: { children: ReactNode } & Record<`data-${string}`, string>) {
  return (
    <tr role="row" className="stack-row" {...props}>
      {children}
    </tr>
  );
}

/** A cell of a stacked table: on a phone it starts with its column's name. */
export function StackCell({
  label,
  className,
  children,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { label: string }) {
  return (
    <td role="cell" className={className ? `stack-cell ${className}` : "stack-cell"} {...props}>
      <span aria-hidden="true" className="stack-label">
        {label}
      </span>
      {children}
    </td>
  );
}
