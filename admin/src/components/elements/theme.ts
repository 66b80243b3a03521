/**
 * AdminLTE 2's palette, so the page looks like the rest of the panel's admin area, plus the darker shades its
 * small text needs: every colour that text is drawn in meets WCAG AA (4.5:1) on the backgrounds it sits on
 * (tests/unit/admin/contrast.test.ts computes each ratio from these tokens).
 */
export const colors = {
    primary: '#3c8dbc',
    primaryDark: '#367fa9',
    success: '#00a65a',
    warning: '#f39c12',
    danger: '#dd4b39',
    dangerDark: '#d73925',
    /** Secondary text: hints, times, the footer (AdminLTE's #777 is 4.48:1 on white and 3.91:1 on the page). */
    muted: '#666666',
    /** Ticks and "done" text (AdminLTE's green is 3.18:1 on white). */
    successText: '#007a42',
    /** Error and refusal text (Bootstrap's text-danger). */
    dangerText: '#a94442',
    /** Links and link-buttons in text (AdminLTE's #3c8dbc is 3.67:1 on white). */
    link: '#2e6f96',
    border: '#d2d6de',
    light: '#f4f4f4',
    text: '#333333',
    strong: '#222222',
    label: '#555555',
    control: '#444444',
    white: '#ffffff',
    /** The admin area's background, around the boxes. */
    page: '#ecf0f5',
    /** A row or box that needs attention. */
    problem: '#fdf2f1',
    problemBorder: '#f2c6c0',
    successTint: '#eefaf3',
    warningTint: '#fef8ec',
    infoTint: '#f0f7fb',
    bannerTint: '#eaf3f9',
    code: '#444444',
    preBackground: '#f7f7f7',
    rule: '#eeeeee',
    buttonBorder: '#dddddd',
    inputBackground: '#fafafa',
    shadow: 'rgba(0, 0, 0, 0.1)',
} as const;

/** Badge backgrounds, each dark enough for white 11px bold text (AA 4.5:1). */
export const badgeColors = {
    success: '#007a42',
    warning: '#9a5f00',
    info: '#2e6f96',
    danger: '#c23321',
    neutral: '#666666',
} as const;

export const badgeText = colors.white;

/** Where the layout switches to one column and table rows become cards. */
export const NARROW = '767px';
