import { Categorical, type Random } from './random';

// Surname frequencies (per mille) shaped on the Ministry of Public Security's 2020 household-register
// ranking (王 李 张 刘 陈 杨 黄 赵 吴 周 …), with Jiangxi's over-represented names raised: 熊, 涂, 邹,
// 曾, 钟, 彭, 万, 罗, 胡, 徐 are far more common in Jiangxi than nationally.
const SURNAMES: readonly (readonly [string, number])[] = [
  ['刘', 62],
  ['陈', 58],
  ['李', 56],
  ['王', 55],
  ['张', 48],
  ['黄', 40],
  ['胡', 32],
  ['罗', 28],
  ['吴', 27],
  ['徐', 26],
  ['杨', 25],
  ['曾', 24],
  ['周', 23],
  ['邹', 20],
  ['熊', 19],
  ['钟', 18],
  ['彭', 18],
  ['肖', 17],
  ['朱', 16],
  ['赵', 15],
  ['谢', 15],
  ['郭', 14],
  ['何', 14],
  ['万', 13],
  ['邓', 13],
  ['孙', 12],
  ['付', 12],
  ['余', 12],
  ['叶', 11],
  ['龚', 10],
  ['涂', 10],
  ['廖', 10],
  ['江', 9],
  ['程', 9],
  ['饶', 8],
  ['易', 8],
  ['聂', 8],
  ['吕', 7],
  ['高', 7],
  ['林', 7],
  ['马', 7],
  ['郑', 7],
  ['宋', 6],
  ['袁', 6],
  ['汪', 6],
  ['蔡', 6],
  ['邱', 6],
  ['严', 5],
  ['卢', 5],
  ['魏', 5],
  ['游', 5],
  ['傅', 5],
  ['温', 5],
  ['丁', 4],
  ['潘', 4],
  ['姜', 4],
  ['方', 4],
  ['章', 4],
  ['欧阳', 3],
  ['简', 3],
  ['晏', 3],
  ['甘', 3],
  ['漆', 2],
  ['喻', 2],
  ['幸', 2],
];

const MALE_CHARS = [
  ...'伟强军勇杰涛明斌辉华建国平文志海林波峰龙金根生发荣春财福水德祥顺友新安兵红保水清云小才俊凯浩宇鹏晨磊',
];
const FEMALE_CHARS = [
  ...'芳娟敏静丽艳霞红燕玲英梅兰秀珍凤萍华琴云莉婷慧娜金桂香花春冬菊小雪颖晶璐欣怡倩琳佳玉',
];

// Homophones or near-homophones that clerks and patients interchange (same pinyin, ignoring tone for
// some): the commonest source of "same person, different name" in Chinese record linkage.
const HOMOPHONES: Readonly<Record<string, string>> = {
  伟: '玮',
  军: '君',
  明: '铭',
  华: '桦',
  辉: '晖',
  峰: '锋',
  林: '琳',
  丽: '莉',
  莉: '丽',
  芳: '方',
  静: '靖',
  娟: '鹃',
  红: '宏',
  燕: '艳',
  艳: '燕',
  玲: '琳',
  琳: '林',
  英: '瑛',
  梅: '玫',
  兰: '岚',
  萍: '平',
  平: '萍',
  琴: '芹',
  云: '芸',
  婷: '亭',
  慧: '惠',
  杰: '洁',
  涛: '滔',
  斌: '彬',
  建: '健',
  文: '雯',
  志: '智',
  波: '博',
  龙: '隆',
  金: '锦',
  根: '庚',
  生: '升',
  发: '法',
  荣: '蓉',
  春: '纯',
  财: '才',
  才: '财',
  福: '富',
  秀: '绣',
  珍: '贞',
  凤: '风',
  霞: '夏',
  敏: '民',
  强: '蔷',
  海: '亥',
  德: '得',
  祥: '翔',
  新: '欣',
  欣: '新',
  安: '按',
  兵: '斌',
  清: '青',
  俊: '骏',
  凯: '恺',
  浩: '皓',
  宇: '雨',
  鹏: '朋',
  晨: '辰',
  磊: '垒',
  桂: '贵',
  香: '湘',
  花: '华',
  菊: '局',
  雪: '学',
  颖: '影',
  晶: '菁',
  倩: '茜',
  佳: '嘉',
  玉: '钰',
  国: '帼',
  勇: '永',
  冬: '东',
  友: '有',
  顺: '舜',
  小: '晓',
  娜: '纳',
  怡: '仪',
  璐: '露',
  张: '章',
  王: '汪',
  李: '黎',
  刘: '柳',
  杨: '阳',
  吴: '伍',
  徐: '许',
  周: '邹',
  付: '傅',
  傅: '付',
  肖: '萧',
  程: '陈',
  曾: '增',
  彭: '朋',
  江: '姜',
  余: '于',
  叶: '业',
};

const surnameDist = new Categorical(SURNAMES.map((s) => s[1]));

/**
 * A Chinese name: a surname weighted as in Jiangxi, a given name of one character (a quarter of
 * names) or two, from sex-typical characters.
 *
 * @param sex - 1 male, 2 female
 * @param random - generator
 */
export function chineseName(sex: 1 | 2, random: Random): string {
  const surname = SURNAMES[surnameDist.draw(random)]![0];
  const chars = sex === 1 ? MALE_CHARS : FEMALE_CHARS;
  const first = random.pick(chars);
  if (random.chance(0.25)) return surname + first;
  let second = random.pick(chars);
  if (second === first && random.chance(0.8)) second = random.pick(chars); // reduplicated names are rarer
  return surname + first + second;
}

/**
 * The name with one character replaced by a homophone, as a second clerk might write it; the name
 * itself when no character has a homophone.
 *
 * @param name - a Chinese name
 * @param random - generator
 */
export function homophoneVariant(name: string, random: Random): string {
  const chars = [...name];
  const candidates: number[] = [];
  chars.forEach((c, i) => {
    const h = HOMOPHONES[c];
    if (h !== undefined && h !== c) candidates.push(i);
  });
  if (candidates.length === 0) return name;
  // Given names are misheard more often than surnames: prefer the last characters.
  const i =
    candidates.length > 1 && random.chance(0.75)
      ? candidates[candidates.length - 1]!
      : random.pick(candidates);
  chars[i] = HOMOPHONES[chars[i]!]!;
  return chars.join('');
}
