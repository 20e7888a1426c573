"use client";

import { useId, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { OriginOption } from "@/lib/models/types";
import { searchKey } from "@/lib/search/search-key";

const SHOWN = 8;

/**
 * Picks where a model began among today's communes and the pre-2025 ones, searched as typed with
 * or without diacritics ("phong thanh" finds "Xã Phong Thạnh (cũ), Thị xã Giá Rai, …"). The
 * choice travels in one hidden field, `origin` ("c:…" or "f:…"); the server checks it again.
 */
export function OriginPicker({
  options,
  initial,
  error,
}: {
  options: OriginOption[];
  initial: string;
  error?: string | undefined;
}) {
  const t = useTranslations("Models");
  const id = useId();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState(initial);
  const chosenLabel = options.find((o) => o.value === chosen)?.label;
  const key = searchKey(query);
  const matches = useMemo(() => {
    if (!key) return [];
    const words = key.split(" ");
    // Where the name starts with what was typed first, then the shorter (closer) names.
    return options
      .filter((o) => words.every((w) => o.key.includes(w)))
      .map((o) => ({ o, at: o.key.indexOf(key) < 0 ? 999 : o.key.indexOf(key) }))
      .sort((a, b) => a.at - b.at || a.o.label.length - b.o.label.length)
      .map(({ o }) => o);
  }, [key, options]);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <fieldset className="space-y-2">
      <legend className="block text-sm font-medium text-slate-800">{t("origin")}</legend>
      <input type="hidden" name="origin" value={chosen} />
      <p className="text-sm text-slate-900" aria-live="polite">
        {chosenLabel ? (
          <>
            <span className="font-medium">{t("originChosen", { place: chosenLabel })}</span>{" "}
            <button
              type="button"
              onClick={() => setChosen("")}
              className="ml-1 text-sm font-medium text-brand-700 underline underline-offset-4"
            >
              {t("originClear")}
            </button>
          </>
        ) : (
          <span className="text-slate-600">{t("originNone")}</span>
        )}
      </p>
      <label htmlFor={`${id}-search`} className="block text-sm text-slate-800">
        {t("originSearch")}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the first suggestion instead of sending the half-filled form.
          if (event.key === "Enter") {
            event.preventDefault();
            const first = matches[0];
            if (first) {
              setChosen(first.value);
              setQuery("");
            }
          }
        }}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className={`block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700 ${
          error ? "border-brand-600" : "border-slate-400"
        }`}
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("originHint")}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-brand-700">
          {error}
        </p>
      ) : null}
      {key ? (
        matches.length === 0 ? (
          <p className="text-sm text-slate-700">{t("originNoMatch")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-300">
            {matches.slice(0, SHOWN).map((option) => (
              <li key={option.value}>
                <button
                  type="button"
                  onClick={() => {
                    setChosen(option.value);
                    setQuery("");
                  }}
                  className="block w-full px-3 py-2 text-left text-sm text-slate-900 hover:bg-brand-50 focus-visible:bg-brand-50"
                >
                  {option.label}
                </button>
              </li>
            ))}
            {matches.length > SHOWN ? (
              <li className="px-3 py-2 text-xs text-slate-600">
                {t("originMore", { count: matches.length - SHOWN })}
              </li>
            ) : null}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}
