#!/usr/bin/env bash
# Builds the project's local Neo4j runtime into .diplograph/runtime/neo4j/:
#   lib/      Neo4j 5.26 Community jars from Maven Central (via pom.xml)
#   classes/  the compiled Launcher
#   stamp     hash of the inputs; when it matches, nothing is done.
# Idempotent; offline-first (uses ~/.m2 when it already has everything).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runtime="${DIPLOGRAPH_NEO4J_RUNTIME:-$root/.diplograph/runtime/neo4j}"

log() { echo "neo4j-setup: $*" >&2; }

command -v java >/dev/null || { log "java not found (need JDK 17+)"; exit 1; }
command -v javac >/dev/null || { log "javac not found (need a JDK, not a JRE)"; exit 1; }
command -v mvn >/dev/null || { log "mvn not found (need Maven 3.8+)"; exit 1; }

# Launcher and this script are inputs too: a change to either must rebuild.
stamp="$(cat "$here/pom.xml" "$here/Launcher.java" "$here/setup.sh" | sha256sum | cut -c1-64)"
if [[ -f "$runtime/stamp" && "$(cat "$runtime/stamp")" == "$stamp" \
      && -f "$runtime/classes/Launcher.class" && -d "$runtime/lib" ]]; then
  log "up to date: $runtime"
  exit 0
fi

started=$SECONDS
mkdir -p "$runtime"
rm -f "$runtime/stamp"
# Build into fresh dirs and swap them in, so stale jars never linger.
rm -rf "$runtime/lib.new" "$runtime/classes.new"

mvn_args=(-q -B -Dstyle.color=never -f "$here/pom.xml" "-Ddiplograph.runtime=$runtime"
  "-Ddiplograph.lib=$runtime/lib.new" dependency:copy-dependencies)
log "resolving Neo4j jars (offline first)"
if ! mvn -o "${mvn_args[@]}" >"$runtime/mvn-offline.log" 2>&1; then
  log "not all in ~/.m2; downloading from Maven Central"
  rm -rf "$runtime/lib.new"
  mvn "${mvn_args[@]}" >&2
fi
rm -f "$runtime/mvn-offline.log"
rm -rf "$runtime/target"

log "compiling Launcher"
mkdir -p "$runtime/classes.new"
javac --release 17 -nowarn -d "$runtime/classes.new" -cp "$runtime/lib.new/*" "$here/Launcher.java"

rm -rf "$runtime/lib" "$runtime/classes"
mv "$runtime/lib.new" "$runtime/lib"
mv "$runtime/classes.new" "$runtime/classes"
echo "$stamp" >"$runtime/stamp"
log "built $runtime ($(ls "$runtime/lib" | wc -l) jars, $(du -sh "$runtime/lib" | cut -f1)) in $((SECONDS - started))s"
