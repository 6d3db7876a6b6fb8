/**
 * Where a notification leads. A link is a path of the web: the remote's path (those of
 * apps/platform/src/web.ts) and the section of the task, as `?tab=<section>` (governance's
 * `reminderLink`: `/web-politie?tab=implementatieplan&id=…`) or as a path segment
 * (`/web-politie/implementatieplan`). The shell opens the remote; the party workspace opens the tab the
 * section names. Pure, so it is unit-tested.
 */

/** The sections a link may name (Dutch, as in the address bar) and the party workspace's tab for each. */
export const SECTION_TABS: Record<string, string> = {
  register: 'register',
  voorzieningen: 'register',
  catalogus: 'catalogue',
  zelfevaluatie: 'assessment',
  bevindingen: 'assessment',
  icv: 'icv',
  medegebruikers: 'coUsers',
  rapportage: 'coUsers',
  aanwijzingen: 'instructions',
  risico: 'risks',
  risicos: 'risks',
  beleid: 'policy',
  voorstellen: 'proposals',
  implementatieplan: 'plan',
  voortgang: 'plan',
  kalender: 'calendar',
  wensen: 'calendar',
  // issue 18: escalations
  escalaties: 'escalations',
};

/**
 * The workspace tab a link names, from its `tab` parameter or else its second path segment
 * (`/web-politie?tab=implementatieplan` and `/web-politie/implementatieplan` -> `plan`), or null.
 */
export function tabForPath(link: string): string | null {
  const [path, query = ''] = link.split('#')[0].split('?');
  const section = new URLSearchParams(query).get('tab') ?? path.split('/').filter(Boolean)[1];
  return section ? (SECTION_TABS[section.toLowerCase()] ?? null) : null;
}

/** Whether the path belongs to the remote at `remotePath` (its root or a section of it). */
export const pathIsOf = (path: string, remotePath: string) =>
  path === `/${remotePath}` || path.startsWith(`/${remotePath}/`);

/** Only a path of this web is followed (never another site): anything else is no link. */
export const isInternalLink = (link: string) => /^\/(?!\/)[\w\-/.%?=&#]*$/.test(link);
