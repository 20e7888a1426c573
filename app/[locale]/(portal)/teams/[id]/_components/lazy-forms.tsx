"use client";

import dynamic from "next/dynamic";
import { type ComponentProps, useState } from "react";
import type { MemberChangeForms } from "./member-change-forms";
import type { DissolveTeamForm, EditTeamForm } from "./team-forms";

// "Sửa tổ" and "Giải thể tổ" stay closed on most visits: their forms' code is fetched when one is
// opened, not with the roster (a first visit of the page on a phone loads less); the forms that
// change a member when a member is chosen (?member=).

const LazyEditTeamForm = dynamic(() => import("./team-forms").then((m) => m.EditTeamForm), {
  ssr: false,
});
const LazyDissolveTeamForm = dynamic(() => import("./team-forms").then((m) => m.DissolveTeamForm), {
  ssr: false,
});

const LazyMemberChangeForms = dynamic(() =>
  import("./member-change-forms").then((m) => m.MemberChangeForms),
);

export function MemberChange(props: ComponentProps<typeof MemberChangeForms>) {
  return <LazyMemberChangeForms {...props} />;
}

function FormDetails({ summary, children }: { summary: string; children: React.ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="rounded border border-slate-300 bg-slate-50 open:bg-white"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
        {summary}
      </summary>
      <div className="border-t border-slate-200 px-4 py-4">{opened ? children : null}</div>
    </details>
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
