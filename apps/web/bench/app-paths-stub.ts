/**
 * `$app/paths` outside SvelteKit: the harness mounts board components without the kit runtime, so route
 * ids are filled with their parameters the way `resolve` would (no base path).
 */
export function resolve(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? '');
}
