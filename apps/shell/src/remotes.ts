import { createInstance } from '@module-federation/enhanced/runtime';
import type { ComponentType } from 'react';
import type { RemoteAppProps, Session } from '@mkib/web-data-access';

export interface RemoteDescriptor {
  name: string;
  path: string;
  entry: string;
  title: { nl: string; en: string };
  parties: string[];
}

const federation = createInstance({ name: 'shell', remotes: [] });

/** The remotes this person may open: by party, from the manifest the platform serves. */
export async function loadRemoteManifest(): Promise<RemoteDescriptor[]> {
  const res = await fetch('/remotes.json');
  if (!res.ok) throw new Error(`remotes.json: HTTP ${res.status}`);
  const remotes = (await res.json()) as RemoteDescriptor[];
  federation.registerRemotes(remotes.map((r) => ({ name: r.name, entry: r.entry })));
  return remotes;
}

export const remotesFor = (remotes: RemoteDescriptor[], session: Session) =>
  remotes.filter((r) => r.parties.includes(session.party));

export async function loadRemoteApp(name: string): Promise<ComponentType<RemoteAppProps>> {
  const module = await federation.loadRemote<{ default: ComponentType<RemoteAppProps> }>(`${name}/App`);
  if (!module?.default) throw new Error(`${name} exposes no App`);
  return module.default;
}
