"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

// The menu as the server made it (the entries the role may use, already translated: no
// permissions table or messages in the browser); here only which entry is the current page.
export function HeaderNav({
  label,
  items,
}: {
  label: string;
  items: readonly { href: string; name: string }[];
}) {
  const pathname = usePathname();

  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {items.map((item) => {
          const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={
                  active
                    ? "block rounded px-2.5 py-1 font-semibold text-white underline decoration-gold-400 decoration-2 underline-offset-8"
                    : "block rounded px-2.5 py-1 text-brand-100 hover:bg-white/15 hover:text-white"
                }
              >
                {item.name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
