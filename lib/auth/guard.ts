import { createTranslator } from "next-intl";
import { z } from "zod";
import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import { busyReason } from "@/lib/db/busy";
import { inScope, SessionEndedError } from "@/lib/db/scoped";
import {
  actionLocale,
  type AppLocale,
  type ErrorKey,
  isErrorKey,
  messagesFor,
} from "@/lib/i18n/messages";
import { type AuthContext, currentIdentity, getCurrentUser } from "./current-user";
import { ConflictError, FieldErrors, FormError, type MessageValues, NotFoundError } from "./errors";
import { hasPermission, type Permission } from "./permissions";

// The one guard. Every server action is built by `authAction({ schema, permission }, handler)`:
// it reads the session and re-reads role and scope from the database, checks the declared
// permission, parses the input with zod, and hands the handler a typed context. Refusals are
// written to the audit trail. The result is { ok: true, data } or { ok: false, fieldErrors,
// formError } with every message in the user's language.

export type Access = Permission | "signed-in" | "public";

export interface PublicContext {
  ip: string;
  userAgent: string | null;
  locale: AppLocale;
}
export type ActionContext = AuthContext & { locale: AppLocale };

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string; conflict?: unknown };

type ContextFor<A extends Access> = A extends "public" ? PublicContext : ActionContext;

export type GuardedAction<S extends z.ZodType, T> = ((
  previous: ActionResult<T> | undefined,
  input: FormData | z.input<S>,
) => Promise<ActionResult<T>>) & { readonly guarded: { permission: Access; schema: S } };

/** FormData to a plain object: repeated names become arrays, Next's own fields are dropped. */
export function formDataToObject(data: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of data.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const text = typeof value === "string" ? value : value.name;
    const existing = result[key];
    if (existing === undefined) result[key] = text;
    else if (Array.isArray(existing)) existing.push(text);
    else result[key] = [existing, text];
  }
  return result;
}

export function authAction<S extends z.ZodType, T, A extends Access>(
  config: {
    schema: S;
    permission: A;
    /** usable while a password change is due */ allowWhilePasswordDue?: boolean;
  },
  handler: (input: z.output<S>, context: ContextFor<A>) => Promise<T>,
): GuardedAction<S, T> {
  const action = async (
    _previous: ActionResult<T> | undefined,
    input: FormData | z.input<S>,
  ): Promise<ActionResult<T>> => {
    const identity = await currentIdentity();
    const locale = await actionLocale();
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "Errors" });
    const refuse = (key: ErrorKey, values?: MessageValues): ActionResult<T> => ({
      ok: false,
      fieldErrors: {},
      formError: t(key, values),
    });
    try {
      return await guarded(identity, locale, t, refuse, input);
    } catch (error) {
      // A full pool, a statement past its timeout, a restarting database: nothing was written
      // (the transaction rolled back); the person is told to try again in a few minutes.
      if (busyReason(error)) return refuse("busy");
      throw error;
    }
  };
  const guarded = async (
    identity: Awaited<ReturnType<typeof currentIdentity>>,
    locale: AppLocale,
    t: (key: ErrorKey, values?: MessageValues) => string,
    refuse: (key: ErrorKey, values?: MessageValues) => ActionResult<T>,
    input: FormData | z.input<S>,
  ): Promise<ActionResult<T>> => {
    let context: PublicContext | ActionContext = {
      ip: identity.ip,
      userAgent: identity.userAgent,
      locale,
    };
    if (config.permission !== "public") {
      const user = await getCurrentUser();
      if (!user) return refuse("signedOut");
      context = { ...user, locale };
      if (user.user.mustChangePassword && !config.allowWhilePasswordDue)
        return refuse("passwordChangeDue");
      if (config.permission !== "signed-in" && !hasPermission(user.role, config.permission)) {
        await auditRefusal(user, `permission ${config.permission}`);
        return refuse("forbidden");
      }
    }

    const raw = input instanceof FormData ? formDataToObject(input) : input;
    const parsed = config.schema.safeParse(raw, { error: zodLocale(locale) });
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        // Forms are flat: an issue inside a field (the 3rd id of a list) is that field's.
        const field = issue.path.length > 0 ? String(issue.path[0]) : "_form";
        const key = issue.message.startsWith("Errors.") ? issue.message.slice(7) : "";
        fieldErrors[field] ??= isErrorKey(key) ? t(key, issueValues(issue)) : issue.message;
      }
      const { _form: formError, ...fields } = fieldErrors;
      return { ok: false, fieldErrors: fields, ...(formError ? { formError } : {}) };
    }

    try {
      return { ok: true, data: await handler(parsed.data, context as ContextFor<A>) };
    } catch (error) {
      if (error instanceof NotFoundError) {
        if ("scope" in context)
          await auditRefusal(context, `${error.entity} ${error.entityId} not in scope`);
        return refuse("notFound");
      }
      if (error instanceof FormError) return refuse(error.key, error.values);
      if (error instanceof FieldErrors) {
        const fieldErrors = Object.fromEntries(
          Object.entries(error.fields).map(([field, { key, values }]) => [field, t(key, values)]),
        );
        return { ok: false, fieldErrors };
      }
      if (error instanceof SessionEndedError) return refuse("signedOut");
      if (error instanceof ConflictError) {
        return { ok: false, fieldErrors: {}, formError: t("conflict"), conflict: error.current };
      }
      throw error;
    }
  };
  return Object.assign(action, {
    guarded: { permission: config.permission, schema: config.schema } as const,
  });
}

/** The placeholders of a building block's message ({max}), carried by its custom issue. */
function issueValues(issue: z.core.$ZodIssue): MessageValues | undefined {
  if (issue.code !== "custom" || !issue.params) return undefined;
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(issue.params as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  return values;
}

/** A refused attempt, in the audit trail (its own transaction: the refused work never ran). */
export async function auditRefusal(user: AuthContext, detail: string): Promise<void> {
  try {
    await inScope(user, (tx) =>
      writeAudit(tx, auditActor(user), { action: "ACCESS_DENIED", detail }),
    );
  } catch (error) {
    // The session ended in the meantime: there is nobody left to record.
    if (!(error instanceof SessionEndedError)) throw error;
  }
}

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() } as const;
function zodLocale(locale: AppLocale) {
  return zodLocales[locale].localeError;
}
