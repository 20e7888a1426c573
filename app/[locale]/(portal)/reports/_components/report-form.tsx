"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ReportConflict } from "@/lib/reports/find-report";
import { formatSavedAt } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { parseVietnameseNumber } from "@/lib/reports/vietnamese-number";
import { saveReportAction, submitReportAction } from "../actions";

// The report form: saved as the officer types (debounced), kept in this browser too (localStorage,
// per subject, period and user) and sent again when the network returns — never over a newer
// version on the server: then both are shown and the officer chooses.

export interface FormField {
  id: number;
  name: string;
  unit: string;
  group: string;
  history: { label: string; value: string }[];
  /** The usual range of the value, as the field shows numbers ("1.234"). */
  band: { low: string; high: string } | null;
}

export interface FormState {
  reportId: string | null;
  version: number | null;
  values: Record<string, { value: string; comment: string | null }>;
  selfRating: string | null;
  results: string | null;
  difficulties: string | null;
  proposals: string | null;
  savedAt: string | null;
  flagged: number[];
}

interface Props {
  subject: { periodId: number; pointId: string | null; communeId: number };
  storageKey: string;
  fields: FormField[];
  initial: FormState;
  editable: boolean;
  canSubmit: boolean;
  isPoint: boolean;
  returnNotes: Record<string, string>;
  initialErrors: Record<string, string>;
  ratings: { value: string; label: string }[];
}

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "error"; message: string };

interface Draft {
  version: number | null;
  reportId: string | null;
  at: string;
  values: FormState["values"];
  texts: Pick<FormState, "selfRating" | "results" | "difficulties" | "proposals">;
}

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function readConflict(value: unknown): ReportConflict | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Partial<ReportConflict>;
  return typeof v.version === "number" && typeof v.values === "object"
    ? (v as ReportConflict)
    : null;
}

