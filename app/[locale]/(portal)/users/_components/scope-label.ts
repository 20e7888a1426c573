import type { UserListItem } from "@/lib/users/types";

/** "Toàn quốc", "Cà Mau", or "Phường Giá Rai, Cà Mau". */
export function scopeLabel(
  user: Pick<UserListItem, "provinceName" | "communeName">,
  nation: string,
): string {
  if (user.communeName)
    return user.provinceName ? `${user.communeName}, ${user.provinceName}` : user.communeName;
  return user.provinceName ?? nation;
}
