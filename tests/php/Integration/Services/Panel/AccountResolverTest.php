<?php

namespace Tiergate\Tests\Integration\Services\Panel;

use Pterodactyl\Models\User;
use Pterodactyl\Rules\Username;
use Tiergate\Tests\IntegrationTestCase;
use Illuminate\Support\Facades\Notification;
use Pterodactyl\Notifications\AccountCreated;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\BillingState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SubscriptionState;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\AccountResolver;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\AccountBelongsToAnotherSubscriberException;

class AccountResolverTest extends IntegrationTestCase
{
    private function state(string $customerId, string $email): SubscriptionState
    {
        return new SubscriptionState('sub_1', $customerId, $email, BillingState::Active, 'frost-knight', null, firstName: 'Alex', lastName: 'Stone');
    }

    private function user(array $attributes): User
    {
        $user = new User();
        $user->forceFill($attributes + ['uuid' => (string) \Illuminate\Support\Str::uuid(), 'name_first' => 'A', 'name_last' => 'B', 'password' => 'x'])->save();

        return $user;
    }

    public function testTheExternalIdMustMatchExactlyNotAsAPrefix(): void
    {
        Notification::fake();
        $this->user(['username' => 'prefix', 'email' => 'prefix@example.com', 'external_id' => 'paymenter:4']);
        $exact = $this->user(['username' => 'exact', 'email' => 'exact@example.com', 'external_id' => 'paymenter:42']);

        $account = app(AccountResolver::class)->findOrCreate($this->state('42', 'someone-else@example.com'));

        $this->assertSame($exact->id, $account->user_id);
        $this->assertTrue($account->created_by_tiergate);
        Notification::assertNothingSent();
    }

    public function testAnAccountWithTheSameEmailIsLinkedCaseInsensitivelyAndLeftUnchanged(): void
    {
        Notification::fake();
        $existing = $this->user(['username' => 'sam', 'email' => 'sam@example.com']);
        $before = $existing->fresh()->getAttributes();

        $account = app(AccountResolver::class)->findOrCreate($this->state('77', 'SAM@Example.com'));

        $this->assertSame($existing->id, $account->user_id);
        $this->assertFalse($account->created_by_tiergate);
        $this->assertSame($before, $existing->fresh()->getAttributes());
    }

    public function testANewCustomerGetsAnAccountThroughThePanelsServiceAndItsSetupEmail(): void
    {
        Notification::fake();
        $this->user(['username' => 'alex.stone', 'email' => 'taken@example.com']);

        $account = app(AccountResolver::class)->findOrCreate($this->state('99', 'Alex.Stone@Example.com'));
        $user = $account->user;

        $this->assertTrue($account->created_by_tiergate);
        $this->assertSame('paymenter:99', $user->external_id);
        $this->assertSame('alex.stone@example.com', $user->email);
        $this->assertSame('alex.stone-2', $user->username);
        $this->assertMatchesRegularExpression(Username::VALIDATION_REGEX, $user->username);
        Notification::assertSentTo($user, AccountCreated::class, fn (AccountCreated $n) => $n->token !== null);
    }

    public function testTheLinkIsRememberedSoASecondLookupFindsTheSameAccount(): void
    {
        Notification::fake();
        $first = app(AccountResolver::class)->findOrCreate($this->state('55', 'once@example.com'));
        $second = app(AccountResolver::class)->findOrCreate($this->state('55', 'changed@example.com'));
        $this->assertSame($first->user_id, $second->user_id);
        Notification::assertSentTimes(AccountCreated::class, 1);
    }

    /** users.external_id is utf8mb4_unicode_ci: case, NFD and a trailing space all compare equal there. */
    public static function lookalikeCustomerIds(): array
    {
        return ['case' => ['abc', 'ABC'], 'normalization' => ["caf\u{00E9}", "cafe\u{0301}"], 'trailing space' => ['abc', 'abc ']];
    }

    /** @dataProvider lookalikeCustomerIds */
    public function testAnExternalIdThatOnlyLooksTheSameIsNotTheCustomersAccount(string $existing, string $customerId): void
    {
        Notification::fake();
        $other = $this->user(['username' => 'other', 'email' => 'other@example.com', 'external_id' => "paymenter:{$existing}"]);

        $account = app(AccountResolver::class)->findOrCreate($this->state($customerId, 'lookalike@example.com'));

        $this->assertNotSame($other->id, $account->user_id);
        $this->assertSame('lookalike@example.com', $account->user->email);
        $this->assertSame('other@example.com', $other->fresh()->email);
        $this->assertSame('paymenter:sha256:' . hash('sha256', $customerId), $account->user->external_id);

        // Found again by that external id alone, once the link row is gone.
        $account->delete();
        $this->assertSame($account->user_id, app(AccountResolver::class)->findOrCreate($this->state($customerId, 'x@example.com'))->user_id);
    }

    public function testTheCustomersExternalIdWinsOverAnotherAccountWithTheirEmail(): void
    {
        Notification::fake();
        $this->user(['username' => 'same-email', 'email' => 'robin@example.com']);
        $ours = $this->user(['username' => 'ours', 'email' => 'old-address@example.com', 'external_id' => 'paymenter:55']);

        $account = app(AccountResolver::class)->findOrCreate($this->state('55', 'robin@example.com'));

        $this->assertSame($ours->id, $account->user_id);
        $this->assertTrue($account->created_by_tiergate);
    }

    public function testAnAccountLinkedToAnotherSubscriberIsNotLinkedAgain(): void
    {
        Notification::fake();
        $this->user(['username' => 'shared', 'email' => 'shared@example.com']);
        app(AccountResolver::class)->findOrCreate($this->state('first', 'shared@example.com'));

        try {
            app(AccountResolver::class)->findOrCreate($this->state('second', 'Shared@example.com'));
            $this->fail('a second subscriber was linked to the same account');
        } catch (AccountBelongsToAnotherSubscriberException $e) {
            $this->assertStringContainsString('first', $e->getMessage());
        }
        $this->assertNull(app(AccountResolver::class)->find('second'));
    }
}
