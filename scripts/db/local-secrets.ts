// Secrets the portal needs but nobody should have to invent: generated on first start and kept in
// .data/secrets.json (git-ignored), unless the environment gives them.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";

export const DATA_DIR = resolve(process.env.PORTAL_DATA_DIR ?? ".data");
const SECRETS_PATH = resolve(DATA_DIR, "secrets.json");

const secretsSchema = z.object({
  postgresPassword: z.string().min(16),
  appPassword: z.string().min(16),
  authSecret: z.string().min(32),
});
export type LocalSecrets = z.infer<typeof secretsSchema>;

export function localSecrets(): LocalSecrets {
  let earlier: Partial<LocalSecrets> = {};
  try {
    earlier = JSON.parse(readFileSync(SECRETS_PATH, "utf8")) as Partial<LocalSecrets>;
    return secretsSchema.parse(earlier);
  } catch {
    // Keep what an earlier version generated (the database was initialised with that password).
    const fresh: LocalSecrets = {
      postgresPassword: earlier.postgresPassword ?? randomBytes(18).toString("base64url"),
      appPassword: earlier.appPassword ?? randomBytes(18).toString("base64url"),
      authSecret: earlier.authSecret ?? randomBytes(32).toString("base64url"),
    };
    mkdirSync(dirname(SECRETS_PATH), { recursive: true });
    writeFileSync(SECRETS_PATH, JSON.stringify(fresh, null, 2) + "\n", { mode: 0o600 });
    return fresh;
  }
}
