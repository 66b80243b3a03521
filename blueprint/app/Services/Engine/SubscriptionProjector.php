<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine;

use Carbon\CarbonImmutable;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\Template;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\DesiredAccess;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\LogConditions;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Search\SearchTermIndex;

/** Writes the listing rows (tiergate_subscriptions) and their search terms from the folded states; both can always be rebuilt. */
class SubscriptionProjector
{
    public function __construct(private LogConditions $conditions, private SearchTermIndex $searchTerms)
    {
    }

    /**
     * @param array<string, SubscriptionState> $states
     * @param array{byProduct: array<string, Template>, byKey: array<string, Template>} $catalogue
     * @param array<int, string> $outcomes server id → log outcome (0: the account itself)
     * @param string|null $attention why nothing could be applied at all, shown to the admin as it is
     * @param bool $accountRead whether the caller read the customer's account ($account, with its panel user; null if
     *                          there is none), which the search terms need; otherwise they read it themselves
     */
    public function project(array $states, array $catalogue, ?int $userId, array $outcomes, CarbonImmutable $now, ?string $attention = null, ?Account $account = null, bool $accountRead = false): void
    {
        $problems = array_filter($outcomes, fn (string $o) => $o === LogEntry::OUTCOME_FAILED || $o === LogEntry::OUTCOME_CONFLICT);
        $lastError = $attention ?? ($problems === [] ? null : count($problems) . ' server(s) could not be brought in line; see the provisioning log.');
        $rows = [];
        foreach ($states as $subscriptionId => $state) {
            $template = DesiredAccess::templateFor($state, $catalogue['byProduct'], $catalogue['byKey']);
            $rows[] = [
                // PHP turns a numeric-string array key into an int; the id goes back to the database as the string it was.
                'subscription_id' => (string) $subscriptionId,
                'customer_id' => $state->customerId,
                'customer_email' => $state->customerEmail,
                'product_key' => $state->productKey,
                'template_key' => $template?->key,
                'tier_name' => $template?->name,
                'state' => $state->state->value,
                'cause' => $state->cause->value,
                'reason' => $template === null ? 'unmapped product: nothing is granted until it is mapped to a template' : $state->reason(),
                'grace_until' => $state->graceUntil,
                'access_until' => $state->accessUntil,
                'next_change_at' => $state->nextChangeAt,
                'user_id' => $userId,
                'needs_attention' => (int) ($lastError !== null),
                'last_error' => $lastError === null ? null : mb_strimwidth($lastError, 0, 1000, '…'),
                'reconciled_at' => $now,
            ];
        }
        if ($rows !== []) {
            // One statement for all of the customer's rows, new or not (subscription_id is unique).
            Subscription::query()->upsert($rows, ['subscription_id'], array_keys(array_diff_key($rows[0], ['subscription_id' => true])));
            $values = array_merge(...array_map(fn (SubscriptionState $s) => [$s->subscriptionId, $s->customerId, $s->customerEmail, $s->gameUsername], array_values($states)));
            $this->searchTerms->refresh($rows[0]['customer_id'], $values, $userId, $account, $accountRead);
        }

        if ($states !== []) {
            // Conditions met again by this pass (a conflict, a change shadow mode would make) stand; others are over.
            $conflicted = array_keys(array_filter($outcomes, fn (string $o) => $o === LogEntry::OUTCOME_CONFLICT || $o === LogEntry::OUTCOME_SHADOW));
            $this->conditions->settle(reset($states)->customerId, $conflicted, $userId !== null);
        }
    }
}
