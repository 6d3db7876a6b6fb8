import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequest, isGraphQLRequestError } from '@mkib/web-data-access';
import { Alert, Button, ErrorAlert, Field, Heading, Paragraph } from '@mkib/web-ui';
import { BBN_PROFILE, LOOKUP_REQUIREMENT, PUBLISH_BBN_PROFILE } from './operations';

interface Ref {
  frameworkCode: string;
  identifier: string;
}
interface Measure extends Ref {
  title: string | null;
  text: string | null;
}
interface Profile {
  version: number;
  rationale: string;
  publishedBy: string;
  publishedAt: string;
  levels: { bbn: number; applicableCount: number; introduced: Measure[] }[];
}
interface Version {
  version: number;
  current: boolean;
  rationale: string;
  publishedBy: string;
  publishedAt: string;
}

const key = (r: Ref) => `${r.frameworkCode}:${r.identifier}`;
const short = (m: Measure) =>
  m.title ?? (m.text ? `${m.text.slice(0, 90)}${m.text.length > 90 ? '…' : ''}` : '');

/**
 * BBN profile editor (the LMS, SK-2.2b): per level the measures it introduces (levels are cumulative),
 * add by framework and number, remove, and publish as a new version with a rationale. Older versions stay.
 */
export function ProfileEditor(props: { request: GraphQLRequest }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [versions, setVersions] = useState<Version[]>([]);
  const [draft, setDraft] = useState<Record<number, Measure[]>>({});
  const [adding, setAdding] = useState<Record<number, string>>({});
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = () =>
    props
      .request<{ bbnProfile: Profile; bbnProfiles: Version[] }>(BBN_PROFILE)
      .then((r) => {
        setProfile(r.bbnProfile);
        setVersions(r.bbnProfiles);
        setDraft(Object.fromEntries(r.bbnProfile.levels.map((l) => [l.bbn, l.introduced])));
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load();
  }, [props.request]);

  const add = async (bbn: number) => {
    const [frameworkCode, identifier] = (adding[bbn] ?? '').trim().split(/\s+|:/);
    setError(null);
    if (!frameworkCode || !identifier) return setError(t('profileEditor.addHint'));
    if (Object.values(draft).some((ms) => ms.some((m) => key(m) === `${frameworkCode}:${identifier}`)))
      return setError(t('profileEditor.already', { ref: `${frameworkCode} ${identifier}` }));
    try {
      const r = await props.request<{ requirement: Measure }>(LOOKUP_REQUIREMENT, {
        f: frameworkCode,
        i: identifier,
      });
      setDraft({ ...draft, [bbn]: [...(draft[bbn] ?? []), r.requirement] });
      setAdding({ ...adding, [bbn]: '' });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = (bbn: number, ref: Ref) =>
    setDraft({ ...draft, [bbn]: (draft[bbn] ?? []).filter((m) => key(m) !== key(ref)) });

  const publish = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      const r = await props.request<{ publishBbnProfile: { version: number } }>(PUBLISH_BBN_PROFILE, {
        i: {
          rationale,
          levels: [1, 2, 3].map((bbn) => ({
            bbn,
            measures: (draft[bbn] ?? []).map((m) => ({
              frameworkCode: m.frameworkCode,
              identifier: m.identifier,
            })),
          })),
        },
      });
      setNotice(t('profileEditor.published', { version: r.publishBbnProfile.version }));
      setRationale('');
      await load();
    } catch (err) {
      const problems = isGraphQLRequestError(err) ? err.problems : [];
      setError(
        problems.length ? problems.map((p) => `${p.field}: ${p.message}`).join('\n') : (err as Error).message,
      );
    }
  };

  if (!profile) return error ? <Alert type="error">{error}</Alert> : null;
  let cumulative = 0;
  return (
    <section aria-labelledby="profile-title" className="mkib-section">
      <Heading level={2} id="profile-title">
        {t('profileEditor.title')}
      </Heading>
      <Paragraph>
        {t('profileEditor.current', {
          version: profile.version,
          by: profile.publishedBy,
          at: profile.publishedAt.slice(0, 10),
        })}{' '}
        {profile.rationale}
      </Paragraph>
      <Paragraph>{t('profileEditor.intro')}</Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      <ErrorAlert message={error} />
      <form onSubmit={publish} className="mkib-form">
        {[1, 2, 3].map((bbn) => {
          const measures = draft[bbn] ?? [];
          cumulative += measures.length;
          return (
            <details key={bbn} className="mkib-level" data-level={bbn} open={bbn > 1}>
              <summary>
                {t('profileEditor.level', { bbn, introduced: measures.length, applicable: cumulative })}
              </summary>
              <ul className="mkib-measure-list">
                {measures.map((m) => (
                  <li key={key(m)} data-measure={key(m)}>
                    <span>
                      {m.frameworkCode} {m.identifier} {short(m)}
                    </span>{' '}
                    <Button
                      appearance="subtle-button"
                      onClick={() => remove(bbn, m)}
                      aria-label={t('profileEditor.remove', { ref: `${m.frameworkCode} ${m.identifier}` })}
                    >
                      {t('profileEditor.removeShort')}
                    </Button>
                  </li>
                ))}
              </ul>
              <div className="mkib-inline">
                <Field label={t('profileEditor.add', { bbn })} hint={t('profileEditor.addHint')}>
                  {(a11y) => (
                    <input
                      {...a11y}
                      name={`add-${bbn}`}
                      className="utrecht-textbox utrecht-textbox--html-input"
                      value={adding[bbn] ?? ''}
                      onChange={(e) => setAdding({ ...adding, [bbn]: e.target.value })}
                    />
                  )}
                </Field>
                <Button appearance="secondary-action-button" onClick={() => void add(bbn)}>
                  {t('profileEditor.addButton')}
                </Button>
              </div>
            </details>
          );
        })}
        <Field label={t('profileEditor.rationale')} hint={t('profileEditor.rationaleHint')}>
          {(a11y) => (
            <textarea
              {...a11y}
              name="rationale"
              required
              className="utrecht-textarea utrecht-textarea--html-textarea"
              value={rationale}
              onChange={(e) => setRationale(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" appearance="primary-action-button">
          {t('profileEditor.publish')}
        </Button>
      </form>
      <Heading level={3}>{t('profileEditor.history')}</Heading>
      <ol reversed className="mkib-history">
        {versions.map((v) => (
          <li key={v.version}>
            {t('profileEditor.versionLine', {
              version: v.version,
              by: v.publishedBy,
              at: v.publishedAt.slice(0, 10),
            })}
            {v.current ? ` (${t('profileEditor.inForce')})` : ''}: {v.rationale}
          </li>
        ))}
      </ol>
    </section>
  );
}
