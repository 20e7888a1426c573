// Every page route, as every demo role, asked for ids of its own scope, another commune and another
// province (tests/support/isolation/pages.ts): the page, a 404, or the sign-in page — never another
// scope's data, never a 500.
import { ACTOR_KEYS, TARGET_KEYS, TARGET_UNITS } from "../support/isolation/keys";
import { DEMO_ACTORS, DEMO_TARGETS, PAGE_ROWS, pageRoutes } from "../support/isolation/pages";
import { expect, queryE2eDatabase, test } from "./fixtures";

test("every page route has a row in the page isolation matrix", () => {
  expect(pageRoutes().filter((route) => !(route in PAGE_ROWS))).toEqual([]);
  expect(Object.keys(PAGE_ROWS).filter((route) => !pageRoutes().includes(route))).toEqual([]);
});

for (const actor of ACTOR_KEYS) {
  test(`pages as ${DEMO_ACTORS[actor]}: own scope, another commune, another province`, async ({
    page,
    signInAs,
  }) => {
    // Every route × three targets, one request each: it grows with every feature's pages.
    test.setTimeout(90_000);
    await signInAs(DEMO_ACTORS[actor]);
    const usernames = Object.values(DEMO_TARGETS);
    await queryE2eDatabase(
      `insert into "User" ("id", "username", "passwordHash", "fullName", "role", "provinceId", "communeId", "updatedAt")
       select gen_random_uuid(), $1, 'not-a-password', 'Phạm Thị Mục Tiêu', 'COMMUNE_OFFICER', c."provinceId", c."id", now()
         from "Commune" c where c."code" = '31942'
       on conflict ("username") do nothing`,
      [DEMO_TARGETS.own],
    );
    const users = await queryE2eDatabase<{ id: string; username: string; name: string }>(
      `select id::text, username, "fullName" as name from "User" where username = any($1)`,
      [usernames],
    );
    const problems: string[] = [];
    for (const target of TARGET_KEYS) {
      const user = users.find((r) => r.username === DEMO_TARGETS[target]);
      if (!user) throw new Error(`no demo user ${DEMO_TARGETS[target]}`);
      for (const [route, row] of Object.entries(PAGE_ROWS)) {
        const entity = row.target
          ? (
              await queryE2eDatabase<{ id: string; name: string }>(
                row.target,
                // PostgreSQL wants exactly the parameters the statement uses ($1, or $1 and $2).
                [TARGET_UNITS[target].communeCode, TARGET_UNITS[target].provinceCode].slice(
                  0,
                  row.target.includes("$2") ? 2 : 1,
                ),
              )
            )[0]
          : user;
        if (!entity) throw new Error(`${route}: nothing to ask for in the ${target} commune`);
        const path = route.startsWith("/api/") ? row.path(entity) : `/vi${row.path(entity)}`;
        const response = await page.request.get(path, { maxRedirects: 0 });
        const expected = row.expected[actor][target];
        const status = response.status();
        const location = response.headers().location ?? "";
        const answer =
          status === 200
            ? "page"
            : status === 404
              ? "notFound"
              : status === 403
                ? "forbidden"
                : status === 405
                  ? "notAllowed"
                  : status >= 300 && status < 400 && location.includes("/sign-in")
                    ? "signIn"
                    : status >= 300 && status < 400 && /\/vi\/?$/.test(location)
                      ? "home"
                      : `HTTP ${status} ${location}`;
        if (answer !== expected)
          problems.push(`${route} ${target} ${path}: ${answer}, not ${expected}`);
        if (!row.mayShowTarget(actor, target) && (await response.text()).includes(entity.name))
          problems.push(`${route} ${target} ${path}: names ${entity.name}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test("a signed-out visitor is sent to sign in from every page that needs a session", async ({
  page,
}) => {
  for (const route of ["/", "/users", "/audit", "/account/password"]) {
    const response = await page.request.get(`/vi${route === "/" ? "" : route}`, {
      maxRedirects: 0,
    });
    expect(response.status(), route).toBeGreaterThanOrEqual(300);
    expect(response.status(), route).toBeLessThan(400);
    expect(response.headers().location, route).toContain("/sign-in");
  }
});
