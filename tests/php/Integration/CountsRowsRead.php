<?php

namespace Tiergate\Tests\Integration;

use Illuminate\Support\Facades\DB;

/** Rows read, from MariaDB's own handler counters on the test's connection: what a query plan really cost. */
trait CountsRowsRead
{
    /**
     * What $work returns, and the rows read while it ran (the counters' own reads taken off).
     *
     * @template T
     *
     * @param callable(): T $work
     *
     * @return array{0: T, 1: int}
     */
    private function rowsReadBy(callable $work): array
    {
        $overhead = -$this->handlerReads() + $this->handlerReads();
        $before = $this->handlerReads();
        $result = $work();

        return [$result, $this->handlerReads() - $before - $overhead];
    }

    private function handlerReads(): int
    {
        return (int) collect(DB::select("SHOW SESSION STATUS LIKE 'Handler_read%'"))->sum(fn ($row) => (int) $row->Value);
    }
}
