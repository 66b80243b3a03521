<?php

namespace Pterodactyl\BlueprintFramework\Extensions\tiergate\Http\Controllers\Admin;

use Carbon\CarbonImmutable;
use Illuminate\Http\Response;
use Pterodactyl\Http\Controllers\Controller;
use Pterodactyl\BlueprintFramework\Extensions\tiergate\Settings\Settings;

/** The Overview's checklist: the admin copied the webhook URL (the one step the panel cannot see by itself). */
class SetupController extends Controller
{
    public function webhookUrlCopied(Settings $settings): Response
    {
        if ($settings->get(Settings::WEBHOOK_URL_COPIED_AT) === null) {
            $settings->set(Settings::WEBHOOK_URL_COPIED_AT, CarbonImmutable::now()->toIso8601String());
        }

        return response()->noContent();
    }
}
