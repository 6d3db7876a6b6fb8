import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataView, useData } from '@mkib/web-data-access';
import { SelectField } from '@mkib/web-ui';
import { AUDITED_PARTIES } from './operations';

const ASSESSING = ['HOOFDGEBRUIKER', 'BEHEERDER'];

/** Which party's records the auditor reads: every party that assesses itself and submits an ICV. */
export function PartyChoice(props: { children: (party: string) => ReactNode }) {
  const { t } = useTranslation();
  const result = useData(AUDITED_PARTIES, {});
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <DataView result={result}>
      {(data) => {
        const parties = data.parties.filter((p) => ASSESSING.includes(p.kind));
        const party = chosen ?? parties[0]?.code;
        return (
          <>
            <SelectField
              label={t('audit.chooseParty')}
              name="audit-party"
              value={party}
              options={parties.map((p) => ({ value: p.code, label: p.name }))}
              onValue={setChosen}
            />
            {party && props.children(party)}
          </>
        );
      }}
    </DataView>
  );
}
