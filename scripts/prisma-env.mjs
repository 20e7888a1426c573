// Prisma's CLI tries to download a native schema engine on every command, which fails on closed
// networks. Pointing it at a stub that exits 1 lets `generate` run; migrations go through the
// WebAssembly engine in scripts/db/ instead. An empty stub would make `migrate` silently succeed.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export function prismaEnv() {
  const dir = resolve("node_modules/.cache/phong-trao");
  const stub = join(dir, "no-schema-engine.sh");
  if (!existsSync(stub)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      stub,
      '#!/bin/sh\necho "The native Prisma schema engine is not used here: run npm run db:migrate." >&2\nexit 1\n',
    );
    chmodSync(stub, 0o755);
  }
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
}
