// What scripts/serve.mjs does to a request before Next sees it (plain JavaScript: serve.mjs runs on
// Node without a TypeScript loader; the types are in request-guard.d.mts).
import { IncomingMessage } from "node:http";

/**
 * The largest request body the portal takes: 1 MiB. next.config.ts gives Next's server-action
 * limit the same number, but Next answers its own limit with a 500; this one answers 413 first.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Roster files (the import page's server action and its preview route): up to 9 MiB. */
export const FILE_BODY_LIMIT_BYTES = 9 * 1024 * 1024;
const FILE_PATHS = /^\/(?:(?:vi|en)\/rosters\/import|api\/imports\/preview)(?:[/?]|$)/;

/**
 * The body limit of a request: the file limit where roster files are sent, the small one elsewhere.
 * @param {string | undefined} url
 */
export function bodyLimitFor(url) {
  return FILE_PATHS.test(url ?? "") ? FILE_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
}

// Headers a proxy sets to say what the client asked for. With no trusted proxy in front, whoever
// sends them is the client, and Next believes them: X-Forwarded-Host decides the host a server
// action's Origin is checked against (Origin: http://evil.example passed with X-Forwarded-Host:
// evil.example), X-Forwarded-Proto turns on HSTS and upgrade-insecure-requests.
const FORWARDING = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];
// Those a proxy may append to: behind `hops` proxies, the value the nearest trusted one added is
// that many entries from the right, and anything to its left came from the client.
const APPENDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/**
 * Makes the forwarding headers say only what a trusted proxy said. With no trusted proxy: the
 * client's are dropped, X-Forwarded-For becomes the connection's address (Next then sets host and
 * protocol from the connection itself).
 * @param {import("node:http").IncomingHttpHeaders} headers changed in place
 * @param {string | undefined} remoteAddress
 * @param {number} trustedHops
 */
export function sanitiseForwarding(headers, remoteAddress, trustedHops) {
  if (!(trustedHops > 0)) {
    for (const name of FORWARDING) delete headers[name];
    delete headers["x-real-ip"];
    headers["x-forwarded-for"] = remoteAddress ?? "unknown";
    return;
  }
  for (const name of APPENDED) {
    const value = headers[name];
    if (value === undefined) continue;
    const entries = (Array.isArray(value) ? value.join(",") : value)
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const trusted = entries[Math.max(0, entries.length - trustedHops)];
    if (trusted === undefined) delete headers[name];
    else headers[name] = trusted;
  }
}

/**
 * A path whose percent-encoding is not UTF-8 (/vi/users/%ED%A0%80, /vi/%FF): Next fails to decode
 * it and answers 500 on any route, /api/ and /_next/ included. It is a malformed request: 400.
 * @param {string | undefined} url
 */
export function hasMalformedPath(url) {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * Answers 400 to a request that cannot be read.
 * @param {import("node:http").ServerResponse} response
 */
export function refuseMalformed(response) {
  const text = "Địa chỉ không hợp lệ.\nThe address is not valid.\n";
  response.writeHead(400, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * A page POST (a server action) whose Origin is not the portal's own host: a cross-site request.
 * Next makes the same check, after the body is read, and answers it with a 500; here it is a 403
 * before anything else. Run after sanitiseForwarding, so that a forged X-Forwarded-Host cannot
 * make another site's origin look like ours. /api/ route handlers answer for themselves.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {import("node:http").IncomingHttpHeaders} headers
 */
export function isCrossOriginPost(method, url, headers) {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if ((url ?? "").startsWith("/api/")) return false;
  const origin = headers.origin;
  if (origin === undefined) return false; // not a browser: no cookies it did not choose to send
  const host = headers["x-forwarded-host"] ?? headers.host;
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Answers 403 to a cross-site POST.
 * @param {import("node:http").ServerResponse} response
 */
export function refuseCrossOrigin(response) {
  const text = "Yêu cầu từ trang web khác bị từ chối.\nA request from another site was refused.\n";
  response.writeHead(403, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/**
 * The body length a request declares, or null when it declares none (chunked) or has no body.
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @returns {number | null}
 */
export function declaredLength(headers) {
  const value = headers["content-length"];
  if (value === undefined) return null;
  const length = Number(value);
  return Number.isSafeInteger(length) && length >= 0 ? length : Number.POSITIVE_INFINITY;
}

/** A body is coming without a Content-Length (Transfer-Encoding: chunked). */
export function hasStreamedBody(headers) {
  return headers["content-length"] === undefined && headers["transfer-encoding"] !== undefined;
}

/**
 * Reads a streamed body up to `limit` bytes. Returns the bytes, or null as soon as it is larger
 * (what is left is not read: the answer is a 413 and the connection is closed).
 * @param {import("node:http").IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
export async function readBodyWithin(request, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The same request with its body already read, for Next to read again: a chunked body that fit
 * within the limit, now with a Content-Length.
 * @param {import("node:http").IncomingMessage} request
 * @param {Buffer} body
 * @returns {import("node:http").IncomingMessage}
 */
export function replayRequest(request, body) {
  const replay = new IncomingMessage(request.socket);
  replay.method = request.method;
  replay.url = request.url;
  replay.httpVersionMajor = request.httpVersionMajor;
  replay.httpVersionMinor = request.httpVersionMinor;
  replay.httpVersion = request.httpVersion;
  const headers = { ...request.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  replay.headers = headers;
  replay.rawHeaders = Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [String(value)]).flatMap((one) => [name, one]),
  );
  replay.push(body);
  replay.push(null);
  return replay;
}

/**
 * Answers 413 and closes the connection (the rest of the body is never read).
 * @param {import("node:http").ServerResponse} response
 * @param {number} limit
 */
export function refuseTooLarge(response, limit) {
  const text =
    `Nội dung gửi lên quá lớn (tối đa ${Math.round(limit / 1024)} KB).\n` +
    `The request body is too large (at most ${Math.round(limit / 1024)} KB).\n`;
  response.writeHead(413, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    connection: "close",
  });
  response.end(text, () => response.socket?.destroy());
}
