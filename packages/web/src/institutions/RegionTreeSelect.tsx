import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchChildRegions, isCountyCode } from './regions-api';

interface RegionNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

/** Props of `RegionTreeSelect`. */
export interface RegionTreeSelectProps {
  /** The user's own region: the root of the tree (a user never sees above it). */
  root: { code: string; name: string };
  value?: string;
  onChange?: (code: string | undefined) => void;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/**
 * A region picker over the GB/T 2260 tree below the user's region, loading each level from
 * `/api/regions?parentCode=` when it is opened (a province has ~100 counties; no need to load them all).
 */
export function RegionTreeSelect({
  root,
  value,
  onChange,
  style,
  'data-testid': testId,
}: RegionTreeSelectProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<RegionNode[]>(() => [
    { id: root.code, pId: null, value: root.code, title: root.name, isLeaf: isCountyCode(root.code) },
  ]);

  const loadData = useCallback(
    async (node: { value?: string | number }) => {
      const parentCode = String(node.value);
      const children = await queryClient.fetchQuery({
        queryKey: ['regions', parentCode],
        queryFn: ({ signal }) => fetchChildRegions(parentCode, signal),
        staleTime: 60 * 60_000, // divisions change once a year at most
      });
      setNodes((previous) => {
        const known = new Set(previous.map((n) => n.id));
        const added = children
          .filter((r) => !known.has(r.code))
          .map((r) => ({
            id: r.code,
            pId: parentCode,
            value: r.code,
            title: r.name,
            isLeaf: r.level === 'county',
          }));
        return [...previous, ...added];
      });
    },
    [queryClient],
  );

  return (
    <TreeSelect<string>
      data-testid={testId}
      style={style}
      value={value}
      onChange={(code) => onChange?.(code || undefined)}
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      allowClear
      showSearch={false}
      placeholder={t('registry.regionPlaceholder')}
      treeDefaultExpandedKeys={[root.code]}
      popupMatchSelectWidth={false}
    />
  );
}
