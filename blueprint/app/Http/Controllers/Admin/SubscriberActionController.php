<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Illuminate\Http\JsonResponse;
use Pterodactyl\Facades\Activity;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Account;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Models\Subscription;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Log\Trigger;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Support\AdminError;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Mode\ApplyMode;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Transformers\ActionResultTransformer;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Requests\SubscriberActionRequest;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Panel\SetupEmailResendService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberOverrideService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Exceptions\SubscriberActionRefusedException;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Subscribers\SubscriberApplyService;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Engine\SubscriberReconciliationService;

/** reconcile now · apply (even in shadow mode) · grant until · suspend · resume · resend the setup email */
class SubscriberActionController extends Controller
{
    public function __invoke(
        SubscriberActionRequest $request,
        string $customerId,
        SubscriberReconciliationService $reconcile,
        SubscriberOverrideService $overrides,
        SubscriberApplyService $apply,
        SetupEmailResendService $setupEmail,
        ApplyMode $mode,
        ActionResultTransformer $result,
    ): JsonResponse {
        if (!Account::query()->where('customer_id', $customerId)->exists() && !Subscription::query()->where('customer_id', $customerId)->exists()) {
            abort(404, "No subscriber {$customerId}.");
        }
        $action = (string) $request->validated('action');
        $admin = $request->user()->id;
        $trigger = Trigger::admin($admin);
        $until = $request->until();
        $ending = $until ? "until {$until->toDayDateTimeString()}" : 'until resumed';

        try {
            $answer = match ($action) {
                'reconcile' => $result->reconciled($mode->applies() ? 'Reconciled.' : 'Planned only (Tiergate is ' . ($mode->isPaused() ? 'paused' : 'in shadow mode') . ').', $reconcile->handle($customerId, $trigger)),
                'apply' => $result->reconciled('Applied to the panel.', $apply->handle($customerId, $trigger)),
                'grant' => $result->reconciled("Access granted {$ending}.", $overrides->handle($customerId, 'grant', $until, $trigger, $admin)),
                'suspend' => $result->reconciled("Suspended {$ending}.", $overrides->handle($customerId, 'suspend', $until, $trigger, $admin)),
                'resume' => $result->reconciled('Billing decides again.', $overrides->handle($customerId, SubscriberOverrideService::RESUME, null, $trigger)),
                'resend_setup' => $result->message('Setup email sent to ' . $setupEmail->handle($customerId) . '.'),
                default => throw AdminError::invalid('action', "Unknown action {$action}."),
            };
        } catch (SubscriberActionRefusedException|\InvalidArgumentException $e) {
            throw AdminError::invalid('action', $e->getMessage());
        }
        Activity::event("tiergate:subscriber.{$action}")->property(['customer' => $customerId])->log();

        return new JsonResponse($answer);
    }
}
