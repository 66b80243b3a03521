<?php

namespace Pterodactyl\Tests\Integration;

use Illuminate\Support\Str;
use Pterodactyl\Exceptions\Model\DataValidationException;
use Pterodactyl\Models\Subuser;
use Pterodactyl\Models\User;

/** The double validates models on save like the panel's base Model. */
class DoubleModelValidationTest extends DoubleIntegrationTestCase
{
    private function newUser(array $attributes = []): User
    {
        return (new User())->forceFill($attributes + [
            'uuid' => Str::uuid()->toString(),
            'username' => 'valid.name',
            'email' => 'valid@example.com',
            'name_first' => 'Val',
            'name_last' => 'Id',
            'password' => 'hash',
        ]);
    }

    public function testUsernameIsStoredLowercased(): void
    {
        $user = $this->newUser(['username' => 'MixedCase']);
        $user->save();

        $this->assertSame('mixedcase', $user->fresh()->username);
    }

    public function testAnInvalidUsernameIsRefusedOnSave(): void
    {
        $this->expectException(DataValidationException::class);
        $this->newUser(['username' => 'ab'])->save();
    }

    public function testADuplicateEmailIsRefusedButAnUpdateMayKeepItsOwn(): void
    {
        $player = $this->user('player');
        $player->name_first = 'Renamed';
        $player->save();

        try {
            $this->newUser(['email' => $player->email])->save();
            $this->fail('A second account with the same email was saved.');
        } catch (DataValidationException $exception) {
            $this->assertTrue($exception->getMessageBag()->has('email'));
        }
    }

    public function testNameFirstIsRequiredAndSkipValidationBypassesIt(): void
    {
        $this->expectException(DataValidationException::class);
        try {
            $this->newUser(['name_first' => null])->save();
        } finally {
            $this->assertTrue($this->newUser(['name_first' => null, 'username' => 'skipped', 'email' => 'skipped@example.com'])->skipValidation()->save());
        }
    }

    public function testSubuserPermissionsMustBeAListOfStrings(): void
    {
        $this->expectException(DataValidationException::class);
        Subuser::query()->create(['user_id' => $this->user('player')->id, 'server_id' => $this->server('beta-lab')->id, 'permissions' => 'control.console']);
    }
}
