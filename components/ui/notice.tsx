"use client";

import { type ReactNode, useEffect, useState } from "react";
import { useTranslations } from "next-intl";

// A message after an action: success, error or information. It stays until the person closes it
// or starts another action on the page (any form submitted), so that "Saved" never lingers beside
// the result of something done later. A form re-keys its notice for each result (useActionForm's
// `resultKey`), so its own next result shows afresh.

export type NoticeTone = "success" | "error" | "info";

const TONES: Record<NoticeTone, string> = {
  success: "border-emerald-600 bg-emerald-50 text-emerald-950",
  error: "border-brand-600 bg-brand-50 text-brand-900",
  info: "border-gold-500 bg-gold-300/20 text-slate-900",
};

/**
 * A key that changes whenever `result` is a new value (each action's result is a new object): the
 * key for the Notice that shows it. Stored from the previous render, as React's docs advise.
 */
export function useResultKey(result: unknown): string {
  const [seen, setSeen] = useState({ result, key: 0 });
  if (seen.result !== result) setSeen({ result, key: seen.key + 1 });
  return String(seen.result === result ? seen.key : seen.key + 1);
}

export function Notice({
  tone,
  children,
  dismissible = tone !== "error",
  persistent = tone === "error",
  className,
}: {
  tone: NoticeTone;
  children: ReactNode;
  /** A close button (errors stay until the next attempt instead). */
  dismissible?: boolean;
  /**
   * Not cleared by later actions: a note that belongs to the page, or a form's error (the form's
   * next result replaces it).
   */
  persistent?: boolean;
  className?: string;
}) {
  const t = useTranslations("Common");
  const [shown, setShown] = useState(true);

  useEffect(() => {
    if (persistent) return;
    const hide = () => setShown(false);
    document.addEventListener("submit", hide, true);
    return () => document.removeEventListener("submit", hide, true);
  }, [persistent]);

  if (!shown) return null;
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-notice={tone}
      className={`flex items-start gap-3 border-l-4 px-4 py-3 text-sm font-medium ${TONES[tone]} ${className ?? ""}`}
    >
      <div className="min-w-0 flex-1">{children}</div>
      {dismissible ? (
        <button
          type="button"
          onClick={() => setShown(false)}
          className="-my-1 -mr-2 rounded px-2 py-1 text-base leading-none hover:bg-black/5"
          aria-label={t("dismiss")}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}
