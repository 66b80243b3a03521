import { findPlaceholders, PLACEHOLDER_TOKENS } from '../../tools/build/placeholders';

describe('the Blueprint placeholder check', () => {
    it('finds every token Blueprint rewrites', () => {
        for (const token of PLACEHOLDER_TOKENS) {
            expect(findPlaceholders(`var a = "x${token}y";`).map((h) => h.token)).toContain(token);
        }
    });

    it('reports where a token sits so the bundle can be fixed', () => {
        const [hit] = findPlaceholders('t("Hello {name}, welcome")');
        expect(hit).toMatchObject({ token: '{name}', offset: 9 });
        expect(hit!.context).toContain('Hello {name}');
    });

    it('ignores escaped tokens and look-alikes', () => {
        expect(findPlaceholders('!{name} {names} {Name} {{ name }} {root2}')).toEqual([]);
    });
});
