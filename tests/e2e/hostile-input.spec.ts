// Hostile input over HTTP, against the running portal: every page route (found from app/**/page.tsx,
// so a new page is covered without being named here) with hostile query strings, signed out and
// signed in as each kind of user, never answers 500; and a body over the size limit is answered 413
// (declared or chunked) with nothing written.
import { readdirSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join, relative, sep } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, queryE2eDatabase, test } from "./fixtures";

function* pageFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* pageFiles(path);
    else if (/^page\.(tsx|ts|jsx|js)$/.test(entry)) yield path;
  }
}

const HOSTILE_SEGMENTS = ["%00", "0x10", "99999999999", "%ED%A0%80", "%E2%80%AEabc"];

/** A real value for a dynamic segment where its name is known, or a made-up one. */
async function sampleSegment(name: string): Promise<string> {
  if (name === "locale") return "vi";
  if (name === "id") {
    const [row] = await queryE2eDatabase<{ id: string }>(
      `select id from "User" where username = 'hunghoi.canbo'`,
    );
    if (row) return row.id;
  }
  return "x";
}

interface Routes {
  /** Every page route once, in Vietnamese, dynamic segments filled with a sample: for the queries. */
  pages: string[];
  /** The same in English, and with hostile values in each dynamic segment: without a query. */
  variants: string[];
}

/** Every page route of the app (app/**\/page.tsx). */
async function pageRoutes(): Promise<Routes> {
  const pages = new Set<string>();
  const variants = new Set<string>();
  for (const file of pageFiles("app")) {
    const segments = relative("app", file)
      .split(sep)
      .slice(0, -1)
      .filter((segment) => !/^\(.*\)$/.test(segment)); // route groups are not in the URL
    const names = segments.map((segment) => /^\[(?:\.\.\.)?(\w+)\]$/.exec(segment)?.[1]);
    const sample: string[] = [];
    for (const [i, segment] of segments.entries()) {
      const name = names[i];
      sample.push(name ? await sampleSegment(name) : segment);
    }
    const path = (values: string[]) => `/${values.join("/")}`;
    pages.add(path(sample));
    names.forEach((name, i) => {
      if (!name) return;
      const values = name === "locale" ? ["en"] : HOSTILE_SEGMENTS;
      for (const value of values) variants.add(path(sample.map((v, j) => (j === i ? value : v))));
    });
  }
  return { pages: [...pages], variants: [...variants] };
}

// Names every page's parser might read (a page reads what it knows and must ignore the rest).
const PARAMS = ["q", "user", "province", "commune", "page", "action", "entity", "from", "to"];
const MORE_PARAMS = ["before", "after", "next", "id", "year", "sort", "locale"];

// Raw, percent-encoded as a client may send them (a lone surrogate cannot be percent-encoded from
// a JavaScript string: %ED%A0%80 is its WTF-8 form, invalid UTF-8).
const HOSTILE_VALUES = [
  "%00",
  "abc%00def",
  "%ED%A0%80",
  "%E2%80%8B%E2%80%8B",
  "%E2%80%AEabc",
  "99999999999",
  "99999999999999999999999",
  "0x10",
  "1e3",
  "-1",
  "%",
  "%zz",
  "%FF%FE",
  "a".repeat(300),
];

function queries(): string[] {
  const names = [...PARAMS, ...MORE_PARAMS];
  const all = HOSTILE_VALUES.map((value) => names.map((name) => `${name}=${value}`).join("&"));
  return [
    ...all,
    names.map((name) => `${name}=a&${name}=b`).join("&"), // arrays where one value is expected
    names.map((name) => `${name}[a]=b&${name}[]=c`).join("&"), // object-like names
    `q=${"a".repeat(10_000)}`,
    `user=${"a".repeat(10_000)}`,
  ];
}

