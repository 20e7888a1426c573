import type { ComponentProps } from "react";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { type ButtonVariant, buttonClasses } from "./button";

// A link inside the portal: locale-aware (keeps /vi or /en), underlined like every text link, or
// with a button's look for the main way forward.

type Props = ComponentProps<typeof Link> & { look?: "text" | ButtonVariant };

const TEXT = "font-medium text-brand-700 underline underline-offset-4 hover:text-brand-900";

export function TextLink({ look = "text", className, ...props }: Props) {
  const classes = look === "text" ? `${TEXT} ${className ?? ""}` : buttonClasses(look, className);
  return <Link {...props} className={classes.trim()} />;
}

/**
 * The same look as a plain `<a>`: for long server-rendered lists (hundreds of links on a page), where
 * each client `Link` would be serialised into the page's data and hydrated, and prefetch on sight.
 * It navigates by a full page load.
 */
export function ListLink({
  locale,
  href,
  className,
  ...props
}: Omit<ComponentProps<"a">, "href"> & { locale: AppLocale; href: string }) {
  return (
    <a
      {...props}
      href={getPathname({ href, locale })}
      className={`${TEXT} ${className ?? ""}`.trim()}
    />
  );
}
