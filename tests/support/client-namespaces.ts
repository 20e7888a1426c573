// Which message namespaces a page's components may ask for in the browser: the namespaces of every
// `useTranslations("…")` in the files the page imports, directly or through other files (static
// and dynamic imports, `@/` and relative paths). Server components that call useTranslations are
// counted too (they would be fine without the client provider: counting them errs on the safe side).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(dirname(from), spec);
  else return null;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

const IMPORT = /(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/gu;
const TRANSLATIONS = /useTranslations\(\s*"([A-Za-z]+)(?:\.[A-Za-z.]+)?"\s*\)/gu;

/** The namespaces asked for by `file` and everything it imports from the project. */
export function namespacesOf(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    // Without comments (a comment may name a namespace as an example).
    const text = readFileSync(path, "utf8")
      .replace(/\/\*[\s\S]*?\*\//gu, "")
      .replace(/^\s*\/\/.*$/gmu, "");
    for (const m of text.matchAll(TRANSLATIONS)) if (m[1]) found.add(m[1]);
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      const target = spec ? resolveImport(path, spec) : null;
      // Message catalogs and generated code ask for nothing.
      if (target && !target.includes("/generated/") && !target.endsWith(".json")) visit(target);
    }
  };
  visit(file);
  return found;
}

/** Every page and layout under app/[locale], relative to the project root. */
export function routeFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/^(page|layout|error|not-found)\.tsx$/u.test(entry.name))
        out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, "app", "[locale]"));
  return out.sort();
}

export const projectPath = (path: string) => join(ROOT, path);
