import { parentPort, workerData } from "node:worker_threads";
import { encodeProvince, type GeneratorSetup, type GeneratorJob } from "./generate";

// A generator thread (prisma/seed/national/generate.ts): plans the provinces it is given and sends
// their COPY text back, table by table, in chunks of about a megabyte.

const setup = workerData as GeneratorSetup;
const port = parentPort;
if (!port) throw new Error("Not a worker thread");
port.on("message", (job: GeneratorJob) => {
  encodeProvince(setup, job, (message, transfer) => port.postMessage(message, transfer));
});
