// Every "use server" module of the app, found from the source, so that a test covering "every
// action" covers a new one without being told (tests/unit/server-actions.test.ts, the hostile-input
// test).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const ROOTS = ["app", "lib", "components"];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === "generated" || entry === "node_modules") continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(entry)) yield path;
  }
}

export function isUseServer(statement: ts.Statement): boolean {
  return (
    ts.isExpressionStatement(statement) &&
    ts.isStringLiteral(statement.expression) &&
    statement.expression.text === "use server"
  );
}

/** Paths (relative to the project) of the modules whose first statements say "use server". */
export function actionModuleFiles(): string[] {
  return ROOTS.flatMap((root) => [...sourceFiles(root)]).filter((file) =>
    ts
      .createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true)
      .statements.some(isUseServer),
  );
}
