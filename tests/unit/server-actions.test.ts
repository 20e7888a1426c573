// Every server action is built by the one guard, authAction({ schema, permission }, handler).
// Lists the exports of every "use server" module and fails on any that is not.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

import { actionModules, exportsOf, isUseServer, modules } from "../support/server-actions";

describe("server actions", () => {
  it("exist (the check below is not vacuous)", () => {
    expect(actionModules.map((m) => m.file)).toContain(
      join("app", "[locale]", "sign-in", "actions.ts"),
    );
  });

  it("are every one built by authAction", () => {
    const exports = actionModules.flatMap(({ file, source }) => exportsOf(file, source));
    expect(exports.length).toBeGreaterThanOrEqual(2);
    expect(exports.filter((e) => !e.guarded)).toEqual([]);
  });

  it("are never declared inline (a 'use server' inside a function escapes the check)", () => {
    const inline = modules.filter(({ source }) => {
      let found = false;
      const visit = (node: ts.Node): void => {
        if (ts.isBlock(node) && node.statements.some(isUseServer)) found = true;
        ts.forEachChild(node, visit);
      };
      visit(source);
      return found;
    });
    expect(inline.map((m) => m.file)).toEqual([]);
  });
});
