import styled from 'styled-components';
import { colors } from './theme';

const Track = styled.div`
    height: 12px;
    background: ${colors.light};
    border-radius: 6px;
    overflow: hidden;
    max-width: 480px;
    display: flex;
    > div {
        height: 100%;
        transition: width 0.3s;
    }
    > .done {
        background: ${colors.primary};
    }
    > .failed {
        background: ${colors.danger};
    }
`;

/** done/total; the failed share (part of done) is drawn red. */
export function ProgressBar({
    done,
    total,
    failed = 0,
    label,
}: {
    done: number;
    total: number;
    failed?: number;
    label: string;
}) {
    const pct = (n: number) => (total <= 0 ? 0 : Math.min(100, (n / total) * 100));
    const ok = total <= 0 ? 100 : pct(Math.max(0, done - failed));
    return (
        <Track role={'progressbar'} aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
            <div className={'done'} style={{ width: `${ok}%` }} />
            {failed > 0 && <div className={'failed'} style={{ width: `${pct(failed)}%` }} />}
        </Track>
    );
}
