// The client's address from the request headers. With no proxy in front, scripts/serve.mjs has
// replaced X-Forwarded-For with the connection's own address (a client cannot choose it); behind
// TRUSTED_PROXY_HOPS proxies that each append the address they saw, the client is that many
// entries from the right. Used for the audit trail and the per-address sign-in throttle.
export function clientAddress(headers: Headers): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? "0");
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = hops > 0 ? chain[chain.length - hops] : chain[0];
  return (ip ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}
