#!/bin/bash
# Run by Blueprint before it unlinks the extension. Blueprint never rolls back migrations, and we want a
# reinstall to find its templates, mappings and event history again, so the tiergate_* tables are kept.
# Access Tiergate granted stays in place too: removing the extension must not lock paying customers out.
set -euo pipefail

echo "Tiergate removed. Its tables (tiergate_*) and the subuser access it granted were left in place."
echo "To remove the data as well, drop the tiergate_* tables after uninstalling."
