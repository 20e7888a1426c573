// Every server action is built by the one guard, authAction({ schema, permission }, handler).
// Lists the exports of every "use server" module and fails on any that is not.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "lib", "components"];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === "generated" || entry === "node_modules") continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry)) yield path;
  }
}

const isUseServer = (statement: ts.Statement) =>
  ts.isExpressionStatement(statement) &&
  ts.isStringLiteral(statement.expression) &&
  statement.expression.text === "use server";

interface ExportInfo {
  file: string;
  name: string;
  guarded: boolean;
}

function exportsOf(file: string, source: ts.SourceFile): ExportInfo[] {
  const found: ExportInfo[] = [];
  for (const statement of source.statements) {
    const exported =
      ts.canHaveModifiers(statement) &&
      ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isVariableStatement(statement) && exported) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        const guarded =
          init !== undefined &&
          ts.isCallExpression(init) &&
          ts.isIdentifier(init.expression) &&
          init.expression.text === "authAction";
        found.push({ file, name: declaration.name.getText(source), guarded });
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
      exported
    ) {
      found.push({ file, name: statement.name?.text ?? "default", guarded: false });
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      found.push({ file, name: statement.getText(source), guarded: false });
    } else if (ts.isExportAssignment(statement)) {
      found.push({ file, name: "default", guarded: false });
    }
  }
  return found;
}

const files = ROOTS.flatMap((root) => [...sourceFiles(root)]);
const modules = files.map((file) => ({
  file,
  source: ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true),
}));
const actionModules = modules.filter(({ source }) => source.statements.some(isUseServer));

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
