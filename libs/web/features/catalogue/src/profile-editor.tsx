import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BbnProfileQuery, DataView, useAction, useData, useErrorText } from '@mkib/web-data-access';
import { Alert, Button, ErrorAlert, Heading, Paragraph, TextareaField, TextField } from '@mkib/web-ui';
import { BBN_PROFILE, LOOKUP_REQUIREMENT } from './operations';
import { ProposeDialog } from './propose-dialog';

interface Ref {
  frameworkCode: string;
  identifier: string;
}
type Measure = BbnProfileQuery['bbnProfile']['levels'][number]['introduced'][number];
const key = (r: Ref) => `${r.frameworkCode}:${r.identifier}`;
const short = (m: Measure) =>
  m.title ?? (m.text ? `${m.text.slice(0, 90)}${m.text.length > 90 ? '…' : ''}` : '');

/**
 * BBN profile editor (the LMS, SK-2.2b): per level the measures it introduces (levels are cumulative),
 * add by framework and number, remove, and propose as a new version with a rationale: a policy change that
 * publishes it when the BMB adopts it (SK-3.1). Older versions stay.
 */
export function ProfileEditor() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const result = useData(BBN_PROFILE, {});
  const [lookup] = useAction(LOOKUP_REQUIREMENT);
  const [proposing, setProposing] = useState(false);
  const [draft, setDraft] = useState<Record<number, Measure[]>>({});
  const [adding, setAdding] = useState<Record<number, string>>({});
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const profile = result.data?.bbnProfile;
  useEffect(() => {
    if (profile) setDraft(Object.fromEntries(profile.levels.map((l) => [l.bbn, l.introduced])));
  }, [profile]);
  const fail = (message: string) => setError({ message, fields: {} });

  const add = async (bbn: number) => {
    const [frameworkCode, identifier] = (adding[bbn] ?? '').trim().split(/\s+|:/);
    setError(null);
    if (!frameworkCode || !identifier) return fail(t('profileEditor.addHint'));
    if (Object.values(draft).some((ms) => ms.some((m) => key(m) === `${frameworkCode}:${identifier}`)))
      return fail(t('profileEditor.already', { ref: `${frameworkCode} ${identifier}` }));
    try {
      const r = await lookup({ f: frameworkCode, i: identifier });
      setDraft({ ...draft, [bbn]: [...(draft[bbn] ?? []), r.requirement] });
      setAdding({ ...adding, [bbn]: '' });
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = (bbn: number, ref: Ref) =>
    setDraft({ ...draft, [bbn]: (draft[bbn] ?? []).filter((m) => key(m) !== key(ref)) });

  const levels = () =>
    [1, 2, 3].map((bbn) => ({
      bbn,
      measures: (draft[bbn] ?? []).map((m) => ({ frameworkCode: m.frameworkCode, identifier: m.identifier })),
    }));
  // Publishing is the BMB's adoption of a policy change: the editor proposes the new version.
  const propose = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice(null);
    setProposing(true);
  };

  return (
    <section aria-labelledby="profile-title" className="mkib-section">
      <Heading level={2} id="profile-title">
        {t('profileEditor.title')}
      </Heading>
      <DataView result={result}>
        {({ bbnProfile, bbnProfiles: versions }) => {
          let cumulative = 0;
          return (
            <>
              <Paragraph>
                {t('profileEditor.current', {
                  version: bbnProfile.version,
                  by: bbnProfile.publishedBy,
                  at: bbnProfile.publishedAt.slice(0, 10),
                })}{' '}
                {bbnProfile.rationale}
              </Paragraph>
              <Paragraph>{t('profileEditor.intro')}</Paragraph>
              {notice && <Alert type="ok">{notice}</Alert>}
              <ErrorAlert message={error?.message || null} />
              <form onSubmit={propose} className="mkib-form">
                {[1, 2, 3].map((bbn) => {
                  const measures = draft[bbn] ?? [];
                  cumulative += measures.length;
                  return (
                    <details key={bbn} className="mkib-level" data-level={bbn} open={bbn > 1}>
                      <summary>
                        {t('profileEditor.level', {
                          bbn,
                          introduced: measures.length,
                          applicable: cumulative,
                        })}
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
                              aria-label={t('profileEditor.remove', {
                                ref: `${m.frameworkCode} ${m.identifier}`,
                              })}
                            >
                              {t('profileEditor.removeShort')}
                            </Button>
                          </li>
                        ))}
                      </ul>
                      <div className="mkib-inline">
                        <TextField
                          label={t('profileEditor.add', { bbn })}
                          hint={t('profileEditor.addHint')}
                          name={`add-${bbn}`}
                          value={adding[bbn] ?? ''}
                          onValue={(v) => setAdding({ ...adding, [bbn]: v })}
                        />
                        <Button appearance="secondary-action-button" onClick={() => void add(bbn)}>
                          {t('profileEditor.addButton')}
                        </Button>
                      </div>
                    </details>
                  );
                })}
                <TextareaField
                  label={t('profileEditor.rationale')}
                  hint={t('profileEditor.rationaleHint')}
                  error={error?.fields.rationale}
                  name="rationale"
                  required
                  value={rationale}
                  onValue={setRationale}
                />
                <Button type="submit" appearance="primary-action-button">
                  {t('policy.propose.button')}
                </Button>
              </form>
              {proposing && (
                <ProposeDialog
                  defaultTitle={t('profileEditor.proposalTitle', { version: bbnProfile.version + 1 })}
                  defaultRationale={rationale}
                  change={{ bbnProfile: { rationale, levels: levels() } }}
                  onClose={() => setProposing(false)}
                  onProposed={(number) => {
                    setProposing(false);
                    setNotice(t('policy.propose.done', { number }));
                  }}
                />
              )}
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
            </>
          );
        }}
      </DataView>
    </section>
  );
}
