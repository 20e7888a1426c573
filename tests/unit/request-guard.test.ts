import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import {
  BODY_LIMIT_BYTES,
  bodyLimitFor,
  FILE_BODY_LIMIT_BYTES,
  declaredLength,
  hasMalformedPath,
  hasStreamedBody,
  isCrossOriginPost,
  sanitiseForwarding,
} from "@/scripts/lib/request-guard.mjs";

// What scripts/serve.mjs does to a request's headers before Next sees them. The same on the wire,
// with the portal running: tests/e2e/security-headers.spec.ts and tests/e2e/hostile-input.spec.ts.

const forged = (): IncomingHttpHeaders => ({
  host: "portal.local:3000",
  "x-forwarded-for": "198.51.100.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  forwarded: "for=198.51.100.7;host=evil.example;proto=https",
  "x-real-ip": "198.51.100.7",
});

describe("sanitiseForwarding", () => {
  it("with no trusted proxy, drops what the client says and keeps the connection's address", () => {
    const headers = forged();
    sanitiseForwarding(headers, "203.0.113.5", 0);
    expect(headers).toEqual({ host: "portal.local:3000", "x-forwarded-for": "203.0.113.5" });
  });

  it("treats a missing or nonsense TRUSTED_PROXY_HOPS as no proxy", () => {
    const headers = forged();
    sanitiseForwarding(headers, undefined, Number("nonsense"));
    expect(headers).toEqual({ host: "portal.local:3000", "x-forwarded-for": "unknown" });
  });

  it("behind one proxy, keeps the value the proxy added and drops what the client put before it", () => {
    const headers: IncomingHttpHeaders = {
      host: "10.0.0.2:3000",
      "x-forwarded-for": "198.51.100.7, 203.0.113.5",
      "x-forwarded-host": "evil.example, portal.gov.vn",
      "x-forwarded-proto": "https",
    };
    sanitiseForwarding(headers, "10.0.0.1", 1);
    expect(headers).toEqual({
      host: "10.0.0.2:3000",
      // The address chain is client-address.ts's to read (it counts hops from the right too).
      "x-forwarded-for": "198.51.100.7, 203.0.113.5",
      "x-forwarded-host": "portal.gov.vn",
      "x-forwarded-proto": "https",
    });
  });
});

describe("body size", () => {
  it("reads a declared length; a malformed one counts as too large", () => {
    expect(declaredLength({ "content-length": "12" })).toBe(12);
    expect(declaredLength({})).toBeNull();
    expect(declaredLength({ "content-length": "1e9" })).toBe(1e9);
    expect(declaredLength({ "content-length": "-1" })).toBe(Number.POSITIVE_INFINITY);
    expect(declaredLength({ "content-length": "x" })).toBe(Number.POSITIVE_INFINITY);
  });

  it("tells a chunked body from none", () => {
    expect(hasStreamedBody({ "transfer-encoding": "chunked" })).toBe(true);
    expect(hasStreamedBody({ "content-length": "5", "transfer-encoding": "chunked" })).toBe(false);
    expect(hasStreamedBody({})).toBe(false);
  });

  it("keeps bodies to 1 MiB but where roster files are sent, whose limit Next is given too", () => {
    expect(bodyLimitFor("/vi/users/new")).toBe(BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/vi/rosters/importer")).toBe(BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/vi/rosters/import")).toBe(FILE_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/en/rosters/import?x=1")).toBe(FILE_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/api/imports/preview")).toBe(FILE_BODY_LIMIT_BYTES);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(FILE_BODY_LIMIT_BYTES);
  });
});

describe("isCrossOriginPost", () => {
  const host = "localhost:3000";
  it("lets the portal's own pages post, and any GET through", () => {
    expect(
      isCrossOriginPost("POST", "/vi/sign-in", { host, origin: "http://localhost:3000" }),
    ).toBe(false);
    expect(isCrossOriginPost("GET", "/vi", { host, origin: "http://evil.example" })).toBe(false);
    expect(isCrossOriginPost("POST", "/vi/sign-in", { host })).toBe(false);
  });

  it("refuses another origin, an opaque one and a malformed one", () => {
    for (const origin of ["http://evil.example", "null", "not a url", "http://localhost:3001"])
      expect(isCrossOriginPost("POST", "/vi/sign-in", { host, origin }), origin).toBe(true);
  });

  it("a forged X-Forwarded-Host does not help once the headers are sanitised", () => {
    const headers: IncomingHttpHeaders = {
      host,
      origin: "http://evil.example",
      "x-forwarded-host": "evil.example",
    };
    expect(isCrossOriginPost("POST", "/vi/sign-in", headers)).toBe(false); // what Next would see
    sanitiseForwarding(headers, "127.0.0.1", 0);
    expect(isCrossOriginPost("POST", "/vi/sign-in", headers)).toBe(true);
  });

  it("leaves /api/ route handlers to answer for themselves", () => {
    expect(isCrossOriginPost("POST", "/api/health", { host, origin: "http://x.example" })).toBe(
      false,
    );
  });
});

describe("hasMalformedPath", () => {
  it("tells a path Next cannot decode from one it can", () => {
    expect(hasMalformedPath("/vi/users/%ED%A0%80")).toBe(true);
    expect(hasMalformedPath("/vi/%FF")).toBe(true);
    expect(hasMalformedPath("/vi/%")).toBe(true);
    expect(hasMalformedPath("/vi/users/%C3%A1?q=%ED%A0%80")).toBe(false); // the query is Next's
    expect(hasMalformedPath("/vi/%00")).toBe(false);
    expect(hasMalformedPath("/vi")).toBe(false);
  });
});
