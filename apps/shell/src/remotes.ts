// The global runtime API works on the instance the build plugin created for this host, so remotes share
// its singletons (React, i18next) instead of loading their own copies.
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { ComponentType } from 'react';
import type { RemoteAppProps, Session } from '@mkib/web-data-access';
import { RegisteredParty, remotesOfParty } from './workspace';

export interface RemoteDescriptor {
  name: string;
  path: string;
  entry: string;
  title: { nl: string; en: string };
  parties: string[];
}

/** The remotes this person may open: by party, from the manifest the platform serves. */
export async function loadRemoteManifest(): Promise<RemoteDescriptor[]> {
  const res = await fetch('/remotes.json');
  if (!res.ok) throw new Error(`remotes.json: HTTP ${res.status}`);
  const remotes = (await res.json()) as RemoteDescriptor[];
  registerRemotes(remotes.map((r) => ({ name: r.name, entry: r.entry })));
  return remotes;
}

/** The remotes of the session's party; a co-user's from the register (`registered`, see workspace.ts). */
export const remotesFor = (
  remotes: RemoteDescriptor[],
  session: Session,
  registered?: RegisteredParty | null,
) => remotesOfParty(remotes, session.party, registered);

export async function loadRemoteApp(name: string): Promise<ComponentType<RemoteAppProps>> {
  const module = await loadRemote<{ default: ComponentType<RemoteAppProps> }>(`${name}/App`);
  if (!module?.default) throw new Error(`${name} exposes no App`);
  return module.default;
}
