import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { ChangePasswordForm } from "./_components/change-password-form";
import { Notice } from "@/components/ui/notice";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title") };
}

export default async function ChangePasswordPage({ params }: Props) {
  const locale = await resolveLocale(params);
  // The one page open while a password change is due: the others send the user here.
  const ctx = await requireUser(locale, `/${locale}/account/password`, {
    allowWhilePasswordDue: true,
  });
  const t = await getTranslations("Account");
  const due = ctx.user.mustChangePassword;

  return (
    <div className="mx-auto max-w-md space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      {due ? (
        <Notice tone="info" persistent dismissible={false}>
          {t("dueNotice")}
        </Notice>
      ) : null}
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="text-sm text-slate-700">{t("account", { username: ctx.user.username })}</p>
      <ChangePasswordForm username={ctx.user.username} due={due} />
    </div>
  );
}
