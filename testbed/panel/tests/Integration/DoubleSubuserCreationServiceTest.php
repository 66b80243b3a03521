<?php

namespace Pterodactyl\Tests\Integration;

use Illuminate\Support\Facades\Notification;
use Pterodactyl\Exceptions\Service\Subuser\ServerSubuserExistsException;
use Pterodactyl\Exceptions\Service\Subuser\UserIsServerOwnerException;
use Pterodactyl\Models\User;
use Pterodactyl\Notifications\AccountCreated;
use Pterodactyl\Notifications\AddedToServer;
use Pterodactyl\Services\Subusers\SubuserCreationService;

/** The double's SubuserCreationService behaves like the panel's. */
class DoubleSubuserCreationServiceTest extends DoubleIntegrationTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
    }

    public function testTheServerOwnerIsRefused(): void
    {
        $this->expectException(UserIsServerOwnerException::class);
        $this->app->make(SubuserCreationService::class)->handle($this->server('frost-hub'), 'house@tiergate.test', ['control.console']);
    }

    public function testAnExistingSubuserIsRefused(): void
    {
        $this->expectException(ServerSubuserExistsException::class);
        $this->app->make(SubuserCreationService::class)->handle($this->server('fire-hub'), 'player@tiergate.test', ['control.start']);
    }

    public function testAnExistingUserBecomesASubuserAndIsMailed(): void
    {
        $subuser = $this->app->make(SubuserCreationService::class)->handle($this->server('beta-lab'), 'player@tiergate.test', ['control.console', 'control.console']);

        $this->assertSame(['control.console'], $subuser->fresh()->permissions);
        Notification::assertSentTo($this->user('player'), AddedToServer::class);
    }

    public function testAnUnknownEmailGetsANewAccountWithASetupLink(): void
    {
        $subuser = $this->app->make(SubuserCreationService::class)->handle($this->server('beta-lab'), 'New.Person+x@example.com', ['websocket.connect']);

        $user = User::query()->findOrFail($subuser->user_id);
        $this->assertMatchesRegularExpression('/^new\.personx[a-z0-9]{3}$/', $user->username);
        $this->assertSame(['Server', 'Subuser'], [$user->name_first, $user->name_last]);
        Notification::assertSentTo($user, AccountCreated::class, fn (AccountCreated $mail) => $mail->token !== null);
        Notification::assertSentTo($user, AddedToServer::class);
    }
}
