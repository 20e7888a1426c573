import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { type ButtonVariant, buttonClasses } from "./button";

// A link inside the portal: locale-aware (keeps /vi or /en), underlined like every text link, or
// with a button's look for the main way forward.

type Props = ComponentProps<typeof Link> & { look?: "text" | ButtonVariant };

const TEXT = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900";

export function TextLink({ look = "text", className, ...props }: Props) {
  const classes = look === "text" ? `${TEXT} ${className ?? ""}` : buttonClasses(look, className);
  return <Link {...props} className={classes.trim()} />;
}
