"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import type { ImportPreview } from "@/lib/rosters/import/preview-import";
import { Field, SelectField } from "@/components/forms/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { commitImportAction } from "../actions";
import { PreviewTable } from "./preview-table";
import { type Progress, requestPreview } from "./request-preview";

interface Props {
  communes: { id: number; name: string }[];
  communeId: number | null;
  chooseCommune: boolean;
}

export function ImportPanel({ communes, communeId: initialCommune, chooseCommune }: Props) {
  const t = useTranslations("Imports");
  const te = useTranslations("Errors");
  const router = useRouter();
  const [fileKey, setFileKey] = useState(0);
  const [communeId, setCommuneId] = useState<number | null>(initialCommune);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [ageNote, setAgeNote] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [committing, startCommit] = useTransition();

  const errorText = (key: string, values?: Record<string, string | number>) =>
    te.has(key as never) ? te(key as never, values as never) : t("failed");

  // `notice` stays above the new preview: a commit refused because the data changed since the
  // preview checks the file again, so the rows show what is wrong now.
  const check = async (
    withChoices: Record<string, number>,
    notice: { tone: "success" | "error"; text: string } | null = null,
  ) => {
    if (!file) {
      setMessage({ tone: "error", text: te("importFileRequired") });
      return;
    }
    setMessage(notice);
    setPreview(null);
    setProgress({ step: "upload", percent: 0 });
    const answer = await requestPreview({ file, communeId, choices: withChoices }, setProgress);
    setProgress(null);
    if ("preview" in answer) setPreview(answer.preview);
    else setMessage({ tone: "error", text: errorText(answer.error.key, answer.error.values) });
  };

  const commit = () => {
    if (!file || !preview) return;
    startCommit(async () => {
      const result = await commitImportAction(undefined, {
        file,
        communeId: communeId ?? undefined,
        choices,
        ageNote,
      });
      if (result.ok) {
        setMessage({
          tone: "success",
          text: t("committed", {
            rows: result.data.rowCount,
            persons: result.data.personCount,
            memberships: result.data.membershipCount,
          }),
        });
        setPreview(null);
        setFile(null);
        setFileKey((k) => k + 1);
        router.refresh();
      } else if (result.formError) {
        await check(choices, { tone: "error", text: result.formError });
      } else {
        setFieldError(result.fieldErrors.ageNote);
        setMessage({
          tone: "error",
          text: Object.values(result.fieldErrors)[0] ?? t("failed"),
        });
      }
    });
  };

  const templateHref = `/api/imports/template${communeId ? `?communeId=${communeId}` : ""}`;
  const canCheck = file !== null && (!chooseCommune || communeId !== null);
  const ready =
    preview !== null && preview.counts.withErrors === 0 && preview.counts.unanswered === 0;

  return (
    <section aria-labelledby="import-form-title" className="space-y-5">
      <h2 id="import-form-title" className="sr-only">
        {t("title")}
      </h2>
      <div className="flex flex-col gap-1">
        <a
          href={templateHref}
          className={buttonClasses("quiet", "self-start")}
          aria-disabled={chooseCommune && communeId === null}
        >
          {t("template")}
        </a>
        <p className="text-sm text-slate-600">{t("templateHint")}</p>
      </div>

      <form
        className="grid max-w-xl gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          void check(choices);
        }}
      >
        {chooseCommune ? (
          <SelectField
            label={t("commune")}
            name="communeId"
            value={communeId ?? ""}
            onChange={(e) => {
              setCommuneId(e.target.value === "" ? null : Number(e.target.value));
              setPreview(null);
            }}
          >
            <option value="">{t("chooseCommune")}</option>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Field
          key={fileKey}
          label={t("file")}
          hint={t("fileHint")}
          name="file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPreview(null);
            setChoices({});
            setMessage(null);
          }}
        />
        <Button disabled={!canCheck || progress !== null} className="self-start">
          {t("check")}
        </Button>
      </form>

      {progress ? (
        <div className="max-w-xl space-y-1" aria-live="polite">
          <p className="text-sm text-slate-700">
            {progress.step === "upload"
              ? t("progressUpload", { percent: progress.percent })
              : progress.step === "read"
                ? t("progressRead")
                : t("progressCheck", { rows: progress.rows ?? 0 })}
          </p>
          <progress
            className="h-3 w-full"
            max={100}
            value={
              progress.step === "upload"
                ? progress.percent * 0.6
                : progress.step === "read"
                  ? 75
                  : 90
            }
            aria-label={t("progressLabel")}
          />
        </div>
      ) : null}

      {message ? (
        <Notice key={message.text} tone={message.tone}>
          {message.text}
        </Notice>
      ) : null}

      {preview ? (
        <div className="space-y-4">
          <div className="space-y-1 rounded border border-slate-200 bg-white p-3 text-sm">
            <p className="font-semibold">
              {t("summary", {
                file: preview.fileName,
                commune: preview.commune.name,
                rows: preview.counts.rows,
                ready: preview.counts.ready,
                errors: preview.counts.withErrors,
                warnings: preview.counts.withWarnings,
              })}
            </p>
            <p>
              {t("summaryPersons", {
                newPersons: preview.counts.newPersons,
                existing: preview.counts.existingPersons,
              })}
            </p>
            {preview.unknownHeaders.length > 0 ? (
              <p className="text-slate-600">
                {t("unknownHeaders", { headers: preview.unknownHeaders.join(", ") })}
              </p>
            ) : null}
            {preview.footerRows.length > 0 ? (
              <p className="text-slate-600">
                {t("footerRows", {
                  count: preview.footerRows.length,
                  rows: preview.footerRows.join(", "),
                })}
              </p>
            ) : null}
          </div>

          {preview.questions.length > 0 ? (
            <fieldset className="space-y-3 rounded border border-gold-500 p-3">
              <legend className="px-1 font-semibold">{t("questionsTitle")}</legend>
              {preview.questions.map((q) => (
                <SelectField
                  key={q.formerCommuneId}
                  name={`choice-${q.formerCommuneId}`}
                  label={t("questionBody", { label: q.label, rows: q.rows.join(", ") })}
                  value={choices[String(q.formerCommuneId)] ?? q.chosen ?? ""}
                  onChange={(e) =>
                    setChoices({ ...choices, [String(q.formerCommuneId)]: Number(e.target.value) })
                  }
                >
                  <option value="">{t("chooseCommune")}</option>
                  {q.choices.map((c) => (
                    <option key={c.communeId} value={c.communeId}>
                      {c.name}
                    </option>
                  ))}
                </SelectField>
              ))}
              <Button type="button" variant="secondary" onClick={() => void check(choices)}>
                {t("applyChoices")}
              </Button>
            </fieldset>
          ) : null}

          {ready ? (
            <div className="space-y-3">
              <p className="font-semibold text-emerald-800">
                {t("readyToCommit", { rows: preview.counts.rows })}
              </p>
              {preview.needsAgeNote ? (
                <Field
                  label={t("ageNote")}
                  hint={t("ageNoteHint")}
                  name="ageNote"
                  value={ageNote}
                  error={fieldError}
                  onChange={(e) => setAgeNote(e.target.value)}
                />
              ) : null}
              <Button
                type="button"
                pending={committing}
                onClick={commit}
                disabled={preview.needsAgeNote && ageNote.trim() === ""}
              >
                {t("commit", { rows: preview.counts.rows })}
              </Button>
            </div>
          ) : (
            <p className="font-semibold text-brand-800">{t("allOrNothing")}</p>
          )}

          <PreviewTable preview={preview} />
        </div>
      ) : null}
    </section>
  );
}
