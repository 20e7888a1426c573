import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { StateCounts } from "@/lib/reports/list-worklist";

const COUNTED = ["waiting", "returned", "overdue"] as const;

interface Props {
  locale: AppLocale;
  communes: { id: number; name: string; counts: StateCounts }[];
  /** The province chosen on the ministry's list (kept in the links), or null. */
  province: number | null;
}

/**
 * The worklist's counts by commune, folded under a summary: each commune's name opens its list,
 * each count the list of that state. A large province has a row for each of its 100–170 communes,
 * so the table is styled by the dashboards' stylesheet (.data-table in app/globals.css) and its
 * links are plain `<a>`s: a class list on each cell and link was half of the worklist's weight.
 */
export async function CommuneCounts({ locale, communes, province }: Props) {
  const t = await getTranslations("Reports");
  const href = (commune: number, state?: string) =>
    getPathname({
      locale,
      href: `/reports?${new URLSearchParams({
        ...(province ? { province: String(province) } : {}),
        commune: String(commune),
        ...(state ? { state } : {}),
      }).toString()}`,
    });
  return (
    <details className="rounded border border-slate-300 p-3">
      <summary className="cursor-pointer font-semibold text-slate-900">
        {t("worklist.byCommune", { count: communes.length })}
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="data-table w-full text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="px-2 py-2">
                {t("worklist.communeCol")}
              </th>
              {COUNTED.map((s) => (
                <th key={s} scope="col" className="px-2 py-2 text-right">
                  {t(`state.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {communes.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="text-left">
                  <a href={href(c.id)}>{c.name}</a>
                </th>
                {COUNTED.map((s) => (
                  <td key={s}>
                    {c.counts[s] > 0 ? (
                      <a
                        href={href(c.id, s)}
                        aria-label={`${c.name}: ${t(`state.${s}`)} ${formatNumber(c.counts[s], locale)}`}
                      >
                        {formatNumber(c.counts[s], locale)}
                      </a>
                    ) : (
                      "0"
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
