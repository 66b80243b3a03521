<?php

namespace Tiergate\Tests\Integration\Http;

use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;

/** Products (issue 12.6): the Paymenter name beside the key, and an unknown product ignored with a reason. */
class ProductIgnoreTest extends AdminApiTestCase
{
    private const KEY = 'donation-2026';

    protected function setUp(): void
    {
        parent::setUp();
        DB::table('tiergate_subscriptions')->insert($this->subscription('cus_donor', 'sub_donor', 'donor@example.com', ['product_key' => self::KEY]));
        $this->event('sub_donor', 'Old name', 1);
        $this->event('sub_donor', 'Donation (2026)', 2);
    }

    public function testListsTheNameFromTheNewestEventAndTheUnknownProductFirst(): void
    {
        $products = $this->api('GET', '/products')->assertOk()->json('data');
        $this->assertSame(['product_key' => self::KEY, 'product_name' => 'Donation (2026)', 'template_key' => null, 'template_name' => null,
            'subscribers' => 1, 'unmapped' => true, 'ignored' => false, 'ignored_reason' => null], $products[0]);
        $this->assertContains(self::KEY, $this->api('GET', '/overview')->json('unmapped_products'));
    }

    public function testAnIgnoredProductNoLongerNeedsAttentionUntilUnignored(): void
    {
        $this->api('POST', '/products/' . self::KEY . '/ignore', ['reason' => ' '])->assertStatus(422)->assertJsonPath('errors.reason.0', 'Say why this product is ignored; the Products tab shows it.');

        $ignored = $this->api('POST', '/products/' . self::KEY . '/ignore', ['reason' => 'Donations grant nothing'])->assertOk();
        $ignored->assertJson(['product_key' => self::KEY, 'unmapped' => true, 'ignored' => true, 'ignored_reason' => 'Donations grant nothing']);
        $overview = $this->api('GET', '/overview')->json();
        $this->assertNotContains(self::KEY, $overview['unmapped_products']);
        $listed = collect($this->api('GET', '/products')->json('data'))->firstWhere('product_key', self::KEY);
        $this->assertTrue($listed['ignored']);

        $this->api('DELETE', '/products/' . self::KEY . '/ignore')->assertOk()->assertJson(['ignored' => false, 'ignored_reason' => null]);
        $this->assertContains(self::KEY, $this->api('GET', '/overview')->json('unmapped_products'));
    }

    public function testMappingStillValidatesTheTemplateInTheDocumentedShape(): void
    {
        $this->api('PUT', '/products/' . self::KEY, ['template_key' => 'no_such_template'])->assertStatus(422)
            ->assertJsonPath('errors.template_key.0', 'There is no template with the key no_such_template.');
    }

    private function event(string $subscriptionId, string $productName, int $sequence): void
    {
        $canonical = ['type' => 'subscription.renewed', 'data' => ['subscription' => ['id' => $subscriptionId, 'status' => 'active',
            'product' => ['id' => '77', 'slug' => self::KEY, 'name' => $productName]], 'customer' => ['id' => 'cus_donor']]];
        DB::table('tiergate_events')->insert([
            'webhook_id' => "msg_donor_{$sequence}", 'type' => 'subscription.renewed', 'format' => 'canonical', 'subscription_id' => $subscriptionId,
            'customer_id' => 'cus_donor', 'occurred_at' => CarbonImmutable::now(), 'sequence' => $sequence, 'body' => json_encode($canonical),
            'canonical' => json_encode($canonical), 'headers' => '{}', 'source_ip' => '127.0.0.1', 'received_at' => CarbonImmutable::now(), 'processed_at' => CarbonImmutable::now(),
        ]);
    }
}
