/** WCAG AA for the page's text, computed from the theme tokens the components draw with. */
import { TONES } from '../../../admin/src/components/elements/Badge';
import { badgeColors, badgeText, colors } from '../../../admin/src/components/elements/theme';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
};

const AA = 4.5;

describe('contrast (WCAG AA, 4.5:1 for text)', () => {
    it('knows the figures the issue measured on the old palette', () => {
        expect(contrast('#00a65a', '#ffffff')).toBeCloseTo(3.18, 2); // the green badge
        expect(contrast('#777777', '#ecf0f5')).toBeCloseTo(3.91, 2); // the footer tagline on the admin page
    });

    it.each(Object.entries(TONES))('badge %s: white text on its colour', (_tone, background) => {
        expect(Object.values(badgeColors)).toContain(background);
        expect(contrast(badgeText, background)).toBeGreaterThanOrEqual(AA);
    });

    it.each(Object.entries(badgeColors))('badge colour %s', (_name, background) => {
        expect(contrast(badgeText, background)).toBeGreaterThanOrEqual(AA);
    });

    const backgrounds = {
        white: colors.white,
        light: colors.light,
        page: colors.page,
        problem: colors.problem,
        infoTint: colors.infoTint,
        successTint: colors.successTint,
        warningTint: colors.warningTint,
        bannerTint: colors.bannerTint,
    };
    const texts = {
        text: colors.text,
        muted: colors.muted,
        dangerText: colors.dangerText,
        successText: colors.successText,
        link: colors.link,
        label: colors.label,
        control: colors.control,
        code: colors.code,
    };
    const pairs = Object.entries(texts).flatMap(([t, fg]) =>
        Object.entries(backgrounds).map(([b, bg]) => [`${t} on ${b}`, fg, bg] as const),
    );

    it.each(pairs)('%s', (_pair, foreground, background) => {
        expect(contrast(foreground, background)).toBeGreaterThanOrEqual(AA);
    });
});
