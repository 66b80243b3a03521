/** AdminLTE 2's palette, so the page looks like the rest of the panel's admin area. */
export const colors = {
    primary: '#3c8dbc',
    primaryDark: '#367fa9',
    success: '#00a65a',
    warning: '#f39c12',
    danger: '#dd4b39',
    dangerDark: '#d73925',
    muted: '#777',
    border: '#d2d6de',
    light: '#f4f4f4',
    text: '#333',
} as const;
