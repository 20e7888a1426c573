// The load users' work, each in a loop bounded in steps and in time: commune officers saving their
// report, editing a team and submitting (twice at once), province officers approving, ministry staff
// reading dashboards. Every write the portal acknowledged is kept in `acks` for the checks.
import { callAction, send, timed, type ActionRef } from "./load-http";
import { MAX_STEPS_PER_USER, think } from "./load-options";
import type { CommuneUser, Period, ProvinceUser } from "./load-users";

export interface Ack {
  kind: "report-save" | "team-update" | "submit" | "approve";
  id: string;
  version?: number;
  marker?: string;
}
export const acks: Ack[] = [];
export const doubleSubmitted: string[] = [];

export interface Actions {
  save: ActionRef;
  submit: ActionRef;
  approve: ActionRef;
  updateTeam: ActionRef;
}

export async function communeLoop(
  u: CommuneUser,
  cookie: string,
  a: Actions,
  period: Period,
  deadline: number,
  submitAt: number,
) {
  const formPath = `/vi/reports/form?commune=${u.communeId}&year=${period.year}&quarter=${period.quarter}`;
  let report: { id: string; version: number } | null = null;
  let submitted = false;
  let team = { ...u.team };
  for (let step = 0; step < MAX_STEPS_PER_USER && Date.now() < deadline; step++) {
    const choice = step % 4;
    if (choice === 0) {
      await timed("page.report-form", () => send("GET", formPath, { cookie }));
    } else if (choice === 1 && !submitted) {
      const marker = `tai ${u.username} ${step}`;
      // Each action is posted to the page it is used on, as the browser posts it.
      const result = await callAction("action.report-save", a.save, formPath, cookie, {
        periodId: period.id,
        communeId: u.communeId,
        ...(report ? { version: report.version } : {}),
        entries: u.entries,
        results: marker,
      });
      if (result?.ok) {
        const data = result.data as { reportId: string; version: number };
        report = { id: data.reportId, version: data.version };
        acks.push({ kind: "report-save", id: data.reportId, version: data.version, marker });
      }
    } else if (choice === 2) {
      const name = `${u.team.name} · tải ${step}`;
      const result = await callAction(
        "action.team-update",
        a.updateTeam,
        `/vi/teams/${team.id}`,
        cookie,
        {
          id: team.id,
          version: team.version,
          name,
          pointId: team.pointId ?? "",
          areaIds: team.areaIds,
          establishedOn: team.establishedOn ?? "",
        },
      );
      if (result?.ok) {
        team = { ...team, version: (result.data as { version: number }).version };
        acks.push({ kind: "team-update", id: team.id, version: team.version, marker: name });
      }
    } else {
      await timed("page.teams", () => send("GET", "/vi/teams", { cookie }));
    }
    if (!submitted && report && Date.now() >= submitAt) {
      // The same submit twice at once (a double click): one submission, both answered.
      const input = { reportId: report.id, version: report.version };
      const both = await Promise.all([
        callAction("action.report-submit", a.submit, formPath, cookie, input),
        callAction("action.report-submit", a.submit, formPath, cookie, input),
      ]);
      if (both.some((r) => r?.ok)) {
        acks.push({ kind: "submit", id: report.id });
        doubleSubmitted.push(report.id);
        submitted = true;
      }
    }
    await think();
  }
}

export async function provinceLoop(u: ProvinceUser, cookie: string, a: Actions, deadline: number) {
  const queue = [...u.reports];
  for (let step = 0; step < MAX_STEPS_PER_USER && Date.now() < deadline; step++) {
    if (step % 2 === 0) {
      await timed("page.reports", () => send("GET", "/vi/reports", { cookie }));
    } else {
      const next = queue[0];
      if (next) {
        const result = await callAction("action.report-approve", a.approve, next.formPath, cookie, {
          reportId: next.id,
          version: next.version,
        });
        if (result) queue.shift();
        if (result?.ok) acks.push({ kind: "approve", id: next.id });
      } else {
        await timed("page.dashboard", () => send("GET", "/vi/dashboard", { cookie }));
      }
    }
    await think();
  }
}

export async function ministryLoop(cookie: string, deadline: number) {
  const pages = ["/vi/dashboard", "/vi", "/vi/summary", "/vi/completeness"];
  for (let step = 0; step < MAX_STEPS_PER_USER && Date.now() < deadline; step++) {
    const path = pages[step % pages.length] ?? "/vi";
    await timed(`page.${path === "/vi" ? "overview" : path.slice(4)}`, () =>
      send("GET", path, { cookie }),
    );
    await think();
  }
}
