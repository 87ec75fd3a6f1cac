import { icd10Category, isRegistrableIcd10 } from '../icd10/icd10';

/** One reporting group of a Chinese annual-report site table. */
export interface SiteGroup {
  /** 1-based position in the table. */
  readonly id: number;
  readonly zh: string;
  readonly en: string;
  /** Inclusive ranges of three-character ICD-10 categories. */
  readonly icd10: readonly (readonly [string, string])[];
}

/** A versioned site table, since the annual reports have changed the grouping over time. */
export interface SiteGroupTable {
  readonly version: string;
  readonly source: string;
  readonly groups: readonly SiteGroup[];
  /** Group taking every other registrable C code, if the table has one. */
  readonly otherGroupId: number | null;
}

const g = (id: number, zh: string, en: string, ...icd10: (readonly [string, string])[]): SiteGroup => ({
  id,
  zh,
  en,
  icd10,
});

/**
 * The 26 groups of the Chinese annual report (domain guide §2.12; the 2016 national guideline as used
 * by a Henan registry tool). C86 stays in "other", as in that tool (its place is [U]).
 */
export const CN_2016_SITE_GROUPS: SiteGroupTable = {
  version: 'cn-2016',
  source: 'China Cancer Registration Guideline 2016 (中国肿瘤登记工作指导手册), domain guide §2.12',
  otherGroupId: 26,
  groups: [
    g(1, '口腔和咽喉(除外鼻咽)', 'Oral cavity & pharynx (excl. nasopharynx)', ['C00', 'C10'], ['C12', 'C14']),
    g(2, '鼻咽', 'Nasopharynx', ['C11', 'C11']),
    g(3, '食管', 'Oesophagus', ['C15', 'C15']),
    g(4, '胃', 'Stomach', ['C16', 'C16']),
    g(5, '结直肠肛门', 'Colon, rectum & anus', ['C18', 'C21']),
    g(6, '肝脏', 'Liver', ['C22', 'C22']),
    g(7, '胆囊及其他', 'Gallbladder & extrahepatic bile ducts', ['C23', 'C24']),
    g(8, '胰腺', 'Pancreas', ['C25', 'C25']),
    g(9, '喉', 'Larynx', ['C32', 'C32']),
    g(10, '气管、支气管、肺', 'Trachea, bronchus & lung', ['C33', 'C34']),
    g(11, '其他胸腔器官', 'Other thoracic organs', ['C37', 'C38']),
    g(12, '骨', 'Bone', ['C40', 'C41']),
    g(13, '皮肤黑色素瘤', 'Melanoma of skin', ['C43', 'C43']),
    g(14, '乳腺', 'Breast', ['C50', 'C50']),
    g(15, '子宫颈', 'Cervix uteri', ['C53', 'C53']),
    g(16, '子宫体及子宫部位不明', 'Corpus uteri & uterus unspecified', ['C54', 'C55']),
    g(17, '卵巢', 'Ovary', ['C56', 'C56']),
    g(18, '前列腺', 'Prostate', ['C61', 'C61']),
    g(19, '睾丸', 'Testis', ['C62', 'C62']),
    g(20, '肾及泌尿系统不明', 'Kidney & unspecified urinary organs', ['C64', 'C66'], ['C68', 'C68']),
    g(21, '膀胱', 'Bladder', ['C67', 'C67']),
    g(22, '脑、神经系统', 'Brain & central nervous system', ['C70', 'C72'], ['D32', 'D33'], ['D42', 'D43']),
    g(23, '甲状腺', 'Thyroid', ['C73', 'C73']),
    g(
      24,
      '淋巴瘤',
      'Lymphoma (incl. myeloma)',
      ['C81', 'C85'],
      ['C88', 'C88'],
      ['C90', 'C90'],
      ['C96', 'C96'],
    ),
    g(25, '白血病', 'Leukaemia', ['C91', 'C95'], ['D45', 'D47']),
    g(26, '其他或未指明部位', 'Other & unspecified', ['C00', 'C97']),
  ],
};

/** Site tables by version; the default is the latest. */
export const SITE_GROUP_TABLES: Readonly<Record<string, SiteGroupTable>> = { 'cn-2016': CN_2016_SITE_GROUPS };

/**
 * The annual-report site group of an ICD-10 code. Groups are tried in order, so the catch-all last
 * group takes only the C codes no specific group took.
 *
 * @param code - ICD-10 as written (`C16.9`, `C169`, `D33.2`)
 * @param table - the site table (default the 2016 guideline's 26 groups)
 * @returns the group, or undefined when the code is not registrable (e.g. D05, I21) or unparsable
 */
export function siteGroupOfIcd10(
  code: string,
  table: SiteGroupTable = CN_2016_SITE_GROUPS,
): SiteGroup | undefined {
  const category = icd10Category(code);
  if (category === null || !isRegistrableIcd10(code)) return undefined;
  return table.groups.find((group) =>
    group.icd10.some(([from, to]) => category[0] === from[0] && category >= from && category <= to),
  );
}
