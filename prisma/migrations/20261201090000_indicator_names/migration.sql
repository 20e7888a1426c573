-- Indicator names of the default catalog, corrected in installs seeded before the fix
-- (prisma/seed/indicators.ts holds the same names for new ones). Only rows that still carry the
-- old default are touched: a name the ministry has edited since stays as it is.

-- The unit is shown with the value ("851.370.000 đ"); the name no longer repeats it.
UPDATE "Indicator" SET "nameVi" = 'Trị giá quà tặng'
WHERE code = 'gifts_value' AND "nameVi" = 'Trị giá quà tặng (đồng)';
UPDATE "Indicator" SET "nameEn" = 'Value of gifts'
WHERE code = 'gifts_value' AND "nameEn" = 'Value of gifts (VND)';

-- The English name said something else than the Vietnamese one ("thu hồi qua phát động").
UPDATE "Indicator" SET "nameEn" = 'Weapons, explosives and firecrackers recovered through campaigns'
WHERE code = 'commune_weapons_handed_in'
  AND "nameEn" = 'Weapons and explosives collected by the commune';
UPDATE "Indicator" SET "nameEn" = 'Weapons, explosives, support tools and firecrackers handed in'
WHERE code = 'weapons_handed_in' AND "nameEn" = 'Weapons, explosives and firecrackers handed in';

-- Joint patrols belong to the same group as the other patrols, in Vietnamese as in English.
UPDATE "Indicator" SET "groupVi" = 'Tuần tra, canh gác'
WHERE code = 'joint_patrols' AND "groupVi" = 'Tuần tra';
