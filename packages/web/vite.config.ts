import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Vite build of the ORCA web app. The dev server forwards `/api` to the Fastify server (default port
 * 8080), so the session cookie stays same-origin in development exactly as in production, where the
 * server serves `dist/` itself.
 */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Ant Design alone is ~1 MB before gzip; the warning would fire on every build without telling anything.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // ECharts (with zrender) is needed only by pages that draw charts and changes rarely: its own
        // chunk lets the browser cache it across releases of the app code.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            {
              name: 'antd',
              test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/,
              priority: 10,
            },
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
