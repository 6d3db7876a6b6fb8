import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphQLRequest } from '@mkib/web-data-access';
import { Alert, Button, Field, Heading, Paragraph } from '@mkib/web-ui';
import type { Framework } from './catalogue-browser';
import { ATTACH_FRAMEWORK, DETACH_FRAMEWORK, FRAMEWORKS, PARTY_FRAMEWORKS } from './operations';

type Attached = Pick<Framework, 'code' | 'name' | 'version' | 'ownerParty'>;

/**
 * A party's extra frameworks: the norms of its own field (e.g. NEN 7510 for ambulance care) that it
 * attaches to its scope; its facilities' applicable measures then include them. Only the party's own
 * security officer changes them.
 */
export function PartyFrameworks(props: {
  request: GraphQLRequest;
  party: string;
  canChange: boolean;
  refreshKey?: number;
}) {
  const { t } = useTranslation();
  const [attached, setAttached] = useState<Attached[]>([]);
  const [available, setAvailable] = useState<Framework[]>([]);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([
      props.request<{ partyFrameworks: Attached[] }>(PARTY_FRAMEWORKS),
      props.request<{ frameworks: Framework[] }>(FRAMEWORKS),
    ])
      .then(([a, f]) => {
        setAttached(a.partyFrameworks);
        setAvailable(f.frameworks);
      })
      .catch((e: Error) => setError(e.message));
  }, [props.request, props.refreshKey]);

  const change = async (code: string, attach: boolean) => {
    setError(null);
    try {
      const r = attach
        ? (await props.request(ATTACH_FRAMEWORK, { c: code })).attachFramework
        : (await props.request(DETACH_FRAMEWORK, { c: code })).detachFramework;
      setAttached(r);
      setChoice('');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const attachable = available.filter((f) => !attached.some((a) => a.code === f.code));

  return (
    <section aria-labelledby="party-frameworks-title" className="mkib-section">
      <Heading level={2} id="party-frameworks-title">
        {t('partyFrameworks.title', { party: props.party })}
      </Heading>
      <Paragraph>{t('partyFrameworks.intro')}</Paragraph>
      {error && <Alert type="error">{error}</Alert>}
      {attached.length === 0 ? (
        <Paragraph>{t('partyFrameworks.none')}</Paragraph>
      ) : (
        <ul data-testid="party-frameworks">
          {attached.map((f) => (
            <li key={f.code}>
              {f.code}: {f.name} ({t('catalogue.version')} {f.version})
              {f.ownerParty ? `, ${t('catalogue.ownFramework', { party: f.ownerParty })}` : ''}{' '}
              {props.canChange && (
                <Button appearance="subtle-button" onClick={() => void change(f.code, false)}>
                  {t('partyFrameworks.detach')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.canChange && attachable.length > 0 && (
        <div className="mkib-inline">
          <Field label={t('partyFrameworks.attachLabel')}>
            {(a11y) => (
              <select
                {...a11y}
                name="attach"
                className="utrecht-select utrecht-select--html-select"
                value={choice}
                onChange={(e) => setChoice(e.target.value)}
              >
                <option value="">{t('partyFrameworks.choose')}</option>
                {attachable.map((f) => (
                  <option key={f.code} value={f.code}>
                    {f.code}: {f.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Button
            appearance="secondary-action-button"
            disabled={!choice}
            onClick={() => void change(choice, true)}
          >
            {t('partyFrameworks.attach')}
          </Button>
        </div>
      )}
    </section>
  );
}
