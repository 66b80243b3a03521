<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Password;
use Illuminate\Validation\Rule;
use Illuminate\Validation\ValidationException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\CustomerReconciliationService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\ReconcileResult;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberOverrideService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;

/** reconcile now · apply (even in shadow mode) · grant until · suspend · resume · resend the setup email */
class SubscriberActionController extends Controller
{
    public function __invoke(Request $request, string $customerId, CustomerReconciliationService $reconcile, SubscriberOverrideService $overrides, ApplyMode $mode, Settings $settings): JsonResponse
    {
        $data = $request->validate([
            'action' => ['required', Rule::in(['reconcile', 'apply', 'grant', 'suspend', 'resume', 'resend_setup'])],
            'until' => ['nullable', 'date', 'after:now'],
        ]);
        if (!Account::query()->where('customer_id', $customerId)->exists() && !Subscription::query()->where('customer_id', $customerId)->exists()) {
            abort(404, "No subscriber {$customerId}.");
        }
        $trigger = Trigger::admin($request->user()->id);
        $until = isset($data['until']) ? CarbonImmutable::parse($data['until']) : null;

        $answer = match ($data['action']) {
            'reconcile' => $this->answer($mode->applies() ? 'Reconciled.' : 'Planned only (Tiergate is ' . ($mode->isPaused() ? 'paused' : 'in shadow mode') . ').', $reconcile->handle($customerId, $trigger)),
            'apply' => $this->answer('Applied to the panel.', $this->applyOne($customerId, $trigger, $reconcile, $mode, $settings)),
            'grant' => $this->answer('Access granted ' . ($until ? "until {$until->toDayDateTimeString()}" : 'until resumed') . '.', $overrides->handle($customerId, 'grant', $until, $trigger, $request->user()->id)),
            'suspend' => $this->answer('Suspended ' . ($until ? "until {$until->toDayDateTimeString()}" : 'until resumed') . '.', $overrides->handle($customerId, 'suspend', $until, $trigger, $request->user()->id)),
            'resume' => $this->answer('Billing decides again.', $overrides->handle($customerId, SubscriberOverrideService::RESUME, null, $trigger)),
            'resend_setup' => $this->resendSetup($customerId),
        };
        Activity::event("tiergate:subscriber.{$data['action']}")->property(['customer' => $customerId])->log();

        return new JsonResponse($answer);
    }

    /** "Apply this subscriber": in shadow mode, one subscriber's plan for real, as the go-live review step. */
    private function applyOne(string $customerId, Trigger $trigger, CustomerReconciliationService $reconcile, ApplyMode $mode, Settings $settings): ReconcileResult
    {
        if ($mode->isPaused()) {
            throw ValidationException::withMessages(['action' => 'Tiergate is paused: nothing is applied until it is unpaused (Settings, or php artisan tiergate:unpause).']);
        }
        if ($mode->isShadow() && $settings->get(Settings::SHADOW_REVIEWED_AT) === null) {
            $settings->set(Settings::SHADOW_REVIEWED_AT, CarbonImmutable::now()->toIso8601String());
        }

        return $reconcile->handle($customerId, $trigger, evenInShadow: true);
    }

    private function answer(string $message, ReconcileResult $result): array
    {
        return ['message' => $message . ' ' . (count($result->plan) === 0 ? 'Nothing needed changing.' : count($result->plan) . ' change(s).'),
            'changes' => array_map(fn ($c) => $c->describe() . ' (' . ($result->outcomes[$c->serverId] ?? 'planned') . ')', $result->plan)];
    }

    private function resendSetup(string $customerId): array
    {
        $account = Account::query()->with('user')->where('customer_id', $customerId)->first()
            ?? throw ValidationException::withMessages(['action' => 'This subscriber has no panel account yet.']);
        if (!$account->created_by_tiergate) {
            throw ValidationException::withMessages(['action' => 'This account existed before Tiergate linked it; its owner can use "forgot password" on the login page.']);
        }
        $status = Password::broker()->sendResetLink(['email' => $account->user->email]);
        if ($status === Password::RESET_THROTTLED) {
            throw ValidationException::withMessages(['action' => 'A setup link went to this address less than a minute ago; wait a minute before sending another.']);
        }
        if ($status !== Password::RESET_LINK_SENT) {
            throw ValidationException::withMessages(['action' => "The panel did not send the email ({$status})."]);
        }

        return ['message' => "Setup email sent to {$account->user->email}.", 'changes' => []];
    }
}
