import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requireUser } from "@/lib/auth/page-guard";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getModel } from "@/lib/models/get-model";
import { getModelReach } from "@/lib/models/get-model-reach";
import { scopeProvince } from "@/lib/models/list-provinces";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { ModelStatusForm } from "../_components/model-status-form";
import { inSentence, originText, provinceText } from "@/lib/models/place-text";
import { RecognitionForm } from "../_components/recognition-form";
import { RemoveRecognitionButton } from "../_components/remove-recognition-button";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Models" });
  const viewer = await getCurrentUser();
  const model = viewer ? await getModel(viewer, id) : null;
  return { title: model ? `${model.name} · ${t("title")}` : t("title") };
}

export default async function ModelPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requireUser(locale, `/${locale}/models/${id}`);
  // Another province's own model (or no such model): not found.
  const model = await getModel(ctx, id);
  if (!model) notFound();
  const [t, reach, own] = await Promise.all([
    getTranslations("Models"),
    getModelReach(ctx, model.id),
    scopeProvince(ctx),
  ]);
  if (!reach) notFound();
  const tr = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const n = (value: number) => formatNumber(value, locale);
  const catalog = model.ownerProvince === null;
  const origin = originText(tr, model);
  const facts: [string, string][] = [
    [t("field"), t(`fields.${model.field}`)],
    [t("owner"), model.ownerProvince ? provinceText(tr, model.ownerProvince, false) : t("catalog")],
    [t("launchedOn"), model.launchedOn ? formatDate(model.launchedOn, locale) : t("notKnown")],
    [t("originHeading"), origin ?? t("notKnown")],
    [
      t("status"),
      model.status === "INACTIVE" && model.retiredOn
        ? t("retiredText", {
            date: formatDate(model.retiredOn, locale),
            reason: model.retiredReason ?? "",
          })
        : t(`statuses.${model.status}`),
    ],
  ];
  const defaultIssuer =
    ctx.scope.level === "NATION" ? "Bộ Công an" : own ? `Công an ${provinceText(tr, own)}` : "";

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
      <TextLink href="/models" className="inline-block text-sm">
        ← {t("back")}
      </TextLink>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold break-words text-slate-900 sm:text-3xl">{model.name}</h1>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">
            {model.ownerProvince ? provinceText(tr, model.ownerProvince, false) : t("catalog")}
          </span>
          {model.recognitions.map((r) => (
            <span
              key={r.id}
              className="rounded bg-gold-300/30 px-2 py-0.5 font-medium text-slate-900"
            >
              {t(`levelsShort.${r.level}`)}
            </span>
          ))}
          {model.status === "INACTIVE" ? (
            <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">
              {t("statuses.INACTIVE")}
            </span>
          ) : null}
        </p>
      </div>

      <div className="grid items-start gap-8 lg:grid-cols-[22rem_1fr]">
        <section
          aria-labelledby="model-details"
          className="space-y-4 rounded border border-slate-200 p-4"
        >
          <h2 id="model-details" className="text-lg font-bold text-slate-900">
            {t("detailsHeading")}
          </h2>
          <dl className="space-y-3 text-sm">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium break-words text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {model.description ? (
            <div className="text-sm">
              <h3 className="text-slate-600">{t("description")}</h3>
              <p className="whitespace-pre-line text-slate-900">{model.description}</p>
            </div>
          ) : null}
          {model.goals ? (
            <div className="text-sm">
              <h3 className="text-slate-600">{t("goals")}</h3>
              <p className="whitespace-pre-line text-slate-900">{model.goals}</p>
            </div>
          ) : null}
          {model.editable ? (
            <TextLink look="secondary" href={`/models/${model.id}/edit`} className="text-sm">
              {t("editHeading")}
            </TextLink>
          ) : null}
        </section>

        <div className="min-w-0 space-y-8">
          <section aria-labelledby="model-reach" className="space-y-3">
            <h2 id="model-reach" className="text-lg font-bold text-slate-900">
              {t("reachHeading")}
            </h2>
            <ul className="grid grid-cols-3 gap-2 sm:gap-3">
              <li className="rounded border border-slate-200 p-2 sm:p-3">
                <span className="block text-xl font-bold text-slate-900 tabular-nums sm:text-2xl">
                  {n(reach.pointTotal)}
                </span>
                <span className="text-xs text-slate-700 sm:text-sm">{t("pointsLabel")}</span>
              </li>
              <li className="rounded border border-slate-200 p-2 sm:p-3">
                <span className="block text-xl font-bold text-slate-900 tabular-nums sm:text-2xl">
                  {n(reach.activeTeams)}
                </span>
                <span className="text-xs text-slate-700 sm:text-sm">{t("teamsLabel")}</span>
              </li>
              <li className="rounded border border-slate-200 p-2 sm:p-3">
                <span className="block text-xl font-bold text-slate-900 tabular-nums sm:text-2xl">
                  {n(reach.openMemberships)}
                </span>
                <span className="text-xs text-slate-700 sm:text-sm">
                  {t("membershipsLabel")} ({t("peopleTotal", { count: reach.members })})
                </span>
              </li>
            </ul>
            <h3 className="pt-2 font-semibold text-slate-900">{t("coverageHeading")}</h3>
            {ctx.scope.level === "COMMUNE" ? (
              <p className="text-sm text-slate-700">{t("coverageCommune")}</p>
            ) : reach.coverage.length === 0 ? (
              <p className="text-sm text-slate-700">{t("coverageNone")}</p>
            ) : (
              <ul className="space-y-1 text-slate-900">
                {reach.coverage.flatMap((c) => [
                  ...c.former.map((f) => (
                    <li key={`f${f.formerProvinceId}`} className="font-semibold">
                      {t("coverageFormer", {
                        covered: n(f.coverage.covered),
                        of: n(f.coverage.of),
                        province: inSentence(f.name),
                      })}
                    </li>
                  )),
                  <li key={`p${c.province.id}`}>
                    {t("coverageToday", {
                      covered: n(c.today.covered),
                      of: n(c.today.of),
                      province: provinceText(tr, c.province),
                    })}
                  </li>,
                ])}
              </ul>
            )}
          </section>

          <section aria-labelledby="model-recognitions" className="space-y-3">
            <h2 id="model-recognitions" className="text-lg font-bold text-slate-900">
              {t("recognitionsHeading")}
            </h2>
            {model.recognitions.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noRecognitions")}</p>
            ) : (
              <ul className="space-y-2">
                {model.recognitions.map((r) => (
                  <li
                    key={r.id}
                    className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-3 text-sm"
                  >
                    <div>
                      <p className="font-semibold text-slate-900">{t(`levels.${r.level}`)}</p>
                      <p className="text-slate-700">
                        {[
                          r.issuer,
                          r.decisionNumber ? `${t("decisionNumber")} ${r.decisionNumber}` : null,
                          r.decidedOn ? formatDate(r.decidedOn, locale) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      {r.note ? <p className="text-slate-700">{r.note}</p> : null}
                    </div>
                    {r.removable ? (
                      <RemoveRecognitionButton
                        id={r.id}
                        levelName={t(`levels.${r.level}`)}
                        ministry={r.level === "MINISTRY_NATIONWIDE"}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {model.recognitionLevels.length > 0 ? (
              <details className="rounded border border-slate-300 bg-slate-50 open:bg-white">
                <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
                  {t("addRecognition")}
                </summary>
                <div className="border-t border-slate-200 px-4 py-4">
                  <RecognitionForm
                    modelId={model.id}
                    levels={model.recognitionLevels}
                    ministry={ctx.scope.level === "NATION"}
                    defaultIssuer={defaultIssuer}
                  />
                </div>
              </details>
            ) : null}
          </section>

          {reach.byCommune.length > 0 ? (
            <section aria-labelledby="model-by-commune" className="space-y-3">
              <h2 id="model-by-commune" className="text-lg font-bold text-slate-900">
                {t("byCommuneHeading")}
              </h2>
              <Table caption={t("byCommuneCaption")}>
                <TableHead>
                  <HeaderCell>{t("colCommune")}</HeaderCell>
                  <HeaderCell className="text-right">{t("colCount")}</HeaderCell>
                </TableHead>
                <tbody>
                  {reach.byCommune.map((c) => (
                    <tr key={c.communeId} className="border-b border-slate-200">
                      <td className="px-3 py-1.5">{c.name}</td>
                      <td className="px-3 py-1.5 text-right tabular-nums">{n(c.points)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
          ) : null}

          {reach.points.length > 0 ? (
            <section aria-labelledby="model-points" className="space-y-3">
              <h2 id="model-points" className="text-lg font-bold text-slate-900">
                {t("pointsHeading")}
              </h2>
              <details open={reach.points.length <= 20} className="group space-y-3">
                <summary className="cursor-pointer font-semibold text-brand-800 select-none">
                  {t("pointsHeadingCount", { count: n(reach.pointTotal) })}
                </summary>
                {reach.points.length < reach.pointTotal ? (
                  <p className="text-sm text-slate-700">
                    {t("pointsCut", { shown: n(reach.points.length), total: n(reach.pointTotal) })}
                  </p>
                ) : null}
                <Table caption={t("pointsCaption")} layout="stack">
                  <TableHead layout="stack">
                    <HeaderCell>{t("colPoint")}</HeaderCell>
                    <HeaderCell>{t("colPlace")}</HeaderCell>
                    <HeaderCell>{t("colFormer")}</HeaderCell>
                    <HeaderCell>{t("colEstablished")}</HeaderCell>
                    <HeaderCell>{t("colStatus")}</HeaderCell>
                  </TableHead>
                  <StackBody>
                    {reach.points.map((p) => (
                      <StackRow key={p.id}>
                        <StackCell label={t("colPoint")} className="col-span-2 break-words">
                          {p.name}
                        </StackCell>
                        <StackCell label={t("colPlace")}>
                          {p.commune.name}
                          {ctx.scope.level === "NATION" ? `, ${p.province}` : ""}
                        </StackCell>
                        <StackCell label={t("colFormer")}>{p.formerCommune ?? "—"}</StackCell>
                        <StackCell label={t("colEstablished")} className="tabular-nums">
                          {formatDate(p.establishedOn, locale)}
                        </StackCell>
                        <StackCell label={t("colStatus")}>
                          {t(`pointStatuses.${p.status}`)}
                        </StackCell>
                      </StackRow>
                    ))}
                  </StackBody>
                </Table>
              </details>
            </section>
          ) : null}

          {model.editable ? (
            <section
              aria-labelledby="model-status"
              className="max-w-xl space-y-3 border-t border-slate-200 pt-6"
            >
              <h2 id="model-status" className="text-lg font-bold text-slate-900">
                {t("statusHeading")}
              </h2>
              <ModelStatusForm
                id={model.id}
                version={model.version}
                status={model.status}
                catalog={catalog}
              />
            </section>
          ) : (
            <Notice tone="info" persistent dismissible={false}>
              {catalog ? t("readOnlyCatalog") : t("readOnlyProvince")}
            </Notice>
          )}
        </div>
      </div>
    </div>
  );
}
