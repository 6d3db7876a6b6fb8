import { useTranslation } from 'react-i18next';
import { BbpWishFieldsFragment } from '@mkib/web-data-access';
import { euros } from './bbp-rules';

type Wish = BbpWishFieldsFragment;

/** A wish's place in the round in words: withdrawn, what the consolidation did with it, or awaiting it. */
export function useWishState() {
  const { t } = useTranslation();
  return (w: Wish) =>
    w.withdrawn
      ? t('bbp.wishes.withdrawn')
      : w.disposition
        ? t(`bbp.wishes.dispositions.${w.disposition}`) + (w.dispositionNote ? `: ${w.dispositionNote}` : '')
        : t('bbp.wishes.pending');
}

/** The late marker: a text, not a colour (WCAG 1.4.1). */
export function LateMarker(props: { wish: Pick<Wish, 'late'> }) {
  const { t } = useTranslation();
  if (!props.wish.late) return null;
  return (
    <strong className="mkib-badge" data-late="">
      {t('bbp.wishes.late')}
    </strong>
  );
}

export const cost = (w: Pick<Wish, 'estimatedCost'>) => euros(w.estimatedCost);