async function expectNo500(request: APIRequestContext, routes: Routes): Promise<number> {
  const urls = [
    ...routes.pages.flatMap((path) => ["", ...queries()].map((q) => (q ? `${path}?${q}` : path))),
    ...routes.variants,
  ];
  const failures: string[] = [];
  for (const url of urls) {
    const response = await request.get(url, { failOnStatusCode: false });
    if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 160)}`);
  }
  expect(failures).toEqual([]);
  return urls.length;
}

test.describe("every page with hostile query strings", () => {
  // Long: every page × every query × four kinds of visitor.
  test.setTimeout(600_000);

  test("finds the pages by itself (the test is not vacuous)", async () => {
    const { pages, variants } = await pageRoutes();
    for (const path of ["/vi", "/vi/users", "/vi/audit", "/vi/sign-in", "/vi/account/password"])
      expect(pages).toContain(path);
    expect(pages.some((path) => /^\/vi\/users\/[0-9a-f-]{36}$/.test(path))).toBe(true);
    expect(variants).toContain("/en/users");
    expect(variants).toContain("/vi/users/%00");
  });

  test("signed out", async ({ request }) => {
    expect(await expectNo500(request, await pageRoutes())).toBeGreaterThan(100);
  });

  for (const username of ["bo.quantri", "camau.quantri", "giarai.canbo"]) {
    test(`signed in as ${username}`, async ({ page, signInAs }) => {
      await signInAs(username);
      // page.request carries the browser context's cookies: the session.
      expect(await expectNo500(page.request, await pageRoutes())).toBeGreaterThan(100);
    });
  }
});

async function writtenRows() {
  const [row] = await queryE2eDatabase<{ audit: string; sessions: string; attempts: string }>(
    `select (select count(*) from "AuditLog") as audit, (select count(*) from "Session") as sessions,
            (select count(*) from "SignInAttempt") as attempts`,
  );
  return row;
}

/** A server-action POST of the sign-in form, as the browser sends it, with a 2 MB username. */
function oversizedSignIn(): { body: Buffer; contentType: string } {
  const boundary = "----hostile-input-boundary";
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body = Buffer.from(
    field("username", "a".repeat(2_000_000)) + field("password", "x") + `--${boundary}--\r\n`,
  );
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

test.describe("a body over the size limit", () => {
  test("with a Content-Length is answered 413 before anything runs", async ({
    request,
    baseURL,
  }) => {
    const before = await writtenRows();
    const { body, contentType } = oversizedSignIn();
    const response = await request.post("/vi/sign-in", {
      headers: {
        "content-type": contentType,
        "next-action": "0".repeat(42),
        origin: baseURL ?? "",
      },
      data: body,
      failOnStatusCode: false,
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("quá lớn");
    expect(await writtenRows()).toEqual(before);
  });

  test("sent chunked, with no Content-Length, is answered 413 too", async ({ baseURL }) => {
    const before = await writtenRows();
    const { body, contentType } = oversizedSignIn();
    const url = new URL("/vi/sign-in", baseURL);
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = httpRequest(url, {
        method: "POST",
        headers: {
          "content-type": contentType,
          "next-action": "0".repeat(42),
          origin: url.origin,
          "transfer-encoding": "chunked",
        },
      });
      outgoing.on("response", (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      outgoing.on("error", reject);
      // In 64 KB chunks, as a slow client would: the server answers before the end.
      for (let offset = 0; offset < body.length; offset += 65_536)
        outgoing.write(body.subarray(offset, offset + 65_536));
      outgoing.end();
    });
    expect(status).toBe(413);
    expect(await writtenRows()).toEqual(before);
  });

  test("a chunked body within the limit still reaches the page", async ({ baseURL }) => {
    const url = new URL("/api/health", baseURL);
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = httpRequest(url, {
        method: "POST",
        headers: { "content-type": "text/plain", "transfer-encoding": "chunked" },
      });
      outgoing.on("response", (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      outgoing.on("error", reject);
      outgoing.write("small");
      outgoing.end();
    });
    // The health route answers GET only: 405 is Next's own answer, i.e. Next read the request.
    expect(status).toBe(405);
  });
});
