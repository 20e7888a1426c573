// Members of a grassroots security team are 18 to 70 years old (Luật Lực lượng tham gia bảo vệ
// an ninh, trật tự ở cơ sở 2023, art. 14), unless the commune chair decides otherwise: outside that,
// the portal warns and the officer confirms with a note.
export const MIN_AGE = 18;
export const MAX_AGE = 70;

/** Whole years of age on a day (dates as calendar dates, UTC). */
export function ageOn(birthDate: Date, day: Date): number {
  let age = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < birthDate.getUTCMonth() ||
    (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** Whether a member of this birth date, joining on `day`, needs the officer's confirmation. */
export function outsideMemberAge(birthDate: Date, day: Date): boolean {
  const age = ageOn(birthDate, day);
  return age < MIN_AGE || age > MAX_AGE;
}
