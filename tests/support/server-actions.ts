// Every "use server" module of the app and what it exports, read from the source with the
// TypeScript parser: the unit test checks each export is built by the guard, the isolation matrix
// that each has its rows of expectations.
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

export const isUseServer = (statement: ts.Statement) =>
  ts.isExpressionStatement(statement) &&
  ts.isStringLiteral(statement.expression) &&
  statement.expression.text === "use server";

export interface ExportInfo {
  file: string;
  name: string;
  guarded: boolean;
}

export function exportsOf(file: string, source: ts.SourceFile): ExportInfo[] {
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

export const files = ROOTS.flatMap((root) => [...sourceFiles(root)]);
export const modules = files.map((file) => ({
  file,
  source: ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true),
}));
export const actionModules = modules.filter(({ source }) => source.statements.some(isUseServer));

/** The exported server actions: module file and export name. */
export function serverActions(): ExportInfo[] {
  return actionModules.flatMap(({ file, source }) => exportsOf(file, source));
}
