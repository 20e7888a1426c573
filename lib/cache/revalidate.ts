import { revalidatePath } from "next/cache";
import { givenIdentity } from "@/lib/auth/request-context";

/**
 * revalidatePath for server actions, after a write. Integration tests call actions directly, with
 * an identity they give (no Next request, so no cache to refresh and no store to refresh it in).
 */
export function revalidatePaths(...paths: string[]): void {
  if (givenIdentity()) return;
  for (const path of paths) revalidatePath(path);
}
