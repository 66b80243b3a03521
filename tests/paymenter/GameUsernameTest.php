<?php

namespace Tiergate\Tests\Paymenter;

use App\Models\Plan;
use App\Models\User;
use App\Models\Product;
use App\Models\Service;
use App\Models\Setting;
use App\Models\Property;
use App\Helpers\ExtensionHelper;
use Illuminate\Support\Facades\Artisan;
use App\Services\Checkout\CheckoutService;
use Illuminate\Validation\ValidationException;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * The "Minecraft username" checkout field (Paymenter's getCheckoutConfig, stored as the service's `game_username`
 * property, as Paymenter 1.5.8's checkout does) and data.customer.game_username in every event.
 */
class GameUsernameTest extends ExtensionTestCase
{
    private function ask(string $how, ?Product $product = null): void
    {
        Setting::query()->create(['key' => 'game_username', 'value' => $how, 'settingable_type' => 'product', 'settingable_id' => ($product ?? $this->product)->id]);
    }

    private function customer(): User
    {
        return User::query()->create(['first_name' => 'Alex', 'last_name' => 'Stone', 'email' => 'alex' . random_int(1, 1_000_000) . '@example.com']);
    }

    private function plan(?Product $product = null): Plan
    {
        return Plan::query()->create(['name' => 'Monthly', 'type' => 'recurring', 'billing_period' => 1, 'billing_unit' => 'month', 'priceable_type' => 'product', 'priceable_id' => ($product ?? $this->product)->id]);
    }

    private function order(array $checkoutConfig, ?User $user = null, ?Product $product = null): Service
    {
        return (new CheckoutService())->order($user ?? $this->customer(), $product ?? $this->product, $this->plan($product), $checkoutConfig, price: 0);
    }

    /** Runs what Paymenter's queue worker would (the delivery jobs fail fast: the panel URL points nowhere). */
    private function work(): void
    {
        Artisan::call('queue:work', ['--stop-when-empty' => true, '--sleep' => 0]);
    }

    public function testNoFieldUnlessTheProductAsksForOne(): void
    {
        $this->assertSame([], ExtensionHelper::getCheckoutConfig($this->product));
        $this->ask('off');
        $this->assertSame([], ExtensionHelper::getCheckoutConfig($this->product->fresh()));
    }

    public function testARequiredFieldIsRequired(): void
    {
        $this->ask('required');
        [$field] = ExtensionHelper::getCheckoutConfig($this->product);
        $this->assertSame(['game_username', 'Minecraft username', true], [$field['name'], $field['label'], $field['required']]);

        try {
            $this->order([]);
            $this->fail('A checkout without the required name went through.');
        } catch (ValidationException $e) {
            $this->assertArrayHasKey('checkoutConfig.game_username', $e->errors());
        }
        $this->assertSame(0, Service::query()->count());
    }

    public static function hostileNames(): array
    {
        return [
            'space' => ['Steve op'], 'newline' => ["Steve\nop Steve"], 'trailing newline' => ["Steve\n"], 'semicolon' => ['Steve;op'],
            'section sign' => ['Steve§4'], 'double quote' => ['Steve"'], 'single quote' => ["Steve'"], 'control character' => ["Steve\x07"],
            'placeholder' => ['{player}'], 'too long' => ['Seventeen_chars_x'], 'too short' => ['ab'],
        ];
    }

    #[DataProvider('hostileNames')]
    public function testCheckoutRefusesAHostileName(string $name): void
    {
        $this->ask('optional');
        try {
            $this->order(['game_username' => $name]);
            $this->fail('A hostile name went through checkout.');
        } catch (ValidationException $e) {
            $this->assertStringContainsString('Minecraft username', $e->errors()['checkoutConfig.game_username'][0]);
        }
        $this->assertSame(0, Service::query()->count());
        $this->assertSame(0, Property::query()->count());
    }

    public function testTheNameIsStoredOnTheServiceAndCarriedByEveryEvent(): void
    {
        $this->ask('required');
        $service = $this->order(['game_username' => 'Notch']);
        $this->assertSame(['game_username' => 'Notch'], ExtensionHelper::getServiceProperties($service));

        $this->work();
        $service->refresh()->forceFill(['status' => 'suspended'])->save();
        $events = $this->events($service);
        $this->assertSame(['subscription.updated', 'subscription.created', 'subscription.updated'], array_column($events, 'type'));
        foreach ($events as $event) {
            $this->assertSame('Notch', $event['data']['customer']['game_username']);
            $this->assertValidAgainstContract($event);
        }
    }

    public function testAnOptionalFieldLeftEmptyChecksOutAndSendsNoName(): void
    {
        $this->ask('optional');
        $service = $this->order([]);
        $this->assertSame('', Property::query()->where('key', 'game_username')->value('value'));
        $this->work();
        foreach ($this->events($service) as $event) {
            $this->assertArrayNotHasKey('game_username', $event['data']['customer']);
        }
    }

    public function testOneCustomerHasOneNameAcrossTheirServices(): void
    {
        $this->ask('required');
        $user = $this->customer();
        $first = $this->order(['game_username' => 'OldName'], $user);
        $this->travel(2)->seconds();
        $this->order(['game_username' => 'NewName'], $user);
        $first->refresh()->forceFill(['status' => 'suspended'])->save();

        $this->assertSame('NewName', $this->events($first)[1]['data']['customer']['game_username']);
    }

    public function testAnAdminCorrectingTheNameSendsItAtOnce(): void
    {
        $this->ask('required');
        $service = $this->order(['game_username' => 'Notch']);
        $before = count($this->events($service));

        $service->properties()->where('key', 'game_username')->first()->update(['value' => 'jeb_']);
        $events = $this->events($service);
        $this->assertCount($before + 1, $events);
        $this->assertSame('subscription.updated', end($events)['type']);
        $this->assertSame('jeb_', end($events)['data']['customer']['game_username']);

        $service->properties()->where('key', 'game_username')->first()->update(['name' => 'Minecraft username']);
        $this->assertCount($before + 1, $this->events($service), 'a property change that leaves the value alone sends nothing');
    }

    public function testAHandEditedNameThePanelWouldRefuseIsLeftOutRatherThanBlockingTheLifecycle(): void
    {
        $this->ask('optional');
        $service = $this->order(['game_username' => 'Notch']);
        Property::query()->where('key', 'game_username')->update(['value' => 'x; op x']);
        $service->refresh()->forceFill(['status' => 'suspended'])->save();

        $last = $this->events($service)[array_key_last($this->events($service))];
        $this->assertSame('suspended', $last['data']['subscription']['status']);
        $this->assertArrayNotHasKey('game_username', $last['data']['customer']);
    }

    public function testTheServerSettingCanAdmitBedrockNames(): void
    {
        $this->ask('required');
        Setting::query()->create(['key' => 'game_username_pattern', 'value' => '^\.?[A-Za-z0-9_]{3,16}$', 'settingable_type' => 'extension', 'settingable_id' => $this->server->id]);
        $service = $this->order(['game_username' => '.BedrockName']);
        $this->work();
        $this->assertSame('.BedrockName', $this->events($service)[0]['data']['customer']['game_username']);

        $this->expectException(ValidationException::class);
        $this->order(['game_username' => '.Bedrock Name']);
    }
}
