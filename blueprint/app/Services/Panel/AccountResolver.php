<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel;

use Pterodactyl\Models\User;
use Illuminate\Database\QueryException;
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
        $found = $this->findOrMatch($latest);

        return match (true) {
            $found instanceof Account => $found,
            $found instanceof AccountMatch => $this->link($latest->customerId, $found),
            default => $this->createAndLink($latest),
        };
    }

    /**
     * The linked account, or the existing panel account to link (nothing written), or null when there is none and
     * one must be made: a reconcile writes a link in its own transaction, so linking costs no commit of its own.
     */
    public function findOrMatch(SubscriptionState $latest): Account|AccountMatch|null
    {
        if ($account = $this->find($latest->customerId)) {
            return $account;
        }

        $forms = CustomerExternalId::candidates($latest->customerId);
        $candidates = $this->usersMatching($forms, $latest->customerEmail);
        foreach ($forms as $externalId) {
            // users.external_id is utf8mb4_unicode_ci: the index finds the candidates, PHP keeps only the exact one.
            if ($user = $candidates->first(fn (User $user) => $user->external_id === $externalId)) {
                return new AccountMatch($user, createdByTiergate: true);
            }
        }

        // An email matches whatever its letter case, and nothing else: the column's unicode_ci collation lets the
        // unique index find the candidates (it also folds accents and trailing spaces), PHP keeps the one equal but for case.
        $wanted = mb_strtolower($latest->customerEmail);
        if ($user = $candidates->first(fn (User $user) => mb_strtolower($user->email) === $wanted)) {
            return new AccountMatch($user, createdByTiergate: false);
        }

        return null;
    }

    /** A new account made by the panel's own UserCreationService (it mails the setup link once committed), linked. */
    public function createAndLink(SubscriptionState $latest): Account
    {
        return $this->link($latest->customerId, new AccountMatch($this->create($latest), createdByTiergate: true));
    }

    /**
     * Every account that may be the customer's, in one query: those whose external_id or email equals one of theirs
     * under the columns' collation.
     *
     * @param string[] $externalIds
     *
     * @return Collection<int, User>
     */
    private function usersMatching(array $externalIds, string $email): Collection
    {
        return User::query()->whereIn('external_id', $externalIds)->orWhere('email', $email)->get();
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

    public function link(string $customerId, AccountMatch $match): Account
    {
        $user = $match->user;
        try {
            /** @var Account $account */
            $account = Account::query()->create(['customer_id' => $customerId, 'user_id' => $user->id, 'created_by_tiergate' => $match->createdByTiergate]);
        } catch (QueryException $e) {
            // An account is linked to one subscriber: the unique user_id refused a second one, asked for only now.
            $other = Account::query()->where('user_id', $user->id)->value('customer_id');
            if ($other !== null && $other !== $customerId) {
                throw AccountBelongsToAnotherSubscriberException::for($customerId, $user->email, $other);
            }
            throw $e;
        }
        $account->setRelation('user', $user);

        return $account;
    }
}
