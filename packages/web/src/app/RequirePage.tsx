import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { ForbiddenPage } from '../components/StatusPages';
import { canOpen, landingPath, type PageKey } from './navigation';
import { useSessionUser } from './useSession';

/**
 * Renders a page only for roles allowed to open it. The home page sends other roles to their own
 * landing page (an auditor to the audit log); any other page shows 403.
 */
export function RequirePage({ page, children }: { page: PageKey; children: ReactNode }) {
  const user = useSessionUser();
  if (canOpen(page, user.roles)) return <>{children}</>;
  const landing = landingPath(user.roles);
  if (page === 'dashboard' && landing !== null && landing !== '/') return <Navigate to={landing} replace />;
  return <ForbiddenPage />;
}
