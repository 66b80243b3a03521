<?php

namespace Tiergate\Tests\Unit\Core;

use Tiergate\Tests\TestCase;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Core\SearchTerms;

/** Every word start of a value, to its end, lower-cased: what a prefix seek finds a subscriber by. */
class SearchTermsTest extends TestCase
{
    public function testEachWordOfAnEmailStartsATermRunningToItsEnd(): void
    {
        $this->assertSame(
            ['example.net', 'net', 'sam.target@example.net', 'target@example.net'],
            SearchTerms::of(['Sam.Target@Example.NET']),
        );
    }

    public function testValuesAreMergedWithoutRepeatsAndEmptiesAreSkipped(): void
    {
        $this->assertSame(['4321', 'cus_tgt_4321', 'tgt_4321'], SearchTerms::of(['cus_tgt_4321', null, '  ', 'CUS_TGT_4321']));
    }

    public function testALeadingSymbolIsNotAWordAndLettersOfAnyScriptAre(): void
    {
        $this->assertSame(['notch'], SearchTerms::of(['__Notch']));
        $this->assertSame(['zoë', 'émile zoë'], SearchTerms::of(['Émile Zoë'])); // byte order: é is 0xC3
    }

    public function testATermIsCutToTheColumnsLength(): void
    {
        $terms = SearchTerms::of([str_repeat('é', 300)]);

        $this->assertSame([str_repeat('é', SearchTerms::MAX_LENGTH)], $terms);
    }

    public function testBytesThatAreNotTextGiveNoTerm(): void
    {
        $this->assertSame([], SearchTerms::of(["\xff\xfe"]));
    }

    public function testTheNeedleIsSoughtFromItsFirstLetterOrDigit(): void
    {
        $this->assertSame('example.net', SearchTerms::needle(' @Example.net '));
        $this->assertSame('', SearchTerms::needle('@-_'));
        $this->assertSame(SearchTerms::MAX_LENGTH, mb_strlen(SearchTerms::needle(str_repeat('a', 400))));
    }
}
