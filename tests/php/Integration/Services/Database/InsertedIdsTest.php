<?php

namespace Tiergate\Tests\Integration\Services\Database;

use Illuminate\Support\Facades\DB;
use Tiergate\Tests\IntegrationTestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Database\InsertedIds;

class InsertedIdsTest extends IntegrationTestCase
{
    private function insert(int $count): void
    {
        DB::table('tiergate_log_conditions')->insert(array_map(fn (int $i) => ['customer_id' => "cus_ids_{$i}", 'server_id' => 0, 'action' => 'account.link', 'fingerprint' => 'x', 'created_at' => now()], range(1, $count)));
    }

    /** @return list<int> */
    private function written(): array
    {
        return DB::table('tiergate_log_conditions')->where('customer_id', 'like', 'cus_ids_%')->orderBy('id')->pluck('id')->map(fn ($id) => (int) $id)->all();
    }

    public function testTheIdsOfAMultiRowInsertAreTheOnesItTookInRowOrder(): void
    {
        DB::table('tiergate_log_conditions')->insert(['customer_id' => 'cus_before', 'server_id' => 0, 'action' => 'x', 'fingerprint' => 'x', 'created_at' => now()]);
        $this->insert(7);

        $ids = app(InsertedIds::class)->of(7, fn () => $this->fail('the test bed gives consecutive ids; no read back needed'));

        $this->assertSame($this->written(), $ids);
    }

    public function testWhereIdsMayInterleaveTheyAreReadBack(): void
    {
        $steps = new \ReflectionProperty(InsertedIds::class, 'steps');
        $saved = $steps->getValue();
        $steps->setValue(null, [DB::connection()->getName() => null]); // as under innodb_autoinc_lock_mode 2
        try {
            $this->insert(3);
            $ids = app(InsertedIds::class)->of(3, fn (int $firstId) => DB::table('tiergate_log_conditions')->where('id', '>=', $firstId)->orderBy('id')->pluck('id')->map(fn ($id) => (int) $id)->all());
        } finally {
            $steps->setValue(null, $saved);
        }

        $this->assertSame($this->written(), $ids);
    }
}
