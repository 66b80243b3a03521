import { useState } from 'react';
import { describeError } from '../../api/http';
import type { Template } from '../../api/models';
import { deleteTemplate } from '../../api/templates';
import { ConfirmButton } from '../elements/ConfirmButton';
import { Notice } from '../elements/ErrorMessage';

/** Deletes after an inline confirmation that says who loses what. */
export function TemplateDeleteButton({
    template,
    onDeleted,
}: {
    template: Template;
    onDeleted: (t: Template) => void;
}) {
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<string | null>(null);

    const consequence = template.products.length
        ? `Subscribers of ${template.products.join(', ')} lose this tier's access to its ${template.serversMatched} server(s) right away, and ${template.products.length === 1 ? 'that product becomes' : 'those products become'} unmapped.`
        : 'No product uses it, so nobody loses access.';

    const remove = () => {
        setBusy(true);
        setError(null);
        deleteTemplate(template.id).then(
            () => onDeleted(template),
            (e) => {
                setError(describeError(e).message);
                setBusy(false);
            },
        );
    };

    return (
        <div>
            <ConfirmButton
                label={'Delete'}
                small
                busy={busy}
                question={
                    <>
                        Delete the role template <strong>{template.name}</strong>? {consequence}
                    </>
                }
                confirmLabel={'Delete template'}
                onConfirm={remove}
            />
            {error && <Notice tone={'error'}>{error}</Notice>}
        </div>
    );
}
