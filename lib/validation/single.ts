import { z } from "zod";

// FormData turns a repeated name into an array (formDataToObject), and a JSON caller can send one
// anywhere. Where one value is expected, an array is refused with its own message, never read as
// its first element or coerced ("5,6" or Number(["5"]) === 5).
export function single<S extends z.ZodType>(schema: S) {
  return z.preprocess<unknown, S, z.input<S>>((value, ctx) => {
    if (!Array.isArray(value)) return value;
    ctx.addIssue({ code: "custom", message: "Errors.inputMultipleValues" });
    return z.NEVER;
  }, schema);
}
