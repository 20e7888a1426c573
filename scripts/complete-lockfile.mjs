// The npm registry reachable from our machines serves the Linux builds of native packages but not
// the macOS, Windows and other-platform ones (404). `npm install` then leaves those optional
// packages out of package-lock.json, and `npm ci` refuses the lock as "not in sync". This adds an
// entry for each missing platform package (version from its parent, os/cpu from its name), which
// npm ci skips on a non-matching platform exactly as it would with a complete lock.
// Run after `npm install` changes dependencies: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony"];
const CPU = [
  ["arm64", "arm64"],
  ["x64", "x64"],
  ["ia32", "ia32"],
  ["arm-", "arm"],
  ["ppc64", "ppc64"],
  ["s390x", "s390x"],
  ["loong64", "loong64"],
  ["riscv64", "riscv64"],
  ["wasm32", "wasm32"],
];

function platformOf(name) {
  const base = name.split("/").pop() ?? name;
  const os = OS.find((o) => base.includes(`-${o}`));
  const cpu = CPU.find(
    ([token]) => base.includes(`-${token}`) || base.endsWith(`-${token.replace(/-$/, "")}`),
  );
  return { os, cpu: cpu?.[1] };
}

const path = "package-lock.json";
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ""}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const { os, cpu } = platformOf(name);
    if (!os && !cpu) continue;
    if (!/^\d+\.\d+\.\d+/.test(spec)) continue;
    packages[`node_modules/${name}`] = {
      version: spec,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: added ${added} platform package entr${added === 1 ? "y" : "ies"}.`);
