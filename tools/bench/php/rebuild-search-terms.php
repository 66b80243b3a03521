<?php

// php rebuild-search-terms.php <panel dir>: fills the admin search's index for rows written straight to the tables
// (the seeded bed), as the install does for the subscribers it finds.
require __DIR__ . '/boot.php';

$started = hrtime(true);
app(Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Search\SearchTermIndex::class)->rebuild();
echo json_encode(['ms' => (hrtime(true) - $started) / 1e6, 'terms' => Illuminate\Support\Facades\DB::table('tiergate_search_terms')->count()]), "\n";
