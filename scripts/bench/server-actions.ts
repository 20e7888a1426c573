// What the bench scripts (run.ts, load.ts) share to talk to the built portal as a browser does: the
// command-line option reader, the build's server action ids, a server action's request (POST with
// the Next-Action header and the encoded arguments) and answer, and the session cookie.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The value after `--name` on the command line, if any. */
export function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** One server action of the build: the file and export it comes from, the pages that hold it. */
export interface ManifestAction {
  workers: Record<string, unknown>;
  exportedName?: string;
  filename?: string;
}

/** The build's server actions by id (.next/server/server-reference-manifest.json). */
export function actionManifest(): Record<string, ManifestAction> {
  const manifest = JSON.parse(
    readFileSync(join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestAction> };
  return manifest.node;
}

/** The headers of a server action's POST, as the browser sends them. */
export function actionHeaders(actionId: string, origin: string): Record<string, string> {
  return {
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin,
  };
}

/** A server action's body: the action called with (undefined, input), as a form's action is. */
export const actionBody = (input: unknown): string => JSON.stringify(["$undefined", input]);

/** The result of an action called with (undefined, input): { ok, data } or the refusal. */
export type ActionAnswer =
  { ok: true; data: Record<string, unknown> } | { ok: false; formError?: string };

/** The action's result in its flight answer, or null when there is none. */
export function actionResult(body: string): ActionAnswer | null {
  // The flight answer: "0:{…}\n1:{…result…}\n". The result is the row whose object has "ok".
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!m?.[1]) continue;
    try {
      const value = JSON.parse(m[1]) as Record<string, unknown>;
      if (typeof value.ok === "boolean") return value as unknown as ActionAnswer;
    } catch {
      // another row
    }
  }
  return null;
}

/** A Cookie header of name/value pairs (a browser context's cookies). */
export const cookieHeader = (cookies: readonly { name: string; value: string }[]): string =>
  cookies.map((c) => `${c.name}=${c.value}`).join("; ");

/** The session cookie(s) of a sign-in answer's Set-Cookie headers, as one Cookie header ("" if none). */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  return ([] as string[])
    .concat(setCookie ?? [])
    .map((c) => c.split(";")[0] ?? "")
    .filter((c) => /^(phongtrao\.session|[^=]*session-token)=/.test(c))
    .join("; ");
}
