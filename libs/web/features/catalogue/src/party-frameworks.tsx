import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useAction, useData, useErrorText } from '@mkib/web-data-access';
import { Button, ErrorAlert, Heading, Paragraph, SelectField } from '@mkib/web-ui';
import { ATTACH_FRAMEWORK, DETACH_FRAMEWORK, FRAMEWORKS, PARTY_FRAMEWORKS } from './operations';

/**
 * A party's extra frameworks: the norms of its own field (e.g. NEN 7510 for ambulance care) that it
 * attaches to its scope; its facilities' applicable measures then include them. Only the party's own
 * security officer changes them.
 */
export function PartyFrameworks(props: { party: string; canChange: boolean; refreshKey?: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const attachedResult = useData(PARTY_FRAMEWORKS, {});
  const available = useData(FRAMEWORKS, {}).data?.frameworks ?? [];
  const [attach] = useAction(ATTACH_FRAMEWORK);
  const [detach] = useAction(DETACH_FRAMEWORK);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { refetch } = attachedResult;
  useEffect(() => {
    if (props.refreshKey) refetch();
  }, [props.refreshKey, refetch]);

  const change = async (code: string, attaching: boolean) => {
    setError(null);
    try {
      await (attaching ? attach({ c: code }) : detach({ c: code }));
      setChoice('');
      refetch();
    } catch (e) {
      setError(errorText(e).message);
    }
  };

  return (
    <section aria-labelledby="party-frameworks-title" className="mkib-section">
      <Heading level={2} id="party-frameworks-title">
        {t('partyFrameworks.title', { party: props.party })}
      </Heading>
      <Paragraph>{t('partyFrameworks.intro')}</Paragraph>
      <ErrorAlert message={error} />
      <DataView result={attachedResult}>
        {({ partyFrameworks: attached }) => {
          const attachable = available.filter((f) => !attached.some((a) => a.code === f.code));
          return (
            <>
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
                  <SelectField
                    label={t('partyFrameworks.attachLabel')}
                    name="attach"
                    value={choice}
                    onValue={setChoice}
                    placeholder={t('partyFrameworks.choose')}
                    options={attachable.map((f) => ({ value: f.code, label: `${f.code}: ${f.name}` }))}
                  />
                  <Button
                    appearance="secondary-action-button"
                    disabled={!choice}
                    onClick={() => void change(choice, true)}
                  >
                    {t('partyFrameworks.attach')}
                  </Button>
                </div>
              )}
            </>
          );
        }}
      </DataView>
    </section>
  );
}
