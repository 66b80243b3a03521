import { useSubscriberGame } from '../../api/game';
import { describeError } from '../../api/http';
import { Card, Muted } from '../elements/Card';
import { Spinner } from '../elements/Spinner';
import { GameNamePanel } from './GameNamePanel';
import { PendingCommands } from './PendingCommands';

/** The subscriber page's in-game part: the name and the console commands per server. */
export function InGameCard({ customerId }: { customerId: string }) {
    const { game, error, mutate } = useSubscriberGame(customerId);
    return (
        <Card title={'In game'}>
            {/* Not an alert: the rest of the page is what the admin came for. */}
            {error && <Muted>The in-game side could not be loaded: {describeError(error).message}</Muted>}
            {!game && !error && <Spinner label={'Loading the in-game side…'} />}
            {game && (
                <>
                    <GameNamePanel customerId={customerId} game={game} onSaved={() => void mutate()} />
                    <h4>Console commands</h4>
                    <PendingCommands commands={game.commands} />
                </>
            )}
        </Card>
    );
}
