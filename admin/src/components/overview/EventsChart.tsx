/** Events per day as inline SVG bars (no chart library in the bundle). */
export function EventsChart({ days }: { days: Array<{ day: string; count: number }> }) {
    const max = Math.max(1, ...days.map((d) => d.count));
    const w = 24;
    return (
        <svg role={'img'} aria-label={'Events received per day, last 14 days'} viewBox={`0 0 ${days.length * w} 90`} width={'100%'} style={{ maxWidth: 520 }}>
            {days.map((d, i) => {
                const h = Math.round((d.count / max) * 60);
                return (
                    <g key={d.day}>
                        <title>{`${d.day}: ${d.count} event(s)`}</title>
                        <rect x={i * w + 3} y={70 - h} width={w - 6} height={Math.max(h, 1)} fill={'#3c8dbc'} />
                        <text x={i * w + w / 2} y={84} fontSize={8} textAnchor={'middle'} fill={'#777'}>{d.day.slice(8)}</text>
                        {d.count > 0 && <text x={i * w + w / 2} y={66 - h} fontSize={8} textAnchor={'middle'} fill={'#333'}>{d.count}</text>}
                    </g>
                );
            })}
        </svg>
    );
}
