import type { ReactNode } from 'react';
import { useMe } from '../shell/me-context.tsx';

/** The operator's pages, reached by their address by anyone else: said plainly instead of a refused query. */
export function OperatorOnly({ title, children }: { title: string; children: ReactNode }) {
  const { organizationKind } = useMe();
  if (organizationKind === 'OPERATOR') return children;
  return (
    <>
      <h1>{title}</h1>
      <p className="state state-empty">This page is for the platform operator only.</p>
    </>
  );
}
