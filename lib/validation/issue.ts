import { z } from "zod";
// Only the type: a client component may import the blocks too, and must not pull in the server's
// message loading.
import type { ErrorKey } from "@/lib/i18n/messages";

// How a building block refuses a value: a custom issue whose message is an "Errors" key (the guard
// translates it) and whose params fill the key's placeholders ({max}, {min}).

export type IssueValues = Record<string, string | number>;

export function refuse(ctx: z.RefinementCtx, key: ErrorKey, params?: IssueValues): never {
  ctx.addIssue({ code: "custom", message: `Errors.${key}`, ...(params ? { params } : {}) });
  return z.NEVER;
}

/**
 * An example of a valid value of each building block. The hostile-input test builds a valid input
 * of every action from its schema with these, so that a hostile value is the only thing wrong.
 */
export const fieldExamples = z.registry<{ example: unknown }>();

export function withExample<S extends z.ZodType>(schema: S, example: z.input<S>): S {
  fieldExamples.add(schema, { example });
  return schema;
}
