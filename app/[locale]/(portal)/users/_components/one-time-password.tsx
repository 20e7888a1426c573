"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";

// The one-time password, shown once: it lives only in this response's state, never in the page.
export function OneTimePassword({
  username,
  password,
  title,
}: {
  username: string;
  password: string;
  title: string;
}) {
  const t = useTranslations("Users");
  const [copied, setCopied] = useState(false);
  const code = useRef<HTMLElement>(null);
  const copy = () => {
    // The clipboard API exists only on https or localhost; elsewhere, select the text to copy by hand.
    if (navigator.clipboard) {
      void navigator.clipboard.writeText(password).then(() => setCopied(true));
    } else if (code.current) {
      window.getSelection()?.selectAllChildren(code.current);
    }
  };
  return (
    <div
      role="status"
      className="rounded border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 text-sm text-emerald-950"
    >
      <p className="font-semibold">{title}</p>
      <dl className="mt-2 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr] sm:items-baseline sm:gap-y-2">
        <dt className="text-emerald-900">{t("username")}</dt>
        <dd className="mb-1 font-mono break-all sm:mb-0">{username}</dd>
        <dt className="text-emerald-900">{t("oneTimePassword")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <code
            ref={code}
            className="rounded bg-white px-2 py-1 font-mono text-lg tracking-wide whitespace-nowrap text-slate-900 select-all"
          >
            {password}
          </code>
          <button
            type="button"
            onClick={copy}
            className="rounded border border-emerald-700 px-2 py-0.5 text-xs font-semibold text-emerald-900 hover:bg-emerald-100"
          >
            {copied ? t("copied") : t("copy")}
          </button>
        </dd>
      </dl>
      <p className="mt-2">{t("oneTimePasswordNote")}</p>
    </div>
  );
}
