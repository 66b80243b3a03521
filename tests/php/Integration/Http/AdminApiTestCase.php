<?php

namespace Tiergate\Tests\Integration\Http;

use Illuminate\Support\Str;
use Pterodactyl\Models\User;
use Illuminate\Support\Facades\DB;
use Illuminate\Testing\TestResponse;
use Tiergate\Tests\IntegrationTestCase;

/** Calls the admin API through the panel's router and middleware, as a root admin, inside the test's transaction. */
abstract class AdminApiTestCase extends IntegrationTestCase
{
    protected const BASE = '/extensions/tiergate/admin/api';

    protected User $admin;

    protected function setUp(): void
    {
        parent::setUp();
        $this->admin = User::query()->findOrFail($this->insertUser('apiadmin_' . Str::random(6), ['root_admin' => 1]));
        $this->withoutMiddleware(\Illuminate\Foundation\Http\Middleware\VerifyCsrfToken::class);
    }

    protected function api(string $method, string $path, array $body = []): TestResponse
    {
        return $this->actingAs($this->admin)->json($method, self::BASE . $path, $body);
    }

    /** A panel user built from the first seeded one; returns its id. */
    protected function insertUser(string $username, array $with = []): int
    {
        $template = (array) DB::table('users')->orderBy('id')->first();
        unset($template['id']);

        return (int) DB::table('users')->insertGetId(array_merge($template, [
            'uuid' => (string) Str::uuid(),
            'username' => $username,
            'email' => "{$username}@example.com",
            'external_id' => null,
            'root_admin' => 0,
        ], $with));
    }

    /** One subscription row as the projector writes it. */
    protected function subscription(string $customerId, string $subscriptionId, ?string $email, array $with = []): array
    {
        return array_merge([
            'subscription_id' => $subscriptionId,
            'customer_id' => $customerId,
            'customer_email' => $email,
            'product_key' => 'fire-knight',
            'state' => 'active',
            'reason' => 'paid',
            'created_at' => now(),
            'updated_at' => now(),
        ], $with);
    }
}
