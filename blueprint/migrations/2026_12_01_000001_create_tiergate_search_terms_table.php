<?php

use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Database\Migrations\Migration;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Search\SearchTermIndex;

/*
 * The admin search's index (Core\SearchTerms): every word start of what a subscriber is found by, so a search is a
 * prefix seek however many subscribers there are, instead of reading every subscription and panel user. Terms are
 * lower-cased by Tiergate and compared as bytes; customer ids are bytes, as everywhere. Filled here for the
 * subscribers already there (Blueprint links the extension's app/ before it migrates).
 */
return new class () extends Migration {
    public function up(): void
    {
        if (!Schema::hasTable('tiergate_search_terms')) {
            Schema::create('tiergate_search_terms', function (Blueprint $table) {
                $table->string('customer_id', 191);
                $table->string('term', 191)->collation('utf8mb4_bin');
            });
            $prefix = DB::getTablePrefix();
            DB::statement("ALTER TABLE `{$prefix}tiergate_search_terms` MODIFY `customer_id` VARBINARY(764) NOT NULL, ADD PRIMARY KEY (`term`, `customer_id`), ADD INDEX `tiergate_search_terms_customer_id_index` (`customer_id`)");
        }
        app(SearchTermIndex::class)->rebuild();
    }

    public function down(): void
    {
        Schema::dropIfExists('tiergate_search_terms');
    }
};
