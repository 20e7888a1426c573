import type { ReactNode } from "react";

// The signed-in part of the portal. Access is checked by each page (requireScope in page.tsx, see
// docs/style.md), never only here: actions and route handlers do not pass through layouts.
export default function PortalLayout({ children }: { children: ReactNode }) {
  return children;
}
