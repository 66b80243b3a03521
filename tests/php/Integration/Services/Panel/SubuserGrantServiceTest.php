<?php

namespace Tiergate\Tests\Integration\Services\Panel;

use Mockery;
use GuzzleHttp\Psr7\Request;
use Pterodactyl\Models\User;
use Pterodactyl\Models\Server;
use Pterodactyl\Models\Subuser;
use Tiergate\Tests\IntegrationTestCase;
use GuzzleHttp\Exception\ConnectException;
use Illuminate\Support\Facades\Notification;
use Pterodactyl\Notifications\AddedToServer;
use Illuminate\Contracts\Encryption\DecryptException;
use Pterodactyl\Repositories\Wings\DaemonServerRepository;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Grant;
use Pterodactyl\Exceptions\Http\Connection\DaemonConnectionException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\LogEntry;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\PlannedChange;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SubuserGrantService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\TokenRevocationService;

/** Wings is faked here, as in the panel's own subuser tests; the e2e suite uses the Wings double instead. */
class SubuserGrantServiceTest extends IntegrationTestCase
{
    private User $user;
    private Server $server;
    private Mockery\MockInterface $daemon;

    protected function setUp(): void
    {
        parent::setUp();
        Notification::fake();
        $this->user = new User();
        $this->user->forceFill(['uuid' => (string) \Illuminate\Support\Str::uuid(), 'username' => 'grantee', 'email' => 'grantee@example.com', 'name_first' => 'G', 'name_last' => 'R', 'password' => 'x'])->save();
        $this->server = Server::query()->where('external_id', 'frost-hub')->firstOrFail();
        $this->daemon = \Mockery::mock(DaemonServerRepository::class);
        $this->app->instance(DaemonServerRepository::class, $this->daemon);
    }

    private function apply(string $action, array $before, array $after, bool $emails = false): string
    {
        return $this->applyLogged($action, $before, $after, $emails)->outcome;
    }

    private function applyLogged(string $action, array $before, array $after, bool $emails = false): LogEntry
    {
        return app(SubuserGrantService::class)->apply(new PlannedChange($action, $this->server->id, $before, $after), $this->user, 'cus_1', Trigger::command('test'), $emails);
    }

    private function flush(array $entries = []): int
    {
        return app(TokenRevocationService::class)->flush($this->user->id, entries: $entries);
    }

    private function row(): ?Subuser
    {
        return Subuser::query()->where('user_id', $this->user->id)->where('server_id', $this->server->id)->first();
    }

    public function testAGrantCreatesTheSubuserRowQuietlyAndRemembersIt(): void
    {
        $this->daemon->shouldNotReceive('setServer');
        $this->assertSame(LogEntry::OUTCOME_OK, $this->apply('grant', [], ['control.console', 'websocket.connect']));

        $this->assertSame(['control.console', 'websocket.connect'], $this->row()->permissions);
        $this->assertSame($this->row()->id, Grant::query()->where('user_id', $this->user->id)->value('subuser_id'));
        Notification::assertNothingSent();
        $this->assertDatabaseHas('activity_logs', ['event' => 'tiergate:access.granted']);
    }

    public function testThePerServerEmailIsSentWhenTheAdminTurnsItOn(): void
    {
        $this->apply('grant', [], ['websocket.connect'], emails: true);
        Notification::assertSentTo($this->user, AddedToServer::class);
    }

    public function testAnUpdateChangesThePermissionsAndOwesARevocationOfTheUsersTokensOnThatServer(): void
    {
        $this->apply('grant', [], ['websocket.connect']);
        $this->daemon->expects('setServer')->with(\Mockery::on(fn ($s) => $s->id === $this->server->id))->andReturnSelf();
        $this->daemon->expects('revokeUserJTI')->with($this->user->id)->once();
        $this->assertSame(LogEntry::OUTCOME_OK, $this->apply('update', ['websocket.connect'], ['control.start', 'websocket.connect']));
        $this->assertSame(['control.start', 'websocket.connect'], $this->row()->permissions);
        $this->assertTrue(Grant::query()->where('user_id', $this->user->id)->value('revocation_pending'), 'owed until flushed');

        $this->assertSame(0, $this->flush());
        $this->assertFalse(Grant::query()->where('user_id', $this->user->id)->value('revocation_pending'));
    }

