#!/bin/bash
# Run by Blueprint (as the web user, in the panel folder) on every install, including the reinstall that follows a
# Blueprint or panel upgrade. Blueprint runs it after it has placed the files and generated the tiergate:* commands
# but BEFORE its own `php artisan migrate`, ignores how it exits, and prints SUCCESS whatever happened. So this
# script runs Tiergate's own migrations itself (only ours, by path; Blueprint's migrate then has nothing left to do)
# and checks that the panel still works, saying so loudly if not. It must stay idempotent.
set -uo pipefail

panel="${PTERODACTYL_DIRECTORY:-$(pwd)}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$panel" || exit 1

failed() {
    {
        echo
        echo "################################################################################"
        echo "#  TIERGATE INSTALL FAILED (ignore Blueprint's SUCCESS line below)"
        echo "################################################################################"
        printf '#  %s\n' "$@"
        echo "#"
        echo "#  Fix the cause, then run: blueprint -install tiergate"
        echo "#  Until then the webhook answers 503 and no access is granted or changed."
        echo "################################################################################"
        echo
    } >&2
    exit 1
}

php_ok=$(php -r 'echo version_compare(PHP_VERSION, "8.1.0", ">=") ? "yes" : "no";')
[ "$php_ok" = "yes" ] || failed "PHP 8.1 or newer is required (found $(php -r 'echo PHP_VERSION;'))."

if ! listing=$(php artisan list --raw 2>&1); then
    mapfile -t why < <(printf '%s\n' "$listing" | grep -v '^\s*$' | head -n 6)
    failed "\`php artisan\` no longer starts, so no artisan command works on this panel:" "${why[@]}" \
        "If the error is in app/Console/Commands/BlueprintFramework/Extensions/Tiergate/, remove that" \
        "folder (php artisan works again) and report it with the lines above."
fi
grep -q '^tiergate:status ' <<<"$listing" \
    || failed "The tiergate:* artisan commands are missing from \`php artisan list\`."

paths=()
while IFS= read -r migration; do
    [ -n "$migration" ] && [ -f "database/migrations/$migration" ] && paths+=("--path=database/migrations/$migration")
done < "$here/migrations.list"
[ "${#paths[@]}" -gt 0 ] || failed "Tiergate's migrations were not copied into database/migrations/."

if ! migrated=$(php artisan migrate --force "${paths[@]}" 2>&1); then
    mapfile -t why < <(printf '%s\n' "$migrated" | grep -v '^\s*$' | tail -n 6)
    failed "Tiergate's database migrations failed:" "${why[@]}"
fi

tables=$(sed -n "s/.*Schema::create('\(tiergate_[a-z_]*\)'.*/\1/p" "${paths[@]/#--path=/}" | sort -u | tr '\n' ' ')
missing=$(php -r '
    require "vendor/autoload.php";
    $app = require "bootstrap/app.php";
    $app->make(Illuminate\Contracts\Console\Kernel::class)->bootstrap();
    foreach (array_filter(explode(" ", $argv[1])) as $table) {
        if (!Illuminate\Support\Facades\Schema::hasTable($table)) echo "$table ";
    }' "$tables" 2>&1) || failed "Could not check Tiergate's tables: $missing"
[ -z "$missing" ] || failed "These tables are missing after the migrations: $missing"

queue=$(grep -E '^QUEUE_CONNECTION=' "$panel/.env" 2>/dev/null | cut -d= -f2- || true)
if [ "${queue:-sync}" = "sync" ]; then
    echo "Tiergate: warning: QUEUE_CONNECTION is 'sync'; events will be applied inside the webhook request."
    echo "          Run the panel's queue worker (pteroq) with QUEUE_CONNECTION=redis for prompt, retried processing."
fi

echo "Tiergate ${EXTENSION_VERSION:-} installed: artisan works, tiergate:* commands listed, tables present ($tables)."
echo "Next: open Admin → Extensions → Tiergate, generate the webhook secret and paste it into the Paymenter extension."
