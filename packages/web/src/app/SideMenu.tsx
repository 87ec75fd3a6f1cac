import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  HomeOutlined,
  LineChartOutlined,
  MedicineBoxOutlined,
  MergeCellsOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { type MenuGroup, menuFor, type PageKey, pageForPath } from './navigation';
import { useSessionUser } from './useSession';

const PAGE_ICONS: Record<PageKey, React.ReactNode> = {
  dashboard: <HomeOutlined />,
  reports: <FileTextOutlined />,
  reportCards: <FormOutlined />,
  dataImport: <CloudUploadOutlined />,
  linkage: <MergeCellsOutlined />,
  qcQueue: <AlertOutlined />,
  followUp: <CalendarOutlined />,
  dataQuality: <DashboardOutlined />,
  analytics: <BarChartOutlined />,
  screeningProgrammes: <ProfileOutlined />,
  screeningParticipants: <TeamOutlined />,
  screeningTasks: <ScheduleOutlined />,
  screeningIndicators: <LineChartOutlined />,
  qcDashboard: <FundOutlined />,
  qcDrugAlerts: <WarningOutlined />,
  qcFilings: <SafetyCertificateOutlined />,
  pediatricCases: <ExperimentOutlined />,
  audit: <AuditOutlined />,
};
const GROUP_ICONS: Record<MenuGroup, React.ReactNode> = {
  registry: <FileTextOutlined />,
  screening: <MedicineBoxOutlined />,
  qualityControl: <SafetyCertificateOutlined />,
  admin: <SettingOutlined />,
};

/** The side menu: only the pages the user's roles may open (`menuFor`), grouped as the brief lists them. */
export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const location = useLocation();
  const entries = menuFor(user.roles);
  const selected = pageForPath(location.pathname);

  const items: MenuProps['items'] = entries.map((entry) => {
    if (entry.kind === 'page') {
      return {
        key: entry.page.path,
        icon: PAGE_ICONS[entry.page.key],
        label: <span data-testid={`menu-${entry.page.key}`}>{t(entry.page.labelKey)}</span>,
      };
    }
    return {
      key: `group:${entry.group}`,
      icon: GROUP_ICONS[entry.group],
      label: <span data-testid={`menu-group-${entry.group}`}>{t(`menu.${entry.group}`)}</span>,
      children: entry.pages.map((page) => ({
        key: page.path,
        icon: PAGE_ICONS[page.key],
        label: <span data-testid={`menu-${page.key}`}>{t(page.labelKey)}</span>,
      })),
    };
  });

  return (
    <Menu
      mode="inline"
      data-testid="side-menu"
      aria-label={t('menu.label')}
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      defaultOpenKeys={
        collapsed ? [] : entries.filter((e) => e.kind === 'group').map((e) => `group:${e.group}`)
      }
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