export function ReportForm(props: Props) {
  const t = useTranslations("Reports.form");
  const locale: AppLocale = useLocale();
  const timeOf = (iso: string) => formatSavedAt(iso, locale);
  const router = useRouter();
  const { fields, storageKey, editable } = props;
  const [values, setValues] = useState(props.initial.values);
  const [texts, setTexts] = useState<Draft["texts"]>({
    selfRating: props.initial.selfRating,
    results: props.initial.results,
    difficulties: props.initial.difficulties,
    proposals: props.initial.proposals,
  });
  const [errors, setErrors] = useState<Record<string, string>>(props.initialErrors);
  const [flagged, setFlagged] = useState(new Set(props.initial.flagged));
  const [save, setSave] = useState<SaveState>(
    props.initial.savedAt ? { kind: "saved", at: props.initial.savedAt } : { kind: "idle" },
  );
  const [conflict, setConflict] = useState<{ theirs: ReportConflict; mine: Draft } | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(
    null,
  );
  const [submitting, setSubmitting] = useState(false);
  const base = useRef({ reportId: props.initial.reportId, version: props.initial.version });
  const valid = useRef(props.initial.values);
  const current = useRef<Draft>({
    version: props.initial.version,
    reportId: props.initial.reportId,
    at: new Date().toISOString(),
    values: props.initial.values,
    texts,
  });
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const keep = useCallback(() => {
    const draft: Draft = { ...current.current, ...base.current, at: new Date().toISOString() };
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(draft));
    } catch {
      // A full or refused storage: the server save still runs.
    }
  }, [storageKey]);

  const send = useCallback(async (): Promise<boolean> => {
    if (!dirty.current) return true;
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setSave({ kind: "offline" });
      return false;
    }
    setSave({ kind: "saving" });
    const draft = current.current;
    const entries = Object.fromEntries(
      fields.map((f) => {
        const v = valid.current[String(f.id)];
        return [
          String(f.id),
          { value: v?.value ?? "", comment: draft.values[String(f.id)]?.comment ?? "" },
        ];
      }),
    );
    dirty.current = false;
    try {
      const result = await saveReportAction(undefined, {
        periodId: String(props.subject.periodId),
        ...(props.subject.pointId
          ? { pointId: props.subject.pointId }
          : { communeId: String(props.subject.communeId) }),
        ...(base.current.version ? { version: String(base.current.version) } : {}),
        entries,
        selfRating: draft.texts.selfRating ?? "",
        results: draft.texts.results ?? "",
        difficulties: draft.texts.difficulties ?? "",
        proposals: draft.texts.proposals ?? "",
      });
      if (result.ok) {
        base.current = { reportId: result.data.reportId, version: result.data.version };
        setFlagged(new Set(result.data.flagged));
        setSave({ kind: "saved", at: result.data.savedAt });
        if (dirty.current) keep();
        else window.localStorage.removeItem(storageKey);
        return true;
      }
      const theirs = readConflict(result.conflict);
      if (theirs) {
        setConflict({ theirs, mine: draft });
        setSave({ kind: "error", message: result.formError ?? "" });
        dirty.current = true;
        return false;
      }
      setErrors((e) => ({ ...e, ...result.fieldErrors }));
      setSave({
        kind: "error",
        message: result.formError ?? Object.values(result.fieldErrors)[0] ?? "",
      });
      return false;
    } catch {
      // The network dropped: the draft stays in this browser and goes when it is back.
      dirty.current = true;
      keep();
      setSave({ kind: "offline" });
      return false;
    }
  }, [fields, keep, props.subject, storageKey]);

  const schedule = useCallback(() => {
    dirty.current = true;
    keep();
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      inFlight.current = send();
    }, 1200);
  }, [keep, send]);

  // A draft kept in this browser: sent if the server has not moved on; otherwise both are shown.
  const restored = useRef(false);
  useEffect(() => {
    if (!editable) return;
    // After the first paint (the server's HTML has no browser storage to read).
    const id = setTimeout(() => {
      if (restored.current) return;
      restored.current = true;
      const draft = readDraft(storageKey);
      if (!draft) return;
      if (draft.version === props.initial.version) {
        current.current = { ...draft };
        valid.current = draft.values;
        setValues(draft.values);
        setTexts(draft.texts);
        setNotice({
          tone: "info",
          text: t("offlineDraft", { time: formatSavedAt(draft.at, locale) }),
        });
        dirty.current = true;
        inFlight.current = send();
      } else {
        setConflict({
          theirs: {
            reportId: props.initial.reportId ?? "",
            version: props.initial.version ?? 0,
            status: "",
            updatedBy: null,
            updatedAt: props.initial.savedAt ?? new Date().toISOString(),
            values: props.initial.values,
            ...texts,
          },
          mine: draft,
        });
        setNotice({ tone: "info", text: t("staleDraft") });
      }
      // Once, on opening the form (the ref keeps it from running again).
    }, 0);
    return () => clearTimeout(id);
  }, [editable, storageKey, props.initial, send, t, texts, locale]);

  useEffect(() => {
    const online = () => {
      if (dirty.current) inFlight.current = send();
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [send]);

  const setValue = (id: number, text: string) => {
    const key = String(id);
    const entry = { value: text, comment: values[key]?.comment ?? null };
    const next = { ...values, [key]: entry };
    setValues(next);
    current.current = { ...current.current, values: next };
    const parsed = parseVietnameseNumber(text);
    const field = `value-${id}`;
    if (parsed.ok) {
      valid.current = { ...valid.current, [key]: entry };
      setErrors(({ [field]: _gone, ...rest }) => rest);
    } else {
      setErrors((e) => ({ ...e, [field]: t(`number.${parsed.problem}`) }));
    }
    schedule();
  };

  const setComment = (id: number, text: string) => {
    const key = String(id);
    const next = { ...values, [key]: { value: values[key]?.value ?? "", comment: text } };
    setValues(next);
    valid.current = {
      ...valid.current,
      [key]: { value: valid.current[key]?.value ?? "", comment: text },
    };
    current.current = { ...current.current, values: next };
    setErrors(({ [`value-${id}`]: _gone, ...rest }) => rest);
    schedule();
  };

  const setText = (name: keyof Draft["texts"], text: string) => {
    const next = { ...texts, [name]: text };
    setTexts(next);
    current.current = { ...current.current, texts: next };
    schedule();
  };

  const choose = (side: "theirs" | "mine") => {
    if (!conflict) return;
    base.current = {
      reportId: conflict.theirs.reportId || base.current.reportId,
      version: conflict.theirs.version || null,
    };
    if (side === "theirs") {
      setValues(conflict.theirs.values);
      valid.current = conflict.theirs.values;
      const theirTexts = {
        selfRating: conflict.theirs.selfRating,
        results: conflict.theirs.results,
        difficulties: conflict.theirs.difficulties,
        proposals: conflict.theirs.proposals,
      };
      setTexts(theirTexts);
      current.current = { ...current.current, values: conflict.theirs.values, texts: theirTexts };
      dirty.current = false;
      window.localStorage.removeItem(storageKey);
      setSave({ kind: "saved", at: conflict.theirs.updatedAt });
    } else {
      current.current = { ...conflict.mine };
      valid.current = conflict.mine.values;
      setValues(conflict.mine.values);
      setTexts(conflict.mine.texts);
      dirty.current = true;
      inFlight.current = send();
    }
    setConflict(null);
  };

  const submit = async () => {
    setSubmitting(true);
    setNotice(null);
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const saved = await send();
    if (!saved || !base.current.reportId || !base.current.version) {
      setSubmitting(false);
      return;
    }
    const result = await submitReportAction(undefined, {
      reportId: base.current.reportId,
      version: String(base.current.version),
    });
    setSubmitting(false);
    if (result.ok) {
      window.localStorage.removeItem(storageKey);
      setNotice({
        tone: "success",
        text: result.data.already ? t("alreadySubmitted") : t("submitted"),
      });
      router.refresh();
      return;
    }
    setErrors(result.fieldErrors);
    const count = Object.keys(result.fieldErrors).length;
    setNotice({ tone: "error", text: result.formError ?? t("problems", { count }) });
  };

  const saveText =
    save.kind === "saving"
      ? t("save.saving")
      : save.kind === "saved"
        ? t("save.saved", { time: timeOf(save.at) })
        : save.kind === "offline"
          ? t("save.offline")
          : save.kind === "error"
            ? t("save.error", { message: save.message })
            : t("save.idle");

  const groups: { name: string; fields: FormField[] }[] = [];
  for (const field of fields) {
    const last = groups[groups.length - 1];
    if (last && last.name === field.group) last.fields.push(field);
    else groups.push({ name: field.group, fields: [field] });
  }

  return (
    <div className="space-y-6">
      {editable ? (
        <p
          role="status"
          aria-live="polite"
          data-testid="save-state"
          className={`sticky top-0 z-10 rounded border px-3 py-2 text-sm font-medium ${
            save.kind === "offline" || save.kind === "error"
              ? "border-amber-400 bg-amber-50 text-amber-900"
              : "border-slate-200 bg-white text-slate-700"
          }`}
        >
          {saveText}
        </p>
      ) : null}
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      {conflict ? <ConflictPanel fields={fields} conflict={conflict} onChoose={choose} /> : null}

      {groups.map((group) => (
        <fieldset key={group.name} className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 text-base font-semibold text-slate-900">{group.name}</legend>
          {group.fields.map((field) => {
            const key = String(field.id);
            const error = errors[`value-${field.id}`];
            const comment = values[key]?.comment ?? "";
            const isFlagged = flagged.has(field.id);
            const note = props.returnNotes[key];
            return (
              <div
                key={field.id}
                className="grid gap-2 border-t border-slate-100 pt-3 first:border-t-0 first:pt-0 sm:grid-cols-[1fr_10rem]"
              >
                <div>
                  <label htmlFor={`value-${field.id}`} className="block font-medium text-slate-900">
                    {field.name}{" "}
                    <span className="text-sm font-normal text-slate-600">({field.unit})</span>
                  </label>
                  <p className="mt-1 text-xs text-slate-600">
                    {t("history")}:{" "}
                    {field.history.map((h, i) => (
                      <span key={h.label}>
                        {i > 0 ? " · " : ""}
                        {h.label} <strong className="text-slate-800">{h.value}</strong>
                      </span>
                    ))}
                  </p>
                  {note ? (
                    <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
                      {t("returnNote", { note })}
                    </p>
                  ) : null}
                </div>
                <div>
                  <input
                    id={`value-${field.id}`}
                    name={`value-${field.id}`}
                    inputMode="numeric"
                    autoComplete="off"
                    disabled={!editable}
                    value={values[key]?.value ?? ""}
                    onChange={(e) => setValue(field.id, e.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error || isFlagged ? `value-${field.id}-error` : undefined}
                    className={`block w-full rounded border bg-white px-3 py-2 text-right text-base tabular-nums text-slate-900 disabled:bg-slate-100 ${
                      error
                        ? "border-brand-600"
                        : isFlagged
                          ? "border-amber-500"
                          : "border-slate-400"
                    }`}
                  />
                </div>
                {error || isFlagged ? (
                  <p
                    id={`value-${field.id}-error`}
                    className="text-sm font-medium text-brand-700 sm:col-span-2"
                  >
                    {error ??
                      (field.band
                        ? t("flagged", { low: field.band.low, high: field.band.high })
                        : t("flaggedNoBand"))}
                  </p>
                ) : null}
                <details
                  className="sm:col-span-2"
                  open={Boolean(comment) || isFlagged || Boolean(error)}
                >
                  <summary className="cursor-pointer text-sm text-brand-700">
                    {t("addComment")}
                  </summary>
                  <label htmlFor={`comment-${field.id}`} className="sr-only">
                    {t("comment")}: {field.name}
                  </label>
                  <textarea
                    id={`comment-${field.id}`}
                    rows={2}
                    disabled={!editable}
                    value={comment}
                    onChange={(e) => setComment(field.id, e.target.value)}
                    className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 text-sm disabled:bg-slate-100"
                  />
                </details>
              </div>
            );
          })}
        </fieldset>
      ))}

      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("texts")}</legend>
        {props.isPoint ? (
          <div>
            <label htmlFor="selfRating" className="block text-sm font-medium text-slate-800">
              {t("selfRating")}
            </label>
            <select
              id="selfRating"
              disabled={!editable}
              value={texts.selfRating ?? ""}
              onChange={(e) => setText("selfRating", e.target.value)}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 sm:w-64"
            >
              <option value="">{t("noRating")}</option>
              {props.ratings.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {(["results", "difficulties", "proposals"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={name} className="block text-sm font-medium text-slate-800">
              {t(name)}
            </label>
            <textarea
              id={name}
              rows={3}
              disabled={!editable}
              value={texts[name] ?? ""}
              onChange={(e) => setText(name, e.target.value)}
              className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 disabled:bg-slate-100"
            />
          </div>
        ))}
      </fieldset>

      {props.canSubmit ? (
        <Button
          type="button"
          pending={submitting}
          pendingLabel={t("submitting")}
          onClick={() => void submit()}
        >
          {t("submit")}
        </Button>
      ) : null}
    </div>
  );
}

function ConflictPanel({
  fields,
  conflict,
  onChoose,
}: {
  fields: FormField[];
  conflict: { theirs: ReportConflict; mine: Draft };
  onChoose: (side: "theirs" | "mine") => void;
}) {
  const t = useTranslations("Reports.form.conflict");
  const locale: AppLocale = useLocale();
  const timeOf = (iso: string) => formatSavedAt(iso, locale);
  const differing = fields.filter(
    (f) =>
      (conflict.theirs.values[String(f.id)]?.value ?? "") !==
      (conflict.mine.values[String(f.id)]?.value ?? ""),
  );
  return (
    <section role="alert" className="space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 className="font-semibold text-amber-950">
        {t("heading", {
          name: conflict.theirs.updatedBy ?? t("anonymous"),
          time: timeOf(conflict.theirs.updatedAt),
        })}
      </h2>
      <p className="text-sm text-amber-950">{t("intro")}</p>
      {differing.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left">
              <th className="py-1 pr-2">{t("field")}</th>
              <th className="py-1 pr-2 text-right">{t("theirs")}</th>
              <th className="py-1 text-right">{t("mine")}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((f) => (
              <tr key={f.id} className="border-t border-amber-200">
                <td className="py-1 pr-2">{f.name}</td>
                <td className="py-1 pr-2 text-right tabular-nums">
                  {conflict.theirs.values[String(f.id)]?.value || "—"}
                </td>
                <td className="py-1 text-right tabular-nums">
                  {conflict.mine.values[String(f.id)]?.value || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => onChoose("theirs")}>
          {t("keepTheirs")}
        </Button>
        <Button type="button" onClick={() => onChoose("mine")}>
          {t("keepMine")}
        </Button>
      </div>
    </section>
  );
}
