import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL(".", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Planning a demo province takes seconds; the limit only catches a hang (speed is
          // measured by the benchmarks, not by timeouts).
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global.ts"],
          setupFiles: ["tests/setup/worker.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM loader cannot
          // resolve (next has no exports map): let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
          pool: "forks",
          maxWorkers: 2,
          // Projects with different worker limits run as separate groups: unit tests first.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
