import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { resolveLocale } from "@/lib/i18n/locale";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title") };
}

const inputClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700";

// A placeholder until authentication lands: the form is real markup (labels, autocomplete) so the
// next issue only wires the action, but its submit button is disabled, and a disabled default
// button also blocks submitting with Enter. POST keeps anything typed out of URLs and logs.
export default async function SignInPage({ params }: Props) {
  await resolveLocale(params);
  const t = await getTranslations("SignIn");

  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>

      <p
        id="sign-in-notice"
        className="mt-6 border-l-4 border-gold-500 bg-amber-50 px-4 py-3 text-sm text-slate-800"
      >
        {t("notice")}
      </p>

      <form method="post" aria-describedby="sign-in-notice" className="mt-6 space-y-4">
        <div>
          <label htmlFor="username" className="block text-sm font-medium text-slate-800">
            {t("username")}
          </label>
          <input
            id="username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium text-slate-800">
            {t("password")}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        </div>
        <button
          type="submit"
          disabled
          className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700"
        >
          {t("submit")}
        </button>
      </form>

      <Link
        href="/"
        className="mt-8 inline-block font-medium text-brand-700 underline underline-offset-4"
      >
        {t("backToOverview")}
      </Link>
    </div>
  );
}
