// Vitest global setup of the integration tests: the server and the templates, once per run.
import type { TestProject } from "vitest/node";
import { enableAppRole } from "../../scripts/db/app-role";
import { APP_PASSWORD, dropWorkerDatabases, prepareTemplates, startTestServer } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the test server's maintenance database, as its superuser. */
    testServerUrl: string;
    templates: { migrated: string; seeded: string };
    /** Names this run's worker databases apart from those of runs going on at the same time. */
    runId: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer();
  const runId = String(process.pid);
  await dropWorkerDatabases(server);
  const started = performance.now();
  const templates = await prepareTemplates(server);
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 1) console.log(`Test templates built in ${seconds.toFixed(1)} s`);
  await enableAppRole(server.url("postgres"), APP_PASSWORD);
  project.provide("testServerUrl", server.url("postgres"));
  project.provide("templates", templates);
  project.provide("runId", runId);
  return async () => {
    await dropWorkerDatabases(server, runId);
    await server.stop();
  };
}
