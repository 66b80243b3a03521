<?php

namespace Pterodactyl\Tests\Integration;

use Pterodactyl\BlueprintFramework\Libraries\ExtensionLibrary\Admin\BlueprintAdminLibrary;

/** The double's login, admin gate and Blueprint library. */
class DoubleHttpTest extends DoubleIntegrationTestCase
{
    public function testTheLoginPageRenders(): void
    {
        $this->get('/auth/login')->assertOk()->assertSee('name="user"', false)->assertSee('name="_token"', false);
    }

    public function testGuestsAreSentToTheLoginPage(): void
    {
        $this->get('/admin')->assertRedirect('/auth/login');
        $this->get('/')->assertRedirect('/auth/login');
    }

    public function testAnAdminLogsInToTheAdminArea(): void
    {
        $this->withoutMiddleware(\Pterodactyl\Http\Middleware\VerifyCsrfToken::class)
            ->post('/auth/login', ['user' => 'admin', 'password' => env('TESTBED_ADMIN_PASSWORD', 'tiergate-admin')])
            ->assertRedirect('/admin');
        $this->get('/admin')->assertOk()->assertSee('<meta name="_token"', false);
    }

    public function testAPlainUserGetsA403OnTheAdminArea(): void
    {
        $this->actingAs($this->user('player'))->get('/admin')->assertForbidden();
        $this->actingAs($this->user('player'))->get('/')->assertOk()->assertSee('Fire Hub');
    }

    public function testTheBlueprintLibraryStoresSerializedSettings(): void
    {
        $library = new BlueprintAdminLibrary();
        $library->dbSet('doubletest', 'list', ['a' => 1]);

        $this->assertSame(['a' => 1], $library->dbGet('doubletest', 'list'));
        $this->assertSame(serialize(['a' => 1]), \DB::table('settings')->where('key', 'doubletest::list')->value('value'));
        $this->assertTrue($library->dbForget('doubletest', 'list'));
        $this->assertSame('fallback', $library->dbGet('doubletest', 'list', 'fallback'));
    }
}
