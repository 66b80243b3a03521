<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\User;
use Illuminate\Database\Eloquent\Collection;
use Pterodactyl\Services\Users\UserCreationService;
use Pterodactyl\Exceptions\Model\DataValidationException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\AccountCannotBeCreatedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\AccountBelongsToAnotherSubscriberException;

/**
 * The customer's panel account: the one already linked; else the one whose external_id is byte for byte one of the
 * customer's forms (CustomerExternalId); else the one with the same email (case-insensitive), linked but left
 * unchanged; else a new one made by the panel's own UserCreationService, so the customer gets the setup email.
 */
class AccountResolver
{
    public function __construct(
        private UserCreationService $creation,
        private UsernameGenerator $usernames,
        private TransactionGuard $guard,
    ) {
    }

    public static function externalId(string $customerId): string
    {
        return CustomerExternalId::preferred($customerId);
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

        foreach (CustomerExternalId::candidates($latest->customerId) as $externalId) {
            if ($user = $this->userWithExternalId($externalId)) {
                return $this->link($latest->customerId, $user, createdByTiergate: true);
            }
        }

        $user = $this->userWithEmail($latest->customerEmail);
        if ($user !== null) {
            return $this->link($latest->customerId, $user, createdByTiergate: false);
        }

        return $this->link($latest->customerId, $this->create($latest), createdByTiergate: true);
    }

    /**
     * An email matches whatever its letter case, and nothing else: the column's unicode_ci collation lets the unique
     * index find the candidates (it also folds accents and trailing spaces), PHP keeps the one equal but for case.
     */
    private function userWithEmail(string $email): ?User
    {
        $wanted = mb_strtolower($email);

        /** @var Collection<int, User> $candidates */
        $candidates = User::query()->where('email', $email)->get();

        return $candidates->first(fn (User $user) => mb_strtolower($user->email) === $wanted);
    }

    /** users.external_id is utf8mb4_unicode_ci: the index finds the candidates, BINARY keeps only the exact one. */
    private function userWithExternalId(string $externalId): ?User
    {
        return User::query()->where('external_id', $externalId)->whereRaw('BINARY external_id = ?', [$externalId])->first();
    }

    private function create(SubscriptionState $latest): User
    {
        // The first form no other account holds under the panel's own comparison, which its unique rule uses.
        $externalId = collect(CustomerExternalId::candidates($latest->customerId))
            ->first(fn (string $id) => !User::query()->where('external_id', $id)->exists());
        try {
            return $this->guard->run(fn () => $this->creation->handle([
                'email' => mb_strtolower($latest->customerEmail),
                'username' => $this->usernames->for($latest->customerEmail),
                'name_first' => AccountNames::first($latest->firstName),
                'name_last' => AccountNames::last($latest->lastName, $latest->customerId),
                'external_id' => $externalId ?? CustomerExternalId::preferred($latest->customerId),
                'root_admin' => false,
            ]));
        } catch (DataValidationException $e) {
            throw AccountCannotBeCreatedException::refused($latest->customerId, implode(' ', $e->getValidator()->errors()->all()));
        }
    }

    private function link(string $customerId, User $user, bool $createdByTiergate): Account
    {
        $other = Account::query()->where('user_id', $user->id)->value('customer_id');
        if ($other !== null) {
            throw AccountBelongsToAnotherSubscriberException::for($customerId, $user->email, $other);
        }
        /** @var Account $account */
        $account = Account::query()->create(['customer_id' => $customerId, 'user_id' => $user->id, 'created_by_tiergate' => $createdByTiergate]);
        $account->setRelation('user', $user);

        return $account;
    }
}
