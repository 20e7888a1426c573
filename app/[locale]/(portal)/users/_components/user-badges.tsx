import { getTranslations } from "next-intl/server";

// Active / deactivated, and "password change due" when a one-time password has not been replaced.
export async function UserBadges({
  active,
  mustChangePassword,
}: {
  active: boolean;
  mustChangePassword: boolean;
}) {
  const t = await getTranslations("Users");
  return (
    <span className="flex flex-wrap gap-1">
      <span
        className={
          active
            ? "rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900"
            : "rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800"
        }
      >
        {active ? t("active") : t("inactive")}
      </span>
      {mustChangePassword ? (
        <span className="rounded-full bg-gold-300 px-2 py-0.5 text-xs font-semibold text-slate-900">
          {t("passwordDue")}
        </span>
      ) : null}
    </span>
  );
}
