#!/usr/bin/env bash
# The ASK CLI's build step (ask deploy): its built-in Java flow would make an unshaded jar-with-dependencies with
# a system Maven; this builds the same shaded jar as everywhere else, with the wrapper, tests included.
# $1: the file the ASK CLI uploads (a jar is a zip, which is what Lambda takes). Runs in the CLI's copy of the project.
set -euo pipefail
out="$1"
./mvnw -B -q -ntp package
cp target/heroin-facts.jar "$out"
