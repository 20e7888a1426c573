// The browser gets only the message namespaces its components ask for (lib/i18n/client-messages.ts):
// each page's imports are followed, and every namespace a component of the page asks for must be
// sent by the layout above it — else the page would show keys instead of words.
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/i18n/catalog";
import {
  clientMessages,
  SECTION_NAMESPACES,
  type Section,
  SHELL_NAMESPACES,
} from "@/lib/i18n/client-messages";
import { namespacesOf, projectPath, routeFiles } from "../support/client-namespaces";

/** "app/[locale]/(portal)/teams/[id]/page.tsx" → "teams/[id]". */
const routeOf = (file: string) =>
  dirname(file)
    .replace(/^app\/\[locale\]\/?/u, "")
    .split("/")
    .filter((part) => part !== "" && !/^\(.*\)$/u.test(part))
    .join("/");

/** The section whose layout wraps a route: the longest one its path starts with. */
function sectionOf(route: string): Section | undefined {
  const sections = Object.keys(SECTION_NAMESPACES) as Section[];
  return sections
    .filter((s) => route === s || route.startsWith(`${s}/`))
    .sort((a, b) => b.length - a.length)[0];
}

describe("client messages", () => {
  const files = routeFiles();

  it("finds the pages and what they ask for", () => {
    expect(files).toContain("app/[locale]/(portal)/teams/[id]/page.tsx");
    expect(namespacesOf(projectPath("app/[locale]/(portal)/teams/[id]/page.tsx"))).toContain(
      "Rosters",
    );
  });

  it.each(files)("%s gets every namespace its components ask for", (file) => {
    const route = routeOf(file);
    const section = sectionOf(route);
    const sent = new Set<string>([
      ...SHELL_NAMESPACES,
      ...(section ? SECTION_NAMESPACES[section] : []),
    ]);
    const missing = [...namespacesOf(projectPath(file))].filter((n) => !sent.has(n));
    expect(missing, `${route || "/"}: add them to SECTION_NAMESPACES`).toEqual([]);
  });

  it.each(Object.keys(SECTION_NAMESPACES))(
    "section %s has the layout that sends them",
    (section) => {
      const candidates = [
        `app/[locale]/${section}/layout.tsx`,
        `app/[locale]/(portal)/${section}/layout.tsx`,
      ].filter((path) => existsSync(projectPath(path)));
      expect(candidates).toHaveLength(1);
      const layout = readFileSync(projectPath(candidates[0] ?? ""), "utf8");
      expect(layout).toContain(`<ClientMessages section="${section}">`);
    },
  );

  it("sends a section's namespaces and the shell's, not the whole catalog", () => {
    const sent = clientMessages("vi", "teams");
    expect(Object.keys(sent).sort()).toEqual(["Common", "Error", "Header", "Rosters"]);
    expect(sent.Rosters).toEqual(CATALOG.vi.Rosters);
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(CATALOG.vi).length / 5);
  });
});
