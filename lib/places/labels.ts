// How places read in running text and lists. Names of units carry their kind word ("Xã Phong
// Thạnh", "Ấp Cây Gừa"); inside a sentence the kind word is lower case ("ấp 1 — xã Phong Thạnh cũ").

/** "Xã Phong Thạnh" → "xã Phong Thạnh". */
export function inRunningText(name: string): string {
  return `${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}`.normalize("NFC");
}
