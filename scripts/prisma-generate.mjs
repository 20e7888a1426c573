// Runs `prisma generate` without Prisma's downloaded engines (see docs/decisions/001-offline-prisma.md).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { prismaEnv } from "./prisma-env.mjs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: prismaEnv(),
});
process.exit(result.status ?? 1);
