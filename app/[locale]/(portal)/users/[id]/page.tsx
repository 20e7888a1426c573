import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { roleLabelKey } from "@/lib/units/commune-kind";
import { getUser } from "@/lib/users/get-user";
import { listUserFormOptions } from "@/lib/users/list-form-options";
import { EditUserForm } from "../_components/edit-user-form";
import { ResetPasswordForm } from "../_components/reset-password-form";
import { scopeLabel } from "../_components/scope-label";
import { UserBadges } from "../_components/user-badges";
import { UserStatusForm } from "../_components/user-status-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Users" });
  // The person's name, as the page's heading; the page itself checks access (and refuses).
  const viewer = await getCurrentUser();
  const user =
    viewer && hasPermission(viewer.role, "users.view") ? await getUser(viewer, id) : null;
  return { title: user ? `${user.fullName} · ${t("title")}` : t("title") };
}

export default async function UserPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requirePermission(locale, `/${locale}/users/${id}`, "users.view");
  // Another province's user (or no such user): not found, never "forbidden, but here it is".
  const user = await getUser(ctx, id);
  if (!user) notFound();
  const manage = hasPermission(ctx.role, "users.manage") && user.manageable;
  const [t, roles, options] = await Promise.all([
    getTranslations("Users"),
    getTranslations("Roles"),
    manage ? listUserFormOptions(ctx) : Promise.resolve(null),
  ]);

  const facts: [string, string][] = [
    [t("role"), roles(roleLabelKey(user.role, user.communeKind))],
    [t("colScope"), scopeLabel(user, t("nation"))],
    [
      t("colLastSignIn"),
      user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("neverSignedIn"),
    ],
    [t("passwordChangedAt"), formatDateTime(user.passwordChangedAt, locale)],
    [t("createdAt"), formatDateTime(user.createdAt, locale)],
  ];

  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <TextLink href="/users" className="inline-block text-sm">
        ← {t("back")}
      </TextLink>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">
          {user.fullName}
        </h1>
        <p className="font-mono text-sm break-all text-slate-700">{user.username}</p>
        <UserBadges active={user.active} mustChangePassword={user.mustChangePassword} />
      </div>

      <div className="grid items-start gap-8 lg:grid-cols-[20rem_1fr]">
        <section aria-labelledby="user-details" className="rounded border border-slate-200 p-4">
          <h2 id="user-details" className="text-lg font-bold text-slate-900">
            {t("detailsHeading")}
          </h2>
          <dl className="mt-3 space-y-3 text-sm">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <div className="space-y-8">
          {user.isSelf ? (
            <Notice tone="info" persistent dismissible={false}>
              {t("selfNote")} <TextLink href="/account/password">{t("changeOwnPassword")}</TextLink>
            </Notice>
          ) : null}
          {!manage && !user.isSelf ? (
            <Notice tone="info" persistent dismissible={false}>
              {t("readOnly")}
            </Notice>
          ) : null}

          {manage && options ? (
            <>
              <section aria-labelledby="user-edit" className="space-y-3">
                <h2 id="user-edit" className="text-lg font-bold text-slate-900">
                  {t("editHeading")}
                </h2>
                <div className="max-w-xl">
                  <EditUserForm user={user} options={options} />
                </div>
              </section>
              {user.isSelf ? null : (
                <>
                  <section
                    aria-labelledby="user-status"
                    className="max-w-xl space-y-3 border-t border-slate-200 pt-6"
                  >
                    <h2 id="user-status" className="text-lg font-bold text-slate-900">
                      {t("statusHeading")}
                    </h2>
                    <UserStatusForm id={user.id} username={user.username} active={user.active} />
                  </section>
                  <section
                    aria-labelledby="user-reset"
                    className="max-w-xl space-y-3 border-t border-slate-200 pt-6"
                  >
                    <h2 id="user-reset" className="text-lg font-bold text-slate-900">
                      {t("resetHeading")}
                    </h2>
                    <ResetPasswordForm id={user.id} username={user.username} />
                  </section>
                </>
              )}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
