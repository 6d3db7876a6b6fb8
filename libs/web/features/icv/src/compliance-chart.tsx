import type { AgendaQuery } from '@mkib/web-data-access';

type Item = AgendaQuery['agenda'][number];

/** Compliance per party and facility as bars; the figures are also in the text next to each bar. */
export function ComplianceChart(props: { items: Item[]; title: string }) {
  const rows = props.items.flatMap((i) => [
    { label: `${i.party}`, value: i.compliance?.percentImplemented ?? 0, strong: true },
    ...(i.compliance?.byFacility ?? []).map((f) => ({
      label: `  ${f.facilityCode}`,
      value: f.percentImplemented,
      strong: false,
    })),
  ]);
  const height = rows.length * 20 + 10;
  return (
    <figure>
      <svg
        className="mkib-chart"
        role="img"
        aria-label={props.title}
        viewBox={`0 0 520 ${height}`}
        width="100%"
        style={{ maxWidth: 520 }}
      >
        {rows.map((r, i) => (
          <g key={i} transform={`translate(0, ${i * 20 + 5})`}>
            <text x="0" y="13" fontWeight={r.strong ? 'bold' : 'normal'}>
              {r.label}
            </text>
            <rect
              x="140"
              y="2"
              width={(r.value / 100) * 320}
              height="14"
              fill={r.strong ? '#01689b' : '#8fcae7'}
            />
            <text x={145 + (r.value / 100) * 320} y="13">
              {r.value}%
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mkib-muted">{props.title}</figcaption>
    </figure>
  );
}
