import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";

// This section's client components get their messages and the shell's, not the whole catalog.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages section="rosters">{children}</ClientMessages>;
}
