import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import type {} from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { SECURE_COOKIES, SESSION_COOKIE } from "./session-cookie";
import { endSessionOfToken, findLiveSession } from "./sessions";

// Auth.js carries the session in an encrypted, HttpOnly cookie. What it carries is only the token of
// a server-side Session row, made by `authenticate` (throttle, password check, audit) just before:
// the credentials provider here accepts a token that is alive in the database, nothing else.
// No /api/auth route is mounted: signing in and out happen through our guarded server actions.

declare module "next-auth" {
  interface User {
    sessionToken?: string;
  }
  interface Session {
    sessionToken: string;
    user: { id: string } & DefaultSession["user"];
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sessionToken?: string;
  }
}

const TWELVE_HOURS_S = 12 * 60 * 60;

export const { auth, signIn, signOut } = NextAuth({
  // Self-hosted on closed networks, reached by several names and addresses.
  trustHost: true,
  session: { strategy: "jwt", maxAge: TWELVE_HOURS_S },
  useSecureCookies: SECURE_COOKIES,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: SECURE_COOKIES },
    },
  },
  pages: { signIn: "/vi/sign-in" },
  providers: [
    Credentials({
      credentials: { sessionToken: {} },
      async authorize(credentials) {
        const token = typeof credentials.sessionToken === "string" ? credentials.sessionToken : "";
        const live = token ? await findLiveSession(token) : null;
        if (!live) throw new CredentialsSignin();
        return { id: live.user.id, name: live.user.fullName, sessionToken: token };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger }) {
      if (trigger === "signIn" && user) {
        token.sessionToken = user.sessionToken;
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    session({ session, token }) {
      session.sessionToken = token.sessionToken ?? "";
      session.user.id = token.sub ?? "";
      return session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token?.sessionToken : undefined;
      if (token) await db.$transaction((tx) => endSessionOfToken(tx, token));
    },
  },
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
});
