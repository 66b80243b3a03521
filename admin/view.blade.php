{{-- Blueprint appends this to the content section of its generated admin view. --}}
<div
    id="tiergate-root"
    data-root="{{ $root }}"
    data-webhook-url="{{ \Pterodactyl\BlueprintFramework\Extensions\tiergate\Services\Health\WebhookUrl::get() }}"
    data-version="{{ $EXTENSION_VERSION ?? '' }}"
>
    <noscript>The Tiergate admin page needs JavaScript.</noscript>
</div>
{!! $blueprint->importScript('/extensions/tiergate/admin.js') !!}
