import { ComponentType, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from 'oidc-client-ts';
import {
  createDataClient,
  createGraphQLRequest,
  DataProvider,
  RemoteAppProps,
  sessionFromAccessToken,
} from '@mkib/web-data-access';
import { NotificationsButton, pathIsOf } from '@mkib/web-feature-notifications';
import { Language, setLanguage } from '@mkib/web-i18n';
import { Alert, Heading, Paragraph } from '@mkib/web-ui';
import { createUserManager, isUsable, ShellConfig } from './auth';
import { loadRemoteApp, loadRemoteManifest, RemoteDescriptor, remotesFor } from './remotes';
import { listedParty, REGISTERED_PARTY_QUERY, RegisteredParty } from './workspace';

function RemoteView(props: { remote: RemoteDescriptor; appProps: RemoteAppProps }) {
  const { t } = useTranslation();
  const [App, setApp] = useState<ComponentType<RemoteAppProps> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setApp(null);
    loadRemoteApp(props.remote.name)
      .then((c) => setApp(() => c))
      .catch((e: Error) => setError(e.message));
  }, [props.remote.name]);
  if (error) return <Alert type="error">{t('app.loadFailed', { message: error })}</Alert>;
  if (!App) return <Paragraph>{t('app.loading')}</Paragraph>;
  return <App {...props.appProps} />;
}

/** The host: sign-in, language, navigation between the remotes the person's party may open. */
export function Shell({ config }: { config: ShellConfig }) {
  const { t, i18n } = useTranslation();
  const users = useMemo(() => createUserManager(config), [config]);
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remotes, setRemotes] = useState<RemoteDescriptor[]>([]);
  const [path, setPath] = useState(window.location.pathname);

  useEffect(() => {
    (async () => {
      try {
        if (window.location.pathname === '/auth/callback') {
          const signedIn = await users.signinRedirectCallback();
          setUser(signedIn);
          const target = typeof signedIn.state === 'string' ? signedIn.state : '/';
          window.history.replaceState({}, '', target);
          setPath(window.location.pathname);
        } else {
          const stored = await users.getUser();
          setUser(isUsable(stored) ? stored : null);
        }
        setRemotes(await loadRemoteManifest());
      } catch (err) {
        setProblem(t('app.signInFailed', { message: err instanceof Error ? err.message : String(err) }));
        window.history.replaceState({}, '', '/');
      } finally {
        setReady(true);
      }
    })();
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [users, t]);

  const session = useMemo(() => (isUsable(user) ? sessionFromAccessToken(user.access_token) : null), [user]);
  // One client per signed-in user: a new sign-in starts with an empty cache.
  const { request, client } = useMemo(() => {
    const api = {
      url: config.graphqlUrl,
      token: () => user?.access_token ?? null,
      onUnauthenticated: () => {
        void users.removeUser();
        setUser(null);
        setProblem(t('app.sessionExpired'));
      },
    };
    return { request: createGraphQLRequest(api), client: createDataClient(api) };
  }, [config.graphqlUrl, user, users, t]);
  // A co-user the LMS admitted is in no remote's list: its workspace follows the register (SK-5.4).
  const [registered, setRegistered] = useState<RegisteredParty | null>(null);
  const coUser = !!session && remotes.length > 0 && !listedParty(remotes, session.party);
  useEffect(() => {
    setRegistered(null);
    if (!coUser || !session) return;
    let live = true;
    request(REGISTERED_PARTY_QUERY, { code: session.party })
      .then((data) => {
        if (live) setRegistered((data as { party: RegisteredParty }).party);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [coUser, session, request]);
  const allowed = session ? remotesFor(remotes, session, registered) : [];
  const current =
    allowed.find((r) => pathIsOf(path, r.path)) ??
    (allowed.length === 1 || path === '/' ? allowed[0] : undefined);
  const language = i18n.language as Language;

  const navigate = (to: string) => {
    window.history.pushState({}, '', to);
    setPath(new URL(to, window.location.origin).pathname);
    // The open remote follows a link to one of its sections (a notification's link opens that tab).
    window.dispatchEvent(new PopStateEvent('popstate'));
  };

  return (
    <>
      <a className="mkib-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="mkib-header">
        <div className="mkib-brand">
          <span className="mkib-logo">{t('app.title')}</span>
          <span className="mkib-subtitle">{t('app.subtitle')}</span>
        </div>
        <div className="mkib-header-actions">
          <button
            type="button"
            className="mkib-header-button"
            lang={language === 'nl' ? 'en' : 'nl'}
            aria-label={t('app.switchLanguageLabel')}
            onClick={() => void setLanguage(language === 'nl' ? 'en' : 'nl')}
          >
            {t('app.switchLanguage')}
          </button>
          {session ? (
            <>
              <DataProvider client={client}>
                <NotificationsButton onNavigate={navigate} />
              </DataProvider>
              <span className="mkib-user">
                {t('app.signedInAs', { username: session.username, party: session.party })}
              </span>
              <button
                type="button"
                className="mkib-header-button"
                onClick={() => void users.signoutRedirect()}
              >
                {t('app.signOut')}
              </button>
            </>
          ) : (
            ready && (
              <button
                type="button"
                className="mkib-header-button"
                onClick={() =>
                  void users.signinRedirect({ state: window.location.pathname + window.location.search })
                }
              >
                {t('app.signIn')}
              </button>
            )
          )}
        </div>
      </header>
      {session && allowed.length > 1 && (
        <nav className="mkib-nav" aria-label={t('app.workspaces')}>
          {allowed.map((r) => (
            <a
              key={r.name}
              href={`/${r.path}`}
              aria-current={current?.name === r.name ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/${r.path}`);
              }}
            >
              {t(`remotes.${r.name}`, { defaultValue: r.title[language] })}
            </a>
          ))}
        </nav>
      )}
      <main id="main" className="mkib-main">
        {problem && <Alert type="warning">{problem}</Alert>}
        {!ready && <Paragraph>{t('app.loading')}</Paragraph>}
        {ready && !session && (
          <>
            <Heading level={1}>{t('app.welcome')}</Heading>
            <Paragraph>{t('app.intro')}</Paragraph>
            <Paragraph>{t('app.signInPrompt')}</Paragraph>
          </>
        )}
        {ready && session && !current && <Paragraph>{t('app.noWorkspace')}</Paragraph>}
        {ready && session && current && (
          <DataProvider client={client}>
            <RemoteView remote={current} appProps={{ client, request, session }} />
          </DataProvider>
        )}
      </main>
    </>
  );
}
