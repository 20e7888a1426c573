import { getTranslations } from "next-intl/server";
import { type AuditFilters, auditSearch } from "@/lib/audit/audit-query";
import type { AuditPage } from "@/lib/audit/list-audit";
import { Link } from "@/lib/i18n/navigation";

// Keyset pages: "newer" and "older" move from the rows on screen; every link keeps the filters.
export async function AuditPager({
  filters,
  page,
  paged,
}: {
  filters: AuditFilters;
  page: AuditPage;
  paged: boolean;
}) {
  const t = await getTranslations("Audit");
  if (!page.newer && !page.older && !paged) return null;
  const link =
    "rounded border border-slate-300 px-3 py-2 font-medium text-brand-700 hover:bg-slate-50";

  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm">
      {paged ? (
        <Link href={`/audit${auditSearch(filters)}`} className={link}>
          {t("newest")}
        </Link>
      ) : null}
      {page.newer ? (
        <Link
          href={`/audit${auditSearch(filters, { after: BigInt(page.newer) })}`}
          rel="prev"
          className={link}
        >
          {t("newer")}
        </Link>
      ) : null}
      {page.older ? (
        <Link
          href={`/audit${auditSearch(filters, { before: BigInt(page.older) })}`}
          rel="next"
          className={`${link} ml-auto`}
        >
          {t("older")}
        </Link>
      ) : null}
    </nav>
  );
}
