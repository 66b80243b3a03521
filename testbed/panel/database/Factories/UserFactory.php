<?php

namespace Database\Factories;

use Illuminate\Database\Eloquent\Factories\Factory;
use Illuminate\Support\Str;
use Pterodactyl\Models\User;

class UserFactory extends Factory
{
    protected $model = User::class;

    public function definition(): array
    {
        static $password;

        return [
            'external_id' => null,
            'uuid' => Str::uuid()->toString(),
            'username' => $this->faker->userName() . '_' . Str::random(10),
            'email' => Str::random(32) . '@example.com',
            'name_first' => $this->faker->firstName(),
            'name_last' => $this->faker->lastName(),
            'password' => $password ?: $password = bcrypt('password'),
            'language' => 'en',
            'root_admin' => false,
            'use_totp' => false,
            'created_at' => now(),
            'updated_at' => now(),
        ];
    }

    public function admin(): static
    {
        return $this->state(['root_admin' => true]);
    }
}
