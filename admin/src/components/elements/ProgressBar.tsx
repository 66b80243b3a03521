import styled from 'styled-components';

const Track = styled.div`
    height: 10px;
    background: #eee;
    border-radius: 5px;
    overflow: hidden;
    max-width: 480px;
    div { height: 100%; background: #3c8dbc; transition: width 0.3s; }
`;

export const ProgressBar = ({ done, total }: { done: number; total: number }) => (
    <Track role={'progressbar'} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div style={{ width: `${total === 0 ? 100 : Math.round((done / total) * 100)}%` }} />
    </Track>
);
