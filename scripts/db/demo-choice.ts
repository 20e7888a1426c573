// Whether a start or a seed loads the demo data. The embedded database (no DATABASE_URL) is the
// demo install; a real office's PostgreSQL gets the national units and catalogs only, unless the
// demo is asked for with `--demo` or DEMO_DATA=1. DEMO_DATA=0 keeps the embedded database empty too.

const YES = new Set(["1", "true", "yes"]);
const NO = new Set(["0", "false", "no"]);

export function demoRequested(
  embedded: boolean,
  argv: readonly string[] = process.argv,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (argv.includes("--demo")) return true;
  const flag = env.DEMO_DATA?.trim().toLowerCase();
  if (flag && YES.has(flag)) return true;
  if (flag && NO.has(flag)) return false;
  return embedded;
}
