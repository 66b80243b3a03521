#!/bin/bash
# Run by Blueprint before it copies a new version over the old one. Blueprint copies with `cp -R` on top of
# the previous files, so PHP classes that a new version deleted would linger and could still be autoloaded:
# remove every file of ours that the new package no longer contains.
set -euo pipefail

panel="${PTERODACTYL_DIRECTORY:?}"
new="${BLUEPRINT_TMP:?}"
installed="$panel/.blueprint/extensions/tiergate/app"

[ -d "$installed" ] || exit 0

(cd "$installed" && find . -type f) | while read -r file; do
    if [ ! -e "$new/blueprint/app/$file" ]; then
        rm -f "$installed/$file"
        echo "Tiergate: removed stale $file"
    fi
done
