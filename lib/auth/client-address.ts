// The client's address from the request headers. `next start` sets X-Forwarded-For only when the
// request has none, so without a reverse proxy the first entry is what the client claims; behind
// TRUSTED_PROXY_HOPS proxies that each append the address they saw, the client is that many
// entries from the right. Used for the audit trail and the per-address throttle.
export function clientAddress(headers: Headers): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? "0");
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = hops > 0 ? chain[chain.length - hops] : chain[0];
  return (ip ?? headers.get("x-real-ip") ?? "unknown").slice(0, 64);
}
