/**
 * Header names accepted for each data-contract column: the English name (any case) and the Chinese
 * headers of the usual report card and death certificate exports (data contract: "Column names are
 * case-insensitive; the Chinese header names … are accepted as aliases").
 */
export const COLUMN_ALIASES: Record<string, readonly string[]> = {
  id: ['id', '编号', '卡片编号', '报告卡编号', '病例编号', '记录编号', '死亡证编号'],
  name: ['name', '姓名', '患者姓名', '死者姓名'],
  sex: ['sex', '性别'],
  birth_date: ['birth_date', '出生日期', '出生年月日'],
  age: ['age', '年龄', '实足年龄'],
  id_number: ['id_number', '身份证号', '身份证号码', '公民身份号码', '有效身份证件号码'],
  region_code: [
    'region_code',
    '地区编码',
    '行政区划代码',
    '户籍地址编码',
    '常住地址编码',
    '地址编码',
    '区划代码',
  ],
  diagnosis_date: ['diagnosis_date', '诊断日期', '发病日期'],
  icd10: ['icd10', 'icd-10', 'icd_10', 'icd10编码', 'icd-10编码', '疾病编码', 'icd10码'],
  topography: ['topography', '部位编码', 'icd-o-3部位', '解剖部位编码'],
  morphology: ['morphology', '形态学编码', 'icd-o-3形态学', '病理类型编码'],
  basis: ['basis', '诊断依据', '最高诊断依据'],
  stage: ['stage', '分期', '临床分期', 'tnm分期'],
  vital_status: ['vital_status', '生存状态', '随访状态'],
  last_contact_date: ['last_contact_date', '最后随访日期', '最后接触日期', '随访日期'],
  cause_of_death: ['cause_of_death', '死亡原因', '根本死因', '根本死因编码', '死因编码'],
  death_date: ['death_date', '死亡日期'],
  year: ['year', '年份', '年度'],
  age_group: ['age_group', '年龄组'],
  population: ['population', '人口数', '人口'],
  count: ['count', '例数', '病例数', '发病数', '死亡数'],
  qx: ['qx', '死亡概率'],
  institution_code: ['institution_code', '报告单位编码', '机构编码', '医院编码'],
  phone: ['phone', '联系电话', '电话'],
  address: ['address', '地址', '户籍地址', '常住地址'],
};

/** Columns holding dates: normalised to YYYY-MM-DD on reading (YYYY/MM/DD and YYYYMMDD accepted). */
export const DATE_COLUMNS = new Set(['birth_date', 'diagnosis_date', 'last_contact_date', 'death_date']);

const lookup = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(COLUMN_ALIASES)) {
  for (const alias of aliases) lookup.set(alias.toLowerCase().replace(/\s+/g, ''), canonical);
}

/** The contract name of a header cell, or the header itself (lower-cased) when unknown: unknown columns are kept. */
export function canonicalColumn(header: string): string {
  const key = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '');
  return lookup.get(key) ?? key;
}

/** `2021/3/5`, `20210305`, `2021-03-05` → `2021-03-05`; anything else is returned as written (checks reject it). */
export function normaliseDate(raw: string): string {
  const v = raw.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return v;
}
