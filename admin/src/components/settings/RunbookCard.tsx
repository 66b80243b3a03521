import { Card } from '../elements/Card';

/** The headings of docs/operations.md: the panel cannot serve the file, so this says where it is and what it covers. */
export const RUNBOOK_SECTIONS = [
    'Go-live checklist',
    'Pause',
    'Rollback plan',
    'Manual overrides',
    'Incident playbooks',
] as const;

export function RunbookCard() {
    return (
        <Card title={'Operations runbook'} testId={'runbook'}>
            <p>
                Operations runbook: <code>docs/operations.md</code> in the Tiergate package. Every step there is an
                exact command, for any hour:
            </p>
            <ul>
                {RUNBOOK_SECTIONS.map((section) => (
                    <li key={section}>{section}</li>
                ))}
            </ul>
        </Card>
    );
}
