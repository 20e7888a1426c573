import type { ComponentProps } from "react";
import type { Link } from "@/lib/i18n/navigation";
import { TextLink } from "./link";

// Page links under a list: "newest / newer / older" for a keyset list (the audit trail), or
// "previous / page n of m / next" for a numbered one (users). Links only: they work without
// JavaScript and keep the list's filters in the address the caller builds.

export interface PagerLink {
  href: ComponentProps<typeof Link>["href"];
  label: string;
}

export function Pager({
  label,
  first,
  previous,
  next,
  position,
}: {
  /** The navigation landmark's name, e.g. "Trang nhật ký". */
  label: string;
  /** Back to the start (keyset lists, once paged). */
  first?: PagerLink | null;
  previous?: PagerLink | null;
  next?: PagerLink | null;
  /** "Trang 2/5" for numbered pages. */
  position?: string;
}) {
  if (!first && !previous && !next) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {first ? (
        <TextLink look="quiet" href={first.href} className="py-2">
          {first.label}
        </TextLink>
      ) : null}
      {previous ? (
        <TextLink look="quiet" href={previous.href} rel="prev" className="py-2">
          {previous.label}
        </TextLink>
      ) : null}
      {position ? <span className="text-slate-700">{position}</span> : null}
      {next ? (
        <TextLink look="quiet" href={next.href} rel="next" className="ml-auto py-2">
          {next.label}
        </TextLink>
      ) : null}
    </nav>
  );
}
