#!/usr/bin/env bash
# Checks the audit log's hash chain on a database, without the portal running:
#   bash scripts/audit-check.sh 'jdbc:postgresql://db-host:5432/pishkhan' pishkhan PASSWORD
#   bash scripts/audit-check.sh 'jdbc:h2:file:./data/portal;TIME ZONE=UTC' portal portal   (run.sh's H2; stop the portal first)
# Prints "audit chain intact: N entries" (exit 0), or the first entry that no longer fits (exit 1).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
    echo "usage: $0 JDBC_URL [USER [PASSWORD]]" >&2
    exit 2
fi
CP_FILE="$PWD/persistence/target/audit-check.classpath"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$CP_FILE" ]; then
    mvn -q -pl domain,persistence -am package dependency:build-classpath -DskipTests \
        -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >&2
fi
exec java -cp "persistence/target/classes:$(cat "$CP_FILE")" ir.pishkhan.portal.persistence.AuditChainCheck "$@"
