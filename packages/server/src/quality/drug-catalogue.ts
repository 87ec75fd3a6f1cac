import type { DrugTier, PhysicianTitle, QcDrug } from '@orca/contract';

/**
 * A small, realistic tiered antitumour-drug catalogue (分级管理目录, domain guide §4.4), coded by ATC.
 * Tiers are set by each institution (restricted-use by safety, accessibility and cost); these are a
 * typical provincial default, not a national list. `targetTestRequired`: the label requires a target
 * (gene/protein) test — EGFR for gefitinib/osimertinib, HER2 for trastuzumab, ALK for alectinib;
 * bevacizumab and nivolumab need none.
 */
export const DRUG_CATALOGUE: readonly QcDrug[] = [
  {
    code: 'L01XA01',
    nameZh: '顺铂',
    nameEn: 'cisplatin',
    tier: 'ordinary',
    targetTestRequired: false,
    keyMonitored: false,
  },
  {
    code: 'L01XA03',
    nameZh: '奥沙利铂',
    nameEn: 'oxaliplatin',
    tier: 'ordinary',
    targetTestRequired: false,
    keyMonitored: true,
  },
  {
    code: 'L01CD01',
    nameZh: '紫杉醇',
    nameEn: 'paclitaxel',
    tier: 'ordinary',
    targetTestRequired: false,
    keyMonitored: true,
  },
  {
    code: 'L01BC06',
    nameZh: '卡培他滨',
    nameEn: 'capecitabine',
    tier: 'ordinary',
    targetTestRequired: false,
    keyMonitored: false,
  },
  {
    code: 'L01BA04',
    nameZh: '培美曲塞',
    nameEn: 'pemetrexed',
    tier: 'ordinary',
    targetTestRequired: false,
    keyMonitored: true,
  },
  {
    code: 'L01EB01',
    nameZh: '吉非替尼',
    nameEn: 'gefitinib',
    tier: 'ordinary',
    targetTestRequired: true,
    keyMonitored: false,
  },
  {
    code: 'L01EB04',
    nameZh: '奥希替尼',
    nameEn: 'osimertinib',
    tier: 'restricted',
    targetTestRequired: true,
    keyMonitored: false,
  },
  {
    code: 'L01ED03',
    nameZh: '阿来替尼',
    nameEn: 'alectinib',
    tier: 'restricted',
    targetTestRequired: true,
    keyMonitored: false,
  },
  {
    code: 'L01FD01',
    nameZh: '曲妥珠单抗',
    nameEn: 'trastuzumab',
    tier: 'restricted',
    targetTestRequired: true,
    keyMonitored: true,
  },
  {
    code: 'L01FG01',
    nameZh: '贝伐珠单抗',
    nameEn: 'bevacizumab',
    tier: 'restricted',
    targetTestRequired: false,
    keyMonitored: true,
  },
  {
    code: 'L01FF01',
    nameZh: '纳武利尤单抗',
    nameEn: 'nivolumab',
    tier: 'restricted',
    targetTestRequired: false,
    keyMonitored: true,
  },
];

/** Which physician titles may prescribe each tier. */
export type PrescribingAuthority = Record<DrugTier, readonly PhysicianTitle[]>;

/**
 * Default authority: restricted-use drugs need a senior (高级: 主任/副主任医师) title, ordinary-use drugs
 * an intermediate (中级, attending) title or above (domain guide §4.4; the ordinary rule is [U], so
 * callers may pass their own).
 */
export const DEFAULT_PRESCRIBING_AUTHORITY: PrescribingAuthority = {
  restricted: ['chief', 'associate_chief'],
  ordinary: ['chief', 'associate_chief', 'attending'],
};

/** The catalogue as a map by code. */
export function catalogueByCode(catalogue: readonly QcDrug[] = DRUG_CATALOGUE): Map<string, QcDrug> {
  return new Map(catalogue.map((d) => [d.code, d]));
}
