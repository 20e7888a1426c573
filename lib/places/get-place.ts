import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { inScope } from "@/lib/db/scoped";
import { findPlaceInScope } from "./find-place";
import type { PlaceDetail } from "./types";

/** An area or organisation of the caller's scope by id (ids are unique across both). */
export async function getPlace(ctx: AuthContext, id: string): Promise<PlaceDetail> {
  return inScope(ctx, async (tx) => {
    try {
      return await findPlaceInScope(tx, ctx, "area", id);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      return findPlaceInScope(tx, ctx, "organization", id);
    }
  });
}
