// Finds a Chromium for the browser tests, installing one if none is there: Debian's `chromium`
// package when running as root on Debian (Playwright's own download is blocked on closed
// networks), Playwright's own build elsewhere.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { userInfo } from "node:os";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
];

/** An installed Chromium, or undefined: `CHROMIUM_PATH`, the usual system paths, Playwright's. */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given && existsSync(given)) return given;
  const system = CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  return playwrightChromium();
}

function playwrightChromium(): string | undefined {
  try {
    const path = execFileSync(
      process.execPath,
      ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isDebian(): boolean {
  return (
    existsSync("/etc/debian_version") ||
    /ID(_LIKE)?=.*debian/.test(readFileSync("/etc/os-release", "utf8"))
  );
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (process.platform === "linux" && userInfo().uid === 0 && isDebian()) {
    log("Installing Debian's chromium package for the browser tests (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update"], env);
    run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], env);
  } else {
    log("Installing Playwright's Chromium for the browser tests…");
    run(
      process.execPath,
      ["node_modules/@playwright/test/cli.js", "install", "chromium"],
      process.env,
    );
  }
  const installed = findChromium();
  if (!installed) throw new Error("No Chromium could be installed for the browser tests.");
  return installed;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/** Flags that keep Chromium quiet on a closed network and working as root in containers. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
