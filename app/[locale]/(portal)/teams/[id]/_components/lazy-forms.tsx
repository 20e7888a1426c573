"use client";

import { type ComponentProps, lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import type { AddMemberForm } from "./add-member-form";
import type { MemberChangeForms } from "./member-change-forms";
import type { DissolveTeamForm, EditTeamForm } from "./team-forms";

// "Sửa tổ" and "Giải thể tổ" stay closed on most visits: their forms' code is fetched when one is
// opened, not with the roster (a first visit of the page on a phone loads less); the forms that
// change a member when a member is chosen (?member=). React's own lazy, not next/dynamic (whose
// loader code came with every first visit of the roster).

const LazyEditTeamForm = lazy(() =>
  import("./team-forms").then((m) => ({ default: m.EditTeamForm })),
);
const LazyDissolveTeamForm = lazy(() =>
  import("./team-forms").then((m) => ({ default: m.DissolveTeamForm })),
);
const LazyAddMemberForm = lazy(() =>
  import("./add-member-form").then((m) => ({ default: m.AddMemberForm })),
);
const LazyMemberChangeForms = lazy(() =>
  import("./member-change-forms").then((m) => ({ default: m.MemberChangeForms })),
);

export function MemberChange(props: ComponentProps<typeof MemberChangeForms>) {
  return (
    <Suspense fallback={null}>
      <LazyMemberChangeForms {...props} />
    </Suspense>
  );
}

function FormDetails({
  summary,
  initiallyOpen = false,
  children,
}: {
  summary: string;
  initiallyOpen?: boolean;
  children: React.ReactNode;
}) {
  const [opened, setOpened] = useState(initiallyOpen);
  return (
    <details
      className="rounded border border-slate-300 bg-slate-50 open:bg-white"
      open={initiallyOpen}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
        {summary}
      </summary>
      <div className="border-t border-slate-200 px-4 py-4">
        {opened ? <Suspense fallback={<Loading />}>{children}</Suspense> : null}
      </div>
    </details>
  );
}

function Loading() {
  const t = useTranslations("Rosters");
  return <p className="text-sm text-slate-600">{t("formLoading")}</p>;
}

/**
 * "Thêm thành viên": open (and its form's code loaded with the page) on a team that fits on one
 * page; on a bigger team closed, so that the list and its search come first on a phone, and the
 * form's code is fetched when it is opened.
 */
export function AddMemberDetails({
  summary,
  intro,
  open,
  ...props
}: ComponentProps<typeof AddMemberForm> & { summary: string; intro: string; open: boolean }) {
  return (
    <FormDetails summary={summary} initiallyOpen={open}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">{intro}</p>
        <LazyAddMemberForm {...props} />
      </div>
    </FormDetails>
  );
}

export function EditTeamDetails({
  summary,
  ...props
}: ComponentProps<typeof EditTeamForm> & { summary: string }) {
  return (
    <FormDetails summary={summary}>
      <LazyEditTeamForm {...props} />
    </FormDetails>
  );
}

export function DissolveTeamDetails({
  summary,
  ...props
}: ComponentProps<typeof DissolveTeamForm> & { summary: string }) {
  return (
    <FormDetails summary={summary}>
      <LazyDissolveTeamForm {...props} />
    </FormDetails>
  );
}
