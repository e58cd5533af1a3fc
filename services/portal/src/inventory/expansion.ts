/**
 * WEB-4: which product rows are expanded. "Expand all" opens every product shown, "Collapse all" none;
 * a product's own arrow toggles it. Pure, so the rule is unit-tested.
 */
export type Expanded = ReadonlySet<string>;

export function toggle(expanded: Expanded, id: string): Expanded {
  const next = new Set(expanded);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

export function expandAll(ids: readonly string[]): Expanded {
  return new Set(ids);
}

export function allExpanded(expanded: Expanded, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((id) => expanded.has(id));
}

/**
 * INV-4: "Manage services" takes a person to the service's own site; offered for a subscription that
 * is usable (active, or set up and awaiting its order) and has a site, never for a cancelled one.
 */
export function manageServicesUrl(subscription: { status: string; manageServicesUrl?: string | null }) {
  return subscription.status !== 'CANCELLED' && subscription.manageServicesUrl
    ? subscription.manageServicesUrl
    : null;
}
