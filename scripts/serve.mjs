// Serves the built portal (or the dev server with --dev) with Next's request handler behind a
// plain Node HTTP server, for one reason: the client address. `next start` keeps an
// X-Forwarded-For sent by the client, so anyone could pick the address the audit trail records
// and the per-address sign-in throttle counts. Here, with no trusted proxy in front
// (TRUSTED_PROXY_HOPS=0), the header is replaced by the address of the connection itself.
import { createServer } from "node:http";
import next from "next";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? "0");

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (trustedHops === 0) {
    request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
    delete request.headers["x-real-ip"];
  }
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`▸ Listening on http://${hostname}:${port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
