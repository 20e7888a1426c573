import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/link";

export default async function NotFound() {
  const t = await getTranslations("NotFound");

  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <TextLink href="/" className="mt-6 inline-block">
        {t("back")}
      </TextLink>
    </div>
  );
}
