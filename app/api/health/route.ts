import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await getHealth();
  return Response.json(health, {
    status: health.database === "up" && health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
