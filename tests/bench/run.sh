#!/usr/bin/env bash
# Builds the release binary and runs the benchmark, which prints a table and writes
# BENCHMARKS.md. `--quick`: only the request counts per verb against their budgets (seconds).
# `--only=startup|verbs|bulk|throughput|embedded|growth` runs one section; `--no-write` keeps
# BENCHMARKS.md as it is. Set TWILIO_CLI to twilio-cli's binary when it is not on PATH.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release --bin flexctl
# `cargo bench` builds its own flexctl (bench profile) into the same directory: measure a copy
# of the release build instead.
bin="$(mktemp -d)/flexctl"
cp "$target/release/flexctl" "$bin"
trap 'rm -rf "$(dirname "$bin")"' EXIT
cargo bench --bench flexctl -- --bin "$bin" "$@"
