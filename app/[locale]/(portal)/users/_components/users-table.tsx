import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { roleLabelKey } from "@/lib/units/commune-kind";
import type { UserListItem } from "@/lib/users/types";
import { scopeLabel } from "./scope-label";
import { UserBadges } from "./user-badges";

// The users of a page: a table on wider screens, a stacked list on a phone.
export async function UsersTable({
  rows,
  locale,
  viewerId,
}: {
  rows: UserListItem[];
  locale: AppLocale;
  viewerId: string;
}) {
  const [t, roles] = await Promise.all([getTranslations("Users"), getTranslations("Roles")]);
  if (rows.length === 0) {
    return (
      <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600">
        {t("empty")}
      </p>
    );
  }
  const lastSignIn = (user: UserListItem) =>
    user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("neverSignedIn");
  const name = (user: UserListItem) => (
    <>
      <Link
        href={`/users/${user.id}`}
        className="font-semibold text-brand-800 underline-offset-4 hover:underline"
      >
        {user.fullName}
      </Link>
      {user.id === viewerId ? (
        <span className="ml-2 text-xs font-semibold text-slate-600">({t("you")})</span>
      ) : null}
      <span className="block font-mono text-xs text-slate-600">{user.username}</span>
    </>
  );

  return (
    <>
      <ul className="divide-y divide-slate-200 border-y border-slate-200 sm:hidden">
        {rows.map((user) => (
          <li key={user.id} className="space-y-1 py-3">
            <div>{name(user)}</div>
            <div className="text-sm text-slate-800">
              {roles(roleLabelKey(user.role, user.communeKind))}
            </div>
            <div className="text-sm text-slate-700">{scopeLabel(user, t("nation"))}</div>
            <UserBadges active={user.active} mustChangePassword={user.mustChangePassword} />
            <div className="text-xs text-slate-600">
              {t("colLastSignIn")}: {lastSignIn(user)}
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 text-slate-700">
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("colUser")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("colRole")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("colScope")}
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                {t("colStatus")}
              </th>
              <th scope="col" className="py-2 font-semibold">
                {t("colLastSignIn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <tr key={user.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-3">{name(user)}</td>
                <td className="py-2 pr-3">{roles(roleLabelKey(user.role, user.communeKind))}</td>
                <td className="py-2 pr-3">{scopeLabel(user, t("nation"))}</td>
                <td className="py-2 pr-3">
                  <UserBadges active={user.active} mustChangePassword={user.mustChangePassword} />
                </td>
                <td className="py-2 whitespace-nowrap tabular-nums">{lastSignIn(user)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
