#!/usr/bin/env bash
# Fuzzes the parsers that take bytes from the network with libFuzzer (Swift's -sanitize=fuzzer):
#   multipart   the upload body parser (Sources/ReelServer/MultipartStream.swift)
#   draft       the draft decoder and limits (Sources/ReelTimeline)
#   operations  the edit-operation decoder and apply (Sources/ReelPlanner)
# Usage: bash fuzz/run.sh [seconds per target, default 60] [target…]
# Builds into .build-fuzz/ (not part of `make test` or CI). Crashes are written to
# .build-fuzz/findings/<target>/; new inputs worth keeping grow .build-fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
TARGETS=${*:-multipart draft operations}
OUT=.build-fuzz
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
quiet() { "$@" 2>&1 | { grep -v "Cannot export local symbol" || true; }; return "${PIPESTATUS[0]}"; }

build_module() { # name, sources…
    local name=$1; shift
    quiet swiftc "${FLAGS[@]}" -I "$OUT" -module-name "$name" -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
        -emit-library -static -o "$OUT/lib$name.a" "$@"
}

for target in $TARGETS; do
    case $target in
    multipart)
        quiet swiftc "${FLAGS[@]}" -module-name FuzzMultipart Sources/ReelServer/MultipartStream.swift fuzz/multipart.swift \
            -o "$OUT/fuzz-multipart" ;;
    draft)
        build_module ReelTimeline Sources/ReelTimeline/*.swift
        quiet swiftc "${FLAGS[@]}" -I "$OUT" -module-name FuzzDraft fuzz/draft.swift "$OUT/libReelTimeline.a" -o "$OUT/fuzz-draft" ;;
    operations)
        build_module ReelTimeline Sources/ReelTimeline/*.swift
        build_module ReelPlanner Sources/ReelPlanner/*.swift
        quiet swiftc "${FLAGS[@]}" -I "$OUT" -module-name FuzzOperations fuzz/operations.swift "$OUT/libReelPlanner.a" \
            "$OUT/libReelTimeline.a" -o "$OUT/fuzz-operations" ;;
    *) echo "unknown target $target" >&2; exit 64 ;;
    esac
    mkdir -p "$OUT/corpus/$target" "$OUT/findings/$target"
    cp -n fuzz/corpus/$target/* "$OUT/corpus/$target/" 2>/dev/null || true
    echo "== $target: ${SECONDS_EACH}s"
    status=0
    "$OUT/fuzz-$target" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$OUT/findings/$target/" -print_final_stats=1 "$OUT/corpus/$target" fuzz/corpus/$target \
        2>&1 | grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written|precondition|Fatal" || status=$?
    ls "$OUT/findings/$target" | sed "s|^|finding: $OUT/findings/$target/|"
done
