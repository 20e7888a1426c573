import { db } from "@/lib/db/client";
import { DEMO_DATA_SETTING, type InstallMode } from "./install-settings";

/** "demo" when the demo data (with its published demo passwords) was loaded, "real" otherwise. */
export async function getInstallMode(): Promise<InstallMode> {
  const row = await db.systemSetting.findUnique({
    where: { key: DEMO_DATA_SETTING },
    select: { key: true },
  });
  return row ? "demo" : "real";
}
