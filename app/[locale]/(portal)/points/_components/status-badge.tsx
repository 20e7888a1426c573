import { useTranslations } from "next-intl";
import type { PointStatus } from "@/lib/points/enums";

const TONE: Record<PointStatus, string> = {
  ACTIVE: "border-emerald-700 bg-emerald-50 text-emerald-900",
  SUSPENDED: "border-gold-500 bg-gold-300/30 text-slate-900",
  DISSOLVED: "border-slate-500 bg-slate-100 text-slate-800",
};

export function StatusBadge({ status }: { status: PointStatus }) {
  const t = useTranslations("Points.status");
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[status]}`}
    >
      {t(status)}
    </span>
  );
}
