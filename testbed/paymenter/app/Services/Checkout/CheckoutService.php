<?php

namespace App\Services\Checkout;

use App\Helpers\ExtensionHelper;
use App\Jobs\Server\CreateJob;
use App\Models\Invoice;
use App\Models\Plan;
use App\Models\Product;
use App\Models\Service;
use App\Models\User;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Validator;

/**
 * The checkout-config path of Paymenter 1.5.8 without Livewire or the cart: app/Livewire/Products/Checkout.php
 * (mount(): each field's value, else its `default`, else null — the first option for select/radio; rules() and
 * attributes() for `checkoutConfig.*`; only the fields' own keys are kept) and app/Livewire/Cart.php checkout()
 * (one transaction: the service, then one property per checkout value via updateOrCreate, then the invoice item —
 * or, for a free item, CreateJob queued and the service made active at once).
 */
class CheckoutService
{
    /** @throws \Illuminate\Validation\ValidationException as the Livewire component would show it */
    public function order(User $user, Product $product, Plan $plan, array $checkoutConfig, float $price = 10.0): Service
    {
        $fields = ExtensionHelper::getCheckoutConfig($product, $checkoutConfig);
        $values = $this->withDefaults($fields, $checkoutConfig);
        Validator::make(['checkoutConfig' => $values], $this->rules($fields), [], $this->attributes($fields))->validate();

        $kept = [];
        foreach ($fields as $config) {
            $kept[$config['name']] = $values[$config['name']] ?? null;
        }

        return DB::transaction(function () use ($user, $product, $plan, $kept, $price) {
            $service = Service::query()->create(['user_id' => $user->id, 'product_id' => $product->id, 'plan_id' => $plan->id, 'price' => $price]);
            foreach ($kept as $key => $value) {
                $service->properties()->updateOrCreate(['key' => $key], ['value' => $value]);
            }
            if ($price > 0) {
                $invoice = Invoice::query()->create(['user_id' => $user->id, 'status' => 'pending', 'due_at' => now()->addDays(7)]);
                $invoice->items()->create(['reference_type' => 'service', 'reference_id' => $service->id, 'price' => $price]);
            } else {
                if ($service->product->server) {
                    CreateJob::dispatch($service);
                }
                $service->status = Service::STATUS_ACTIVE;
                $service->expires_at = $service->calculateNextDueDate();
                $service->save();
            }

            return $service;
        });
    }

    private function withDefaults(array $fields, array $values): array
    {
        foreach ($fields as $config) {
            $values[$config['name']] = in_array($config['type'], ['select', 'radio'])
                ? $values[$config['name']] ?? $config['default'] ?? array_key_first($config['options'])
                : $values[$config['name']] ?? $config['default'] ?? null;
        }

        return $values;
    }

    private function rules(array $fields): array
    {
        $rules = [];
        foreach ($fields as $config) {
            $validationRules = [];
            if ($config['required'] ?? false) {
                $validationRules[] = 'required';
            }
            if (isset($config['type'])) {
                switch ($config['type']) {
                    case 'text':
                    case 'number':
                        $validationRules[] = 'string';
                        break;
                    case 'select':
                    case 'radio':
                        $validationRules[] = 'in:' . implode(',', array_keys($config['options']));
                        break;
                    case 'checkbox':
                        $validationRules[] = 'nullable';
                        $validationRules[] = 'boolean';
                        break;
                }
            }
            if (isset($config['validation'])) {
                $validationRules = array_merge($validationRules, is_array($config['validation']) ? $config['validation'] : explode('|', $config['validation']));
            }
            if (count($validationRules) > 0) {
                $rules["checkoutConfig.{$config['name']}"] = $validationRules;
            }
        }

        return $rules;
    }

    private function attributes(array $fields): array
    {
        $names = [];
        foreach ($fields as $config) {
            $names["checkoutConfig.{$config['name']}"] = $config['label'] ?? $config['name'];
        }

        return $names;
    }
}
