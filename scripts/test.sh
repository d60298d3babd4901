#!/usr/bin/env bash
# The test command README.md gives: installs what the tests need, builds, and runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-test-dependencies.sh
dotnet build Booking.sln -c Release -warnaserror
dotnet test Booking.sln -c Release --no-build --logger "console;verbosity=normal" "$@"
