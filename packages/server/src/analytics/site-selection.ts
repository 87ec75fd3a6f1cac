import { CN_2016_SITE_GROUPS, siteGroupOfIcd10 } from '@orca/codes';
import { badRequest } from '../http/errors';

/** Every category string C00…C97 ("ALL", methods.md §0), in order. */
export const MALIGNANT_CATEGORIES: readonly string[] = Array.from(
  { length: 98 },
  (_, i) => `C${String(i).padStart(2, '0')}`,
);

/** The site group of each category C00–C97 (null where none), as `ratesTable`'s `siteGroupOf` sees it. */
const GROUP_OF = new Map(MALIGNANT_CATEGORIES.map((c) => [c, siteGroupOfIcd10(c)?.id ?? null]));

/** The catch-all group "other and unspecified" is not ranked among the top sites. */
export const OTHER_SITE_GROUP = CN_2016_SITE_GROUPS.otherGroupId;

/**
 * The ICD-10 categories a site selector counts: null for ALL (C00–C97); C00–C97 without C44; an
 * annual-report group's C categories (its D codes are outside C00–C97, which every rate counts only,
 * as `orca stats rates` does); or one category.
 *
 * @param site - `ALL`, `ALL_EXC_C44`, `G1`…`G26` or `C00`…`C97` (contract `SitePattern`).
 * @returns the category list, or null for every malignant category.
 * @throws AppError validation_failed for a group number outside 1…26 or a category outside C00–C97.
 */
export function categoriesOfSite(site: string): string[] | null {
  if (site === 'ALL') return null;
  if (site === 'ALL_EXC_C44') return MALIGNANT_CATEGORIES.filter((c) => c !== 'C44');
  if (site.startsWith('G')) {
    const id = Number(site.slice(1));
    if (!CN_2016_SITE_GROUPS.groups.some((g) => g.id === id)) {
      throw badRequest(`site group ${site} does not exist (G1…G26)`, [{ field: 'site', reason: 'unknown' }]);
    }
    return MALIGNANT_CATEGORIES.filter((c) => GROUP_OF.get(c) === id);
  }
  if (!MALIGNANT_CATEGORIES.includes(site)) {
    throw badRequest(`site ${site} is not in C00–C97`, [{ field: 'site', reason: 'unknown' }]);
  }
  return [site];
}

/** The site group id of a category, or null. */
export function siteGroupIdOf(category: string): number | null {
  return GROUP_OF.get(category) ?? null;
}
