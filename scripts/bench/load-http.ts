// bench:load's HTTP: node:http with a bounded keep-alive pool, each user at an address of their
// own, every request of the run timed into `samples`, server actions called as the browser does.
import { Agent, request as httpRequest } from "node:http";
import { BASE, REQUEST_TIMEOUT_MS } from "./load-options";
import {
  actionBody,
  actionHeaders,
  actionManifest,
  actionResult,
  type ActionAnswer,
} from "./server-actions";

export const agent = new Agent({ keepAlive: true, maxSockets: 256 });
/** Each user's own address (the portal runs behind one trusted proxy hop, as in an office): the
 * sign-in throttle and the audit trail see 200 people, not one address. */
export const addressOf = new Map<string, string>();
export const addressFor = (i: number) => `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`;

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A new connection for each request (the warm-up: the portal's workers take connections in turn). */
export const freshAgent = new Agent({ keepAlive: false });

export function send(
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: string,
  via: Agent = agent,
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const outgoing = httpRequest(
      `${BASE}${path}`,
      {
        method,
        headers: {
          ...headers,
          ...(headers.cookie && addressOf.has(headers.cookie)
            ? { "x-forwarded-for": addressOf.get(headers.cookie) ?? "" }
            : {}),
          ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }),
        },
        agent: via,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolveAnswer({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
    outgoing.on("error", reject);
    if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}

// ── measurements ──────────────────────────────────────────────────────────────────────────────
export interface Sample {
  kind: string;
  start: number;
  ms: number;
  ok: boolean;
  status: number;
}
export const samples: Sample[] = [];

export async function timed(
  kind: string,
  work: () => Promise<Answer>,
  accept = (a: Answer) => a.status === 200,
) {
  const start = Date.now();
  let answer: Answer | null = null;
  try {
    answer = await work();
  } catch {
    answer = null;
  }
  const ok = answer !== null && accept(answer);
  samples.push({ kind, start, ms: Date.now() - start, ok, status: answer?.status ?? 0 });
  return ok ? answer : null;
}

// ── server actions over HTTP (ids from the build's manifest) ─────────────────────────────────
export interface ActionRef {
  id: string;
  page: string;
}
export function actionIds(): Map<string, ActionRef> {
  const found = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(actionManifest())) {
    const page = Object.keys(entry.workers)[0] ?? "";
    const name = `${entry.filename ?? ""}#${entry.exportedName ?? ""}`;
    found.set(name, { id, page });
  }
  return found;
}

export async function callAction(
  kind: string,
  ref: ActionRef,
  path: string,
  cookie: string,
  input: unknown,
): Promise<ActionAnswer | null> {
  const answer = await timed(
    kind,
    () => send("POST", path, { ...actionHeaders(ref.id, BASE), cookie }, actionBody(input)),
    // A refusal for a reason of the data (conflict, rules) is an answer, not an error; "busy" is.
    (a) => a.status === 200 && actionResult(a.body) !== null && !isBusy(actionResult(a.body)),
  );
  return answer ? actionResult(answer.body) : null;
}
function isBusy(result: ActionAnswer | null): boolean {
  return result !== null && !result.ok && (result.formError ?? "").startsWith("Hệ thống đang bận");
}
