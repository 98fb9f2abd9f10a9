#!/bin/sh
# Runs the build benchmark (benches/build.rs) with pandoc installed, so it also prints
# pandoc's time on the same Markdown and the ratio. Installs pandoc with apt-get when it
# is missing (as root, or through sudo). Extra arguments go to cargo bench.
set -eu
cd "$(dirname "$0")/.."
if ! command -v pandoc >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -q
        $sudo apt-get install -y -q pandoc
    else
        echo "pandoc is not installed and apt-get is not available; the benchmark will skip pandoc" >&2
    fi
fi
exec cargo bench --no-default-features --bench build "$@"
