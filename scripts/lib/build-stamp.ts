// Decides whether the production build in .next is missing or older than the sources.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "proxy.ts",
];
const STAMP = join(".next", "portal-source-hash");

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(input)) {
      hash.update(file).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(hash: string): boolean {
  return (
    existsSync(join(".next", "BUILD_ID")) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, "utf8") === hash
  );
}

export function markBuilt(hash: string): void {
  writeFileSync(STAMP, hash);
}

const NEXT_BIN = join("node_modules", "next", "dist", "bin", "next");

/**
 * Runs `next build` when the build in .next is missing or older than the sources (npm start, the
 * bench). `output`: where the build's own output goes (the bench keeps stdout for its JSON: 2).
 */
export function buildIfStale(
  env: NodeJS.ProcessEnv,
  step: (message: string) => void,
  output: "inherit" | number = "inherit",
): void {
  const hash = sourceHash();
  if (buildIsCurrent(hash)) {
    step("Production build is current");
    return;
  }
  step("Building the portal (next build): this takes a minute or two the first time");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: ["ignore", output, "inherit"],
    env: { ...env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  markBuilt(hash);
}
