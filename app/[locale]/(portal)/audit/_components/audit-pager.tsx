import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager";
import { type AuditFilters, auditSearch } from "@/lib/audit/audit-query";
import type { AuditPage } from "@/lib/audit/list-audit";

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
  return (
    <Pager
      label={t("pages")}
      first={paged ? { href: `/audit${auditSearch(filters)}`, label: t("newest") } : null}
      previous={
        page.newer
          ? {
              href: `/audit${auditSearch(filters, { after: BigInt(page.newer) })}`,
              label: t("newer"),
            }
          : null
      }
      next={
        page.older
          ? {
              href: `/audit${auditSearch(filters, { before: BigInt(page.older) })}`,
              label: t("older"),
            }
          : null
      }
    />
  );
}
