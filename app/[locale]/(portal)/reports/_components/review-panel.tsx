"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { approveReportAction, reopenReportAction, returnReportAction } from "../actions";

// The province's moves on one report: approve or return it (a comment for the whole report and/or
// for single fields) while it waits; reopen it, with a reason, once approved.

export function ReviewPanel({
  reportId,
  version,
  status,
  fields,
  canReopen,
}: {
  reportId: string;
  version: number;
  status: string;
  fields: { id: number; name: string }[];
  canReopen: boolean;
}) {
  const t = useTranslations("Reports.review");
  const router = useRouter();
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [comment, setComment] = useState("");
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reason, setReason] = useState("");

  const run = async (
    kind: string,
    work: () => Promise<
      { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError?: string }
    >,
    done: string,
  ) => {
    setPending(kind);
    setMessage(null);
    const result = await work();
    setPending(null);
    if (result.ok) {
      // The panel is not remounted by the refresh, so its notice stays while the report's new
      // state arrives; what was typed for this move is cleared.
      setMessage({ ok: true, text: done });
      setErrors({});
      setComment("");
      setNotes({});
      setReason("");
      router.refresh();
    } else {
      setErrors(result.fieldErrors);
      setMessage({
        ok: false,
        text: result.formError ?? Object.values(result.fieldErrors)[0] ?? "",
      });
    }
  };

  const v = String(version);
  return (
    <section aria-labelledby="review" className="space-y-4 rounded border border-brand-700 p-4">
      <h2 id="review" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {message ? (
        message.ok ? (
          <Notice tone="success">{message.text}</Notice>
        ) : (
          <FormAlert message={message.text} />
        )
      ) : null}
      {status === "SUBMITTED" ? (
        <>
          <Button
            type="button"
            pending={pending === "approve"}
            pendingLabel={t("approving")}
            onClick={() =>
              void run(
                "approve",
                () => approveReportAction(undefined, { reportId, version: v }),
                t("approved"),
              )
            }
          >
            {t("approve")}
          </Button>
          <div className="space-y-3 border-t border-slate-200 pt-3">
            <label htmlFor="return-comment" className="block text-sm font-medium text-slate-800">
              {t("comment")}
            </label>
            <textarea
              id="return-comment"
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              aria-describedby={errors.comment ? "return-comment-error" : undefined}
              className="block w-full rounded border border-slate-400 px-3 py-2"
            />
            {errors.comment ? (
              <p id="return-comment-error" className="text-sm font-medium text-brand-700">
                {errors.comment}
              </p>
            ) : null}
            <details>
              <summary className="cursor-pointer text-sm text-brand-700">
                {t("fieldCommentHint")}
              </summary>
              <div className="mt-2 space-y-2">
                {fields.map((f) => (
                  <div key={f.id}>
                    <label htmlFor={`note-${f.id}`} className="block text-sm text-slate-800">
                      {t("fieldComment", { name: f.name })}
                    </label>
                    <input
                      id={`note-${f.id}`}
                      value={notes[String(f.id)] ?? ""}
                      onChange={(e) => setNotes({ ...notes, [String(f.id)]: e.target.value })}
                      className="mt-1 block w-full rounded border border-slate-400 px-3 py-2 text-sm"
                    />
                  </div>
                ))}
              </div>
            </details>
            <Button
              type="button"
              variant="secondary"
              pending={pending === "return"}
              pendingLabel={t("returning")}
              onClick={() =>
                void run(
                  "return",
                  () =>
                    returnReportAction(undefined, {
                      reportId,
                      version: v,
                      comment,
                      fieldComments: notes,
                    }),
                  t("returned"),
                )
              }
            >
              {t("return")}
            </Button>
          </div>
        </>
      ) : null}
      {status !== "SUBMITTED" && status !== "APPROVED" ? (
        <p className="text-sm text-slate-700">{t("withCommune")}</p>
      ) : null}
      {status === "APPROVED" && canReopen ? (
        <div className="space-y-3">
          <label htmlFor="reopen-reason" className="block text-sm font-medium text-slate-800">
            {t("reason")}
          </label>
          <textarea
            id="reopen-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={errors.reason ? "reopen-reason-error" : undefined}
            className="block w-full rounded border border-slate-400 px-3 py-2"
          />
          {errors.reason ? (
            <p id="reopen-reason-error" className="text-sm font-medium text-brand-700">
              {errors.reason}
            </p>
          ) : null}
          <Button
            type="button"
            variant="secondary"
            pending={pending === "reopen"}
            pendingLabel={t("reopening")}
            onClick={() =>
              void run(
                "reopen",
                () => reopenReportAction(undefined, { reportId, version: v, reason }),
                t("reopened"),
              )
            }
          >
            {t("reopen")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
