import { headers } from "next/headers";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/client";
import { auth } from "./auth";
import { clientAddress } from "./client-address";
import { givenIdentity, type RequestIdentity } from "./request-context";
import { scopeOf, type Scope } from "./scope";
import { findLiveSession, type SessionUser } from "./sessions";

/**
 * The one context of every domain function: who is asking, as the server knows it, re-read from
 * the database on every request by the guard (actions), requireUser (pages) or authRoute (route
 * handlers). `sessionToken` opens the caller's scope in the database (inScope, lib/db/scoped.ts);
 * it never leaves the server.
 */
export interface AuthContext {
  user: SessionUser;
  role: Role;
  scope: Scope;
  sessionId: string;
  sessionToken: string;
  ip: string;
  userAgent: string | null;
}

export const currentIdentity = cache(async (): Promise<RequestIdentity> => {
  const given = givenIdentity();
  if (given) return given;
  const [session, requestHeaders] = await Promise.all([auth(), headers()]);
  return {
    sessionToken: session?.sessionToken || null,
    ip: clientAddress(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  };
});

/** The signed-in user with role and scope, or null (no session, or it is over). */
export const getCurrentUser = cache(async (): Promise<AuthContext | null> => {
  const identity = await currentIdentity();
  const token = identity.sessionToken;
  if (!token) return null;
  const live = await findLiveSession(token);
  const scope = live ? scopeOf(live.user) : null;
  if (!live || !scope) return null;
  return {
    user: live.user,
    role: live.user.role,
    scope,
    sessionId: live.sessionId,
    sessionToken: token,
    ip: identity.ip,
    userAgent: identity.userAgent,
  };
});
