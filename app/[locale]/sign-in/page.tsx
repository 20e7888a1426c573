import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getInstallMode } from "@/lib/install/get-install-mode";
import { resolveLocale } from "@/lib/i18n/locale";
import { SignInForm } from "./_components/sign-in-form";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { next } = await searchParams;
  // Already signed in: straight to where they were going.
  if (await getCurrentUser()) redirect(safeNextPath(next, locale));
  const t = await getTranslations("SignIn");
  const mode = await getInstallMode();

  return (
    <div className="mx-auto max-w-md px-4 py-10">
      {mode === "demo" ? (
        <div
          role="note"
          className="mb-6 rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950"
        >
          <p className="font-semibold">{t("demoNotice")}</p>
          <p className="mt-1 text-sm">{t("demoDetail")}</p>
        </div>
      ) : null}
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <SignInForm next={next === undefined ? undefined : safeNextPath(next, locale)} />
    </div>
  );
}
