<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\AccountBelongsToAnotherCustomerException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\Models\User;
use Pterodactyl\Services\Users\UserCreationService;

/**
 * The customer's panel account: the one already linked; else the one whose external_id is exactly
 * `paymenter:{customer id}`; else the one with the same email (case-insensitive), linked but left unchanged;
 * else a new one made by the panel's own UserCreationService, so the customer gets the panel's setup email.
 */
class AccountResolver
{
    public function __construct(private UserCreationService $creation, private UsernameGenerator $usernames)
    {
    }

    public static function externalId(string $customerId): string
    {
        return "paymenter:{$customerId}";
    }

    public function find(string $customerId): ?Account
    {
        return Account::query()->with('user')->where('customer_id', $customerId)->first();
    }

    public function findOrCreate(SubscriptionState $latest): Account
    {
        if ($account = $this->find($latest->customerId)) {
            return $account;
        }

        $user = User::query()->where('external_id', self::externalId($latest->customerId))->first();
        if ($user !== null) {
            return $this->link($latest->customerId, $user, createdByTiergate: true);
        }

        $user = User::query()->whereRaw('LOWER(email) = ?', [strtolower($latest->customerEmail)])->first();
        if ($user !== null) {
            return $this->link($latest->customerId, $user, createdByTiergate: false);
        }

        $user = $this->creation->handle([
            'email' => strtolower($latest->customerEmail),
            'username' => $this->usernames->for($latest->customerEmail),
            'name_first' => $latest->firstName ?: 'Subscriber',
            'name_last' => $latest->lastName ?: $latest->customerId,
            'external_id' => self::externalId($latest->customerId),
            'root_admin' => false,
        ]);

        return $this->link($latest->customerId, $user, createdByTiergate: true);
    }

    private function link(string $customerId, User $user, bool $createdByTiergate): Account
    {
        $other = Account::query()->where('user_id', $user->id)->value('customer_id');
        if ($other !== null) {
            throw AccountBelongsToAnotherCustomerException::for($customerId, $user->email, $other);
        }
        $account = Account::query()->create(['customer_id' => $customerId, 'user_id' => $user->id, 'created_by_tiergate' => $createdByTiergate]);
        $account->setRelation('user', $user);

        return $account;
    }
}
