// Serves the built portal (or the dev server with --dev) with Next's request handler behind a
// plain Node HTTP server, for what `next start` cannot be told:
// - Forwarding headers a client cannot forge. `next start` believes a client's X-Forwarded-For
//   (the address the audit trail records and the sign-in throttle counts), X-Forwarded-Host (the
//   host a server action's Origin is checked against) and X-Forwarded-Proto (HSTS). With no
//   trusted proxy in front (TRUSTED_PROXY_HOPS=0) they are dropped and X-Forwarded-For is the
//   connection's own address; behind proxies, only what the nearest trusted one added is kept.
// - A path whose percent-encoding is not UTF-8 answered 400 (Next answers it 500).
// - A cross-site POST answered 403 (Next refuses it too, with a 500, after reading the body).
// - A body size limit answered 413 (Next answers its own server-action limit with a 500): at once
//   for a Content-Length over the limit, while reading for a chunked body.
// - A busy database answered 503 with Retry-After: when a request's answer would be a 500 and the
//   app met a full pool, a statement timeout or a restarting database while making it
//   (DatabaseBusyError, lib/db/busy.ts, marks the request's state kept here), the status is 503.
//
// Workers: WEB_CONCURRENCY processes (default: one per core, at most 4; one with --dev) share the
// port through node:cluster. A Node process renders on one core; the instances hold no state of
// their own (sessions, the throttle and the rollups are in the database), so any worker can answer
// any request. A worker that dies is replaced.
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import next from "next";
import {
  bodyLimitFor,
  declaredLength,
  hasMalformedPath,
  hasStreamedBody,
  isCrossOriginPost,
  readBodyWithin,
  refuseCrossOrigin,
  refuseMalformed,
  refuseTooLarge,
  replayRequest,
  sanitiseForwarding,
} from "./lib/request-guard.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? "0");

// `next dev` compiles into .next as it goes: one process only.
const workers = dev
  ? 1
  : process.env.WEB_CONCURRENCY
    ? Number(process.env.WEB_CONCURRENCY)
    : Math.min(availableParallelism(), 4);
if (!Number.isInteger(workers) || workers < 1 || workers > 64)
  throw new Error("WEB_CONCURRENCY: a whole number of worker processes, 1–64");

if (workers > 1 && cluster.isPrimary) {
  await runPrimary();
} else {
  await runWorker();
}

/** Forks the workers, replaces one that dies (not more than 10 times a minute), stops them all. */
async function runPrimary() {
  let stopping = false;
  let listening = 0;
  const deaths = [];
  const live = new Set();
  const fork = () => live.add(cluster.fork());
  cluster.on("listening", () => {
    listening += 1;
    if (listening === workers)
      console.log(`▸ Listening on http://${hostname}:${port} (${workers} workers)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    live.delete(worker);
    if (stopping) {
      if (live.size === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && (deaths[0] ?? now) < now - 60_000) deaths.shift();
    console.error(`▸ Worker ${worker.process.pid} ended (${signal ?? code})`);
    if (deaths.length > 10) {
      console.error("▸ Workers keep ending: stopping");
      process.exit(1);
    }
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of live) worker.process.kill("SIGTERM");
    // Workers that do not end within 10 s: a stop that was not clean.
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (let i = 0; i < workers; i++) fork();
}

async function runWorker() {
  const requestState = new AsyncLocalStorage();
  globalThis[Symbol.for("phongtrao.request-state")] = requestState;
  const RETRY_AFTER_SECONDS = "30";

  /** A 5xx answer of a request that met a busy database becomes 503 + Retry-After. */
  function answerBusyAs503(response, state) {
    const writeHead = response.writeHead;
    response.writeHead = function (status, ...rest) {
      if (state.busy && status >= 500) {
        this.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        this.setHeader("Cache-Control", "no-store");
        return writeHead.call(this, 503, ...rest);
      }
      return writeHead.call(this, status, ...rest);
    };
  }

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  async function serve(request, response) {
    sanitiseForwarding(request.headers, request.socket.remoteAddress, trustedHops);
    if (hasMalformedPath(request.url)) {
      refuseMalformed(response);
      return;
    }
    if (isCrossOriginPost(request.method, request.url, request.headers)) {
      refuseCrossOrigin(response);
      return;
    }
    const limit = bodyLimitFor(request.url);
    const length = declaredLength(request.headers);
    if (length !== null && length > limit) {
      refuseTooLarge(response, limit);
      return;
    }
    if (hasStreamedBody(request.headers)) {
      const body = await readBodyWithin(request, limit);
      if (body === null) {
        refuseTooLarge(response, limit);
        return;
      }
      await handle(replayRequest(request, body), response);
      return;
    }
    await handle(request, response);
  }

  const server = createServer((request, response) => {
    const state = { busy: false };
    answerBusyAs503(response, state);
    requestState.run(state, () => serveSafely(request, response));
  });

  function serveSafely(request, response) {
    serve(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  }
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`▸ Listening on http://${hostname}:${port}`);
  });

  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
