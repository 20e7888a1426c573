import { inRunningText } from "@/lib/places/labels";

/** "Ấp 1 — xã Phong Thạnh cũ" when a former commune tells two places apart; else the name. */
export function placeLabel(
  withFormer: (values: { name: string; former: string }) => string,
  place: { name: string; formerCommuneName: string | null },
): string {
  return place.formerCommuneName
    ? withFormer({ name: place.name, former: inRunningText(place.formerCommuneName) })
    : place.name;
}
