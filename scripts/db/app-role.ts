// The application connects as `portal_app` (created by the row-level security migration without
// LOGIN): a role that owns nothing and cannot bypass the policies. This gives it a password and
// returns its connection string; the owner's connection stays with migrations and the seed.
import pg from "pg";

export const APP_ROLE = "portal_app";

export async function enableAppRole(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const escaped = password.replace(/'/g, "''");
    await client.query(`alter role ${APP_ROLE} with login password '${escaped}'`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
