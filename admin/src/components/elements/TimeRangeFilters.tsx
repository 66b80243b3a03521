import { Button } from './Button';
import { DateTimeInput } from './DateTimeInput';

export interface TimeRange {
    since: string;
    until: string;
}

/** The end of a FilterBar: Since and Until, then "Clear filters" while any filter is set (`onClear` null: none). */
export function TimeRangeFilters({
    range,
    onChange,
    onClear,
}: {
    range: TimeRange;
    onChange: (range: Partial<TimeRange>) => void;
    onClear: (() => void) | null;
}) {
    return (
        <>
            <label>
                Since
                <DateTimeInput label={'Since'} value={range.since} onChange={(since) => onChange({ since })} />
            </label>
            <label>
                Until
                <DateTimeInput label={'Until'} value={range.until} onChange={(until) => onChange({ until })} />
            </label>
            {onClear && (
                <div>
                    <Button $variant={'link'} onClick={onClear}>
                        Clear filters
                    </Button>
                </div>
            )}
        </>
    );
}
