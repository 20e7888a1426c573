// Errors a domain function throws to refuse a request. Each carries a message key of the "Errors"
// namespace (messages/*.json); the guard translates it into the user's language.

import type { ErrorKey } from "@/lib/i18n/messages";

export type MessageValues = Record<string, string | number>;

/** The row does not exist in the caller's scope (another province's row is "not found" too). */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly entityId: string,
  ) {
    super(`${entity} ${entityId} not found in scope`);
  }
}

/** The request is refused as a whole: e.g. "this user cannot be given that role". */
export class FormError extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly values: MessageValues = {},
  ) {
    super(key);
  }
}

/** One or more fields are wrong in a way the schema cannot see (e.g. a username already taken). */
export class FieldErrors extends Error {
  constructor(readonly fields: Record<string, { key: ErrorKey; values?: MessageValues }>) {
    super(Object.keys(fields).join(", "));
  }
}

/** Someone else saved the row since it was read (optimistic lock). `current` is their version. */
export class ConflictError extends Error {
  constructor(readonly current: unknown) {
    super("conflict");
  }
}
