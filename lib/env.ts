import { z } from "zod";

// The environment, read once and validated. `scripts/start.ts` fills DATABASE_URL (embedded
// PostgreSQL) and AUTH_SECRET (generated on first start) before the app boots.
const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  /// Connection used by the application at run time. Defaults to DATABASE_URL.
  APP_DATABASE_URL: z.string().url().optional(),
  /// A read replica for the dashboards (as the application role). Unset: they read the primary.
  DASHBOARD_DATABASE_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
