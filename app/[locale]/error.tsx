"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

// Server errors arrive without their message in production; the digest ties the page to the log.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Error");
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-16" role="alert">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      {digest ? <p className="mt-2 text-xs text-slate-500">#{digest}</p> : null}
      <button type="button" onClick={() => retry()} className={buttonClasses("primary", "mt-6")}>
        {t("retry")}
      </button>
    </div>
  );
}
