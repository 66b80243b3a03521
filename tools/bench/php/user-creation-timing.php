<?php

// php user-creation-timing.php <panel dir> <count> <prefix>: the panel's own UserCreationService alone, as Tiergate
// calls it for a new subscriber (no password: a random one is hashed and a reset token made), count times; the
// users are deleted afterwards. Prints the wall time as JSON.
use Pterodactyl\Models\User;
use Pterodactyl\Services\Users\UserCreationService;

require __DIR__ . '/boot.php';
Illuminate\Support\Facades\Notification::fake();

[, , $count, $prefix] = $argv;
$service = app(UserCreationService::class);
$started = hrtime(true);
for ($i = 1; $i <= (int) $count; ++$i) {
    $service->handle(['email' => "{$prefix}-{$i}@bench.example.com", 'username' => "{$prefix}{$i}", 'name_first' => 'Bench', 'name_last' => "No{$i}", 'root_admin' => false]);
}
$ms = (hrtime(true) - $started) / 1e6;
User::query()->where('email', 'like', "{$prefix}-%@bench.example.com")->delete();
echo json_encode(['users' => (int) $count, 'ms' => $ms]), "\n";