    public function testARevokeDeletesTheRowAndTheGrantOnceTheTokensAreRevoked(): void
    {
        $this->apply('grant', [], ['websocket.connect']);
        $this->daemon->expects('setServer')->andReturnSelf();
        $this->daemon->expects('revokeUserJTI')->with($this->user->id);

        $this->apply('revoke', ['websocket.connect'], []);
        $this->assertNull($this->row());
        $this->assertSame(1, Grant::query()->where('user_id', $this->user->id)->whereNull('subuser_id')->count(), 'kept until Wings has revoked');
        $this->flush();
        $this->assertSame(0, Grant::query()->where('user_id', $this->user->id)->count());
    }

    public function testWhenWingsIsDownTheRevokeStandsAndTheRevocationWaitsWithBackoff(): void
    {
        $this->apply('grant', [], ['websocket.connect']);
        $down = new DaemonConnectionException(new ConnectException('refused', new Request('POST', '/')));
        $this->daemon->expects('setServer')->twice()->andReturnSelf();
        $this->daemon->expects('revokeUserJTI')->once()->andThrow($down);
        $this->daemon->expects('revokeUserJTI')->once();

        $entry = $this->applyLogged('revoke', ['websocket.connect'], []);
        $this->assertSame(1, $this->flush([$this->server->id => $entry]));
        $this->assertNull($this->row());
        $grant = Grant::query()->where('user_id', $this->user->id)->firstOrFail();
        $this->assertTrue($grant->revocation_pending);
        $this->assertSame(1, $grant->revocation_attempts);
        $this->assertEqualsWithDelta(now()->addMinute()->getTimestamp(), $grant->revocation_next_at->getTimestamp(), 5);
        $this->assertDatabaseHas('tiergate_log', ['action' => 'revoke', 'outcome' => 'ok', 'error' => 'Wings was unreachable; token revocation is pending and will be retried.']);

        $this->assertSame(0, app(TokenRevocationService::class)->flush($this->user->id, dueOnly: true), 'nothing is due yet');
        $this->assertSame(0, $this->flush());
        $this->assertSame(0, Grant::query()->where('user_id', $this->user->id)->count());
    }

    public function testANodeKeyThatCannotBeDecryptedLeavesTheRevocationPendingInsteadOfFailingTheReconcile(): void
    {
        $this->apply('grant', [], ['websocket.connect']);
        $this->daemon->expects('setServer')->once()->andReturnSelf();
        $this->daemon->expects('revokeUserJTI')->once()->andThrow(new DecryptException('The MAC is invalid.'));

        $entry = $this->applyLogged('revoke', ['websocket.connect'], []);
        $this->assertSame(1, $this->flush([$this->server->id => $entry]));
        $this->assertNull($this->row());
        $this->assertTrue(Grant::query()->where('user_id', $this->user->id)->firstOrFail()->revocation_pending);
    }

    public function testARowTiergateDidNotMakeIsAConflictAndIsLeftAlone(): void
    {
        $manual = Subuser::query()->create(['user_id' => $this->user->id, 'server_id' => $this->server->id, 'permissions' => ['file.read']]);
        $this->assertSame(LogEntry::OUTCOME_CONFLICT, $this->apply('grant', [], ['control.console', 'websocket.connect']));
        $this->assertSame(['file.read'], $manual->fresh()->permissions);
        $this->assertSame(0, Grant::query()->where('user_id', $this->user->id)->count());
    }

    public function testTheServerOwnerCannotBeMadeItsSubuser(): void
    {
        $owner = User::query()->findOrFail($this->server->owner_id);
        $outcome = app(SubuserGrantService::class)->apply(new PlannedChange('grant', $this->server->id, [], ['websocket.connect']), $owner, 'cus_1', Trigger::command('test'), false)->outcome;
        $this->assertSame(LogEntry::OUTCOME_CONFLICT, $outcome);
        $this->assertSame(0, Subuser::query()->where('user_id', $owner->id)->count());
    }
}
