import { revalidatePath, updateTag } from "next/cache";
import { givenIdentity } from "@/lib/auth/request-context";

/**
 * revalidatePath for server actions, after a write. Integration tests call actions directly, with
 * an identity they give (no Next request, so no cache to refresh and no store to refresh it in).
 */
export function revalidatePaths(...paths: string[]): void {
  if (givenIdentity()) return;
  for (const path of paths) revalidatePath(path);
}

/** The tag of the nation's completeness grid in Next's data cache (lib/dashboards/get-dashboard.ts). */
export const COMPLETENESS_TAG = "completeness";

/**
 * After a write that changes reporting completeness (a report's status, a point's status, a
 * period's exception): the nation's completeness grid is expired, and the next view computes it
 * again from the base rows (what this action wrote included).
 */
export function expireCompleteness(): void {
  if (givenIdentity()) return;
  updateTag(COMPLETENESS_TAG);
}
