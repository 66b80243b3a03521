import { useState } from 'react';
import { describeError } from '../../api/http';
import type { Template } from '../../api/models';
import { deleteTemplate } from '../../api/templates';
import { Button } from '../elements/Button';

export function TemplateDeleteButton({ template, onDeleted }: { template: Template; onDeleted: () => void }) {
    const [busy, setBusy] = useState(false);
    const remove = () => {
        const consequence = template.products.length
            ? `Subscribers of ${template.products.join(', ')} lose this tier's access on the next reconcile, and those products become unmapped.`
            : 'No product uses it.';
        if (!window.confirm(`Delete the template "${template.name}"? ${consequence}`)) return;
        setBusy(true);
        deleteTemplate(template.id).then(onDeleted, (e) => window.alert(describeError(e).message)).finally(() => setBusy(false));
    };
    return <Button type={'button'} $variant={'danger'} onClick={remove} disabled={busy}>Delete</Button>;
}
