import { echarts } from '../components/echarts-setup';

interface GeoJsonLike {
  features: { id?: string; properties: { name: string } }[];
}

/**
 * Prefecture boundaries of each province, from `echarts@4`'s `map/json/province/*.json` (Apache-2.0),
 * installed as `echarts4` for its data only. Feature ids are GB/T 2260 prefecture codes (checked for
 * Jiangxi: 360100 南昌市 …). Each file is its own chunk, loaded when a map is first shown.
 */
const LOADERS: Record<string, () => Promise<{ default: unknown }>> = {
  '340000': () => import('echarts4/map/json/province/anhui.json'),
  '110000': () => import('echarts4/map/json/province/beijing.json'),
  '500000': () => import('echarts4/map/json/province/chongqing.json'),
  '350000': () => import('echarts4/map/json/province/fujian.json'),
  '620000': () => import('echarts4/map/json/province/gansu.json'),
  '440000': () => import('echarts4/map/json/province/guangdong.json'),
  '450000': () => import('echarts4/map/json/province/guangxi.json'),
  '520000': () => import('echarts4/map/json/province/guizhou.json'),
  '460000': () => import('echarts4/map/json/province/hainan.json'),
  '130000': () => import('echarts4/map/json/province/hebei.json'),
  '230000': () => import('echarts4/map/json/province/heilongjiang.json'),
  '410000': () => import('echarts4/map/json/province/henan.json'),
  '420000': () => import('echarts4/map/json/province/hubei.json'),
  '430000': () => import('echarts4/map/json/province/hunan.json'),
  '320000': () => import('echarts4/map/json/province/jiangsu.json'),
  '360000': () => import('echarts4/map/json/province/jiangxi.json'),
  '220000': () => import('echarts4/map/json/province/jilin.json'),
  '210000': () => import('echarts4/map/json/province/liaoning.json'),
  '150000': () => import('echarts4/map/json/province/neimenggu.json'),
  '640000': () => import('echarts4/map/json/province/ningxia.json'),
  '630000': () => import('echarts4/map/json/province/qinghai.json'),
  '370000': () => import('echarts4/map/json/province/shandong.json'),
  '310000': () => import('echarts4/map/json/province/shanghai.json'),
  '140000': () => import('echarts4/map/json/province/shanxi.json'),
  '610000': () => import('echarts4/map/json/province/shanxi1.json'),
  '510000': () => import('echarts4/map/json/province/sichuan.json'),
  '120000': () => import('echarts4/map/json/province/tianjin.json'),
  '650000': () => import('echarts4/map/json/province/xinjiang.json'),
  '540000': () => import('echarts4/map/json/province/xizang.json'),
  '530000': () => import('echarts4/map/json/province/yunnan.json'),
  '330000': () => import('echarts4/map/json/province/zhejiang.json'),
};

/** The province (xx0000) of a region code. */
export const provinceOf = (regionCode: string) => `${regionCode.slice(0, 2)}0000`;

/**
 * Loads and registers the prefecture map of the province holding `regionCode`.
 *
 * @param regionCode - any code in the province.
 * @returns the registered map name and the feature name of each prefecture code, or null when no
 *   boundaries ship for that province.
 */
export async function loadProvinceMap(
  regionCode: string,
): Promise<{ mapName: string; featureNames: Map<string, string> } | null> {
  const province = provinceOf(regionCode);
  const loader = LOADERS[province];
  if (!loader) return null;
  const json = (await loader()).default as GeoJsonLike;
  const mapName = `province-${province}`;
  if (!echarts.getMap(mapName)) echarts.registerMap(mapName, json as never);
  return {
    mapName,
    featureNames: new Map(json.features.map((f) => [String(f.id ?? ''), f.properties.name])),
  };
}
