import styled from 'styled-components';

export const Card = styled.section`
    background: #fff;
    border-top: 3px solid #3c8dbc;
    border-radius: 3px;
    padding: 16px 20px;
    margin-bottom: 16px;
    box-shadow: 0 1px 1px rgba(0, 0, 0, 0.1);
    overflow-x: auto;
    h3 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
    h4 { margin: 12px 0 8px; font-size: 15px; font-weight: 600; }
    p { margin: 0 0 8px; }
`;

export const Row = styled.div`
    display: flex;
    gap: 8px;
    align-items: center;
    flex-wrap: wrap;
    margin-bottom: 8px;
`;

export const Muted = styled.span`
    color: #777;
    font-size: 12px;
`;
