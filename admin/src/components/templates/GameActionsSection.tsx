import { useEffect, useState } from 'react';
import { describeError } from '../../api/http';
import { type CommandPreview, previewCommands, type TemplateValues } from '../../api/templates';
import { Field } from '../elements/Field';
import { useDebounced } from '../elements/useDebounced';
import { CommandPreviewTable } from './CommandPreviewTable';
import { GameActionsEditor } from './GameActionsEditor';

/**
 * The template editor's in-game part: the actions, and the exact commands they would send for a sample player on
 * each server, rendered by the panel (asked again 400 ms after the last change).
 */
export function GameActionsSection({
    values,
    onChange,
    errors,
    disabled,
    delayMs = 400,
}: {
    values: TemplateValues;
    onChange: (gameActions: TemplateValues['gameActions']) => void;
    errors: Record<string, string>;
    disabled?: boolean;
    delayMs?: number;
}) {
    const [player, setPlayer] = useState('Steve');
    const settled = useDebounced(JSON.stringify({ values, player }), delayMs);
    const [preview, setPreview] = useState<CommandPreview | { error: string } | null>(null);

    useEffect(() => {
        let current = true;
        const asked = JSON.parse(settled) as { values: TemplateValues; player: string };
        if (asked.player.trim() === '') return setPreview({ error: 'Type a sample player name to see the commands.' });
        previewCommands(asked.values, asked.player).then(
            (p) => current && setPreview(p),
            (e) => current && setPreview({ error: describeError(e).message }),
        );
        return () => {
            current = false; // an older answer arriving late must not overwrite a newer one
        };
    }, [settled]);

    return (
        <>
            <GameActionsEditor
                actions={values.gameActions}
                onChange={onChange}
                templateKey={values.key}
                servers={preview && 'servers' in preview ? preview.servers : null}
                errors={errors}
                disabled={disabled}
            />
            <Field
                label={'Sample player'}
                hint={'The commands below are exactly what the panel would send for this in-game name.'}
            >
                <input type={'text'} maxLength={64} value={player} onChange={(e) => setPlayer(e.target.value)} />
            </Field>
            <div aria-live={'polite'} data-testid={'command-preview-box'}>
                {preview === null && <span>Rendering the commands…</span>}
                {preview && 'error' in preview && <span>{preview.error}</span>}
                {preview && 'rows' in preview && <CommandPreviewTable preview={preview} player={player} />}
            </div>
        </>
    );
}
