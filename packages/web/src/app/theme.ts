import type { ThemeConfig } from 'antd';

/** Deep government blue: the primary colour of buttons, links and the selected menu item. */
export const PRIMARY_COLOUR = '#0b4aa2';

/** Header background, a shade darker than the primary so the white wordmark reads well. */
export const HEADER_COLOUR = '#0a2f6b';

/** Latin first (digits align in tables), then the usual Chinese system fonts of macOS, Windows, Linux. */
export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Hiragino Sans GB', 'Helvetica Neue', Arial, sans-serif";

/** Ant Design theme of ORCA: Ant defaults, deep-blue primary, square-ish corners, dense tables. */
export const orcaTheme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOUR,
    colorLink: PRIMARY_COLOUR,
    borderRadius: 4,
    fontFamily: FONT_FAMILY,
  },
  components: {
    Layout: {
      headerBg: HEADER_COLOUR,
      headerHeight: 56,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
      bodyBg: '#f0f2f5',
    },
    Table: { headerBg: '#f0f4fa' },
    Card: { headerFontSize: 15 },
  },
};
