import styled from 'styled-components';
import { colors } from '../elements/theme';

const Svg = styled.svg`
    display: block;
    width: 100%;
    max-width: 560px;
    height: auto;
`;

/** Events per day as inline SVG bars (no chart library in the bundle). */
export function EventsChart({ days }: { days: Array<{ day: string; count: number }> }) {
    const max = Math.max(1, ...days.map((d) => d.count));
    const total = days.reduce((n, d) => n + d.count, 0);
    const w = 28;
    const top = 14;
    const height = 64;
    return (
        <Svg
            role={'img'}
            aria-label={`Events received per day, last ${days.length} days: ${total} in all`}
            viewBox={`0 0 ${Math.max(1, days.length) * w} ${top + height + 16}`}
            data-testid={'events-chart'}
        >
            {days.map((d, i) => {
                const h = d.count === 0 ? 0 : Math.max(2, Math.round((d.count / max) * height));
                return (
                    <g key={d.day} data-day={d.day} data-count={d.count}>
                        <title>{`${d.day}: ${d.count} event${d.count === 1 ? '' : 's'}`}</title>
                        <rect
                            x={i * w + 4}
                            y={top + height - h}
                            width={w - 8}
                            height={h}
                            fill={colors.primary}
                            rx={1}
                        />
                        <rect x={i * w + 4} y={top + height} width={w - 8} height={1} fill={colors.border} />
                        <text
                            x={i * w + w / 2}
                            y={top + height + 12}
                            fontSize={9}
                            textAnchor={'middle'}
                            fill={colors.muted}
                        >
                            {d.day.slice(8, 10)}
                        </text>
                        {d.count > 0 && (
                            <text
                                x={i * w + w / 2}
                                y={top + height - h - 3}
                                fontSize={9}
                                textAnchor={'middle'}
                                fill={colors.text}
                            >
                                {d.count}
                            </text>
                        )}
                    </g>
                );
            })}
        </Svg>
    );
}
