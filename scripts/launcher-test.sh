#!/usr/bin/env bash
# Checks the ./steepest launcher's staleness rules without Maven or a JVM: a copy of the launcher in a
# scratch tree of the same shape, with stand-ins for `mvn` (touches the jar) and `java` (logs its
# arguments; writes the archive when asked to). Run by .ci/run; about a second.
#   - no jar: build, then the archive's training run, then the command
#   - nothing changed: neither build nor training (the fast path)
#   - an edited source, a new file, a changed pom: build and training
#   - a missing archive (jar up to date, e.g. after `mvn package`): training only
#   - a JVM that cannot write an archive: the command still runs, without one, and is not retried
#   - `list` runs on the client compiler alone, `trace` on both compilers
set -euo pipefail
launcher="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/steepest"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
bin="$tree/bin"
log="$tree/calls.log"
mkdir -p "$bin" "$tree/repo/.mvn" "$tree/repo/harness/target/lib"
for module in optimizers problems reports harness; do
  mkdir -p "$tree/repo/$module/src/main/java"
  echo "<project/>" > "$tree/repo/$module/pom.xml"
  echo "class A {}" > "$tree/repo/$module/src/main/java/A.java"
done
echo "<project/>" > "$tree/repo/pom.xml"
cp "$launcher" "$tree/repo/steepest"

cat > "$bin/mvn" <<'FAKE'
#!/usr/bin/env bash
echo "mvn $*" >> "$CALLS"
touch harness/target/steepest.jar
FAKE
cat > "$bin/java" <<'FAKE'
#!/usr/bin/env bash
echo "java $*" >> "$CALLS"
for argument in "$@"; do
  case "$argument" in
    -XX:ArchiveClassesAtExit=*) [[ -n "${NO_ARCHIVE:-}" ]] || echo archive > "${argument#*=}" ;;
  esac
done
FAKE
chmod +x "$bin/mvn" "$bin/java"
export PATH="$bin:$PATH" CALLS="$log"

# Every file an hour old, so that a touch is strictly newer whatever the clock's resolution.
age() { find "$tree/repo" -exec touch -d '1 hour ago' {} +; }

check() {  # description, expected builds, expected trainings, launcher arguments...
  local what=$1 builds=$2 trainings=$3
  shift 3
  : > "$log"
  "$tree/repo/steepest" "$@"
  local b t r
  b=$(grep -c '^mvn ' "$log" || true)
  t=$(grep -c 'ArchiveClassesAtExit' "$log" || true)
  r=$(grep -c -- '-jar .*steepest.jar' "$log" || true)
  if [[ "$b" != "$builds" || "$t" != "$trainings" || "$r" != 1 ]]; then
    echo "launcher-test: $what: expected $builds build(s), $trainings training run(s) and 1 run; got $b, $t, $r" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "launcher-test: ok: $what"
}

check "first use builds and trains" 1 1 list 2>/dev/null
age
check "nothing changed: fast path" 0 0 list
grep -q -- '-XX:SharedArchiveFile=.*steepest.jsa' "$log" || { echo "launcher-test: the archive is not used" >&2; exit 1; }
grep -q -- '-XX:TieredStopAtLevel=1' "$log" || { echo "launcher-test: list is not on the client compiler" >&2; exit 1; }
check "trace: fast path" 0 0 trace --problem rosenbrock:d=2
if grep -q -- 'TieredStopAtLevel' "$log"; then echo "launcher-test: trace must keep C2" >&2; exit 1; fi
echo "class A { int x; }" > "$tree/repo/problems/src/main/java/A.java"
check "an edited source rebuilds" 1 1 list 2>/dev/null
age
echo "class B {}" > "$tree/repo/optimizers/src/main/java/B.java"
check "a new source rebuilds" 1 1 list 2>/dev/null
age
touch "$tree/repo/pom.xml"
check "a changed pom rebuilds" 1 1 list 2>/dev/null
age
rm "$tree/repo/harness/target/steepest.jsa"
check "a missing archive is made again, without a build" 0 1 list
age
rm "$tree/repo/harness/target/steepest.jsa"
NO_ARCHIVE=1 check "a JVM without an archive still runs" 0 1 list
check "... and is not asked again" 0 0 list
if grep -q -- 'SharedArchiveFile' "$log"; then echo "launcher-test: an empty archive must not be used" >&2; exit 1; fi
