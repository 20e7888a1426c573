// The portal under load: `npm start`'s script on the national database (behind one trusted proxy
// hop, each load user at an address of their own), awaited until it answers, and the sign-in of
// each load user through the sign-in page's server action.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { addressOf, send, type ActionRef } from "./load-http";
import {
  BASE,
  DATABASE,
  LOAD_PASSWORD,
  PORT,
  PORTAL_START_LIMIT_S,
  log,
  sleep,
} from "./load-options";
import { actionBody, actionHeaders, sessionCookie } from "./server-actions";

export function startPortal(): ChildProcess {
  const child = spawn(
    process.execPath,
    [join("node_modules", "tsx", "dist", "cli.mjs"), join("scripts", "start.ts")],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        EMBEDDED_DATABASE_NAME: DATABASE,
        PORT: String(PORT),
        DEMO_DATA: "0",
        TRUSTED_PROXY_HOPS: "1",
      },
    },
  );
  child.stdout?.on("data", (d: Buffer) => log(`[portal] ${d.toString().trimEnd()}`));
  child.stderr?.on("data", (d: Buffer) => log(`[portal] ${d.toString().trimEnd()}`));
  return child;
}

export async function waitForPortal(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + PORTAL_START_LIMIT_S * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The portal exited while starting");
    const answer = await send("GET", "/api/health", {}).catch(() => null);
    if (answer?.status === 200) return;
    await sleep(1000);
  }
  throw new Error("The portal did not answer within the start limit");
}

export async function signIn(ref: ActionRef, username: string, address: string): Promise<string> {
  let last = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    const answer = await send(
      "POST",
      "/vi/sign-in",
      { ...actionHeaders(ref.id, BASE), "x-forwarded-for": address },
      actionBody({ username, password: LOAD_PASSWORD, next: "/vi" }),
    ).catch(() => null);
    const cookie = sessionCookie(answer?.headers["set-cookie"]);
    if (cookie) {
      addressOf.set(cookie, address);
      return cookie;
    }
    last = answer ? `HTTP ${answer.status} ${answer.body.slice(0, 200)}` : "no answer";
    await sleep(500 * (attempt + 1));
  }
  throw new Error(`${username} could not sign in: ${last}`);
}
