"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

// Server errors arrive without their message in production; the digest ties the page to the log.
// A busy database (full pool, statement timeout, restart: lib/db/busy.ts) keeps its own digest and
// is told as such; the server answers that page with 503 and Retry-After (scripts/serve.mjs).
const BUSY_DIGEST = "DATABASE_BUSY";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Error");
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;
  const busy = digest === BUSY_DIGEST;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="mx-auto max-w-6xl px-4 py-16" role="alert">
      <h1 className="text-2xl font-bold text-slate-900">{busy ? t("busyTitle") : t("title")}</h1>
      <p className="mt-2 text-slate-700">{busy ? t("busyBody") : t("body")}</p>
      {digest && !busy ? <p className="mt-2 text-xs text-slate-500">#{digest}</p> : null}
      <button type="button" onClick={() => retry()} className={buttonClasses("primary", "mt-6")}>
        {t("retry")}
      </button>
    </div>
  );
}
