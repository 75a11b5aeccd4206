#!/usr/bin/env bash
# The ASK CLI's build step (ask deploy, its "custom" build flow): builds the shaded jar once, with the wrapper and the
# unit tests, and hands it over as the file the CLI uploads (a jar is a zip, which is what Lambda takes).
#
# $1: that file (.ask/target/lambda/build.zip); $2: the CLI's debug flag. The CLI runs this in its mirror of the code
# source (.ask/target/lambda, a copy of target/lambda from the last build), so the project is found from this
# script's own path and the fresh jar is taken from the project's target/, never the mirror's stale copy.
# MAVEN_ARGS (Maven's own variable) reaches the build, e.g. MAVEN_ARGS=-o for an offline build.
set -euo pipefail
out="$1"
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project"
./mvnw -B -q -ntp package
cp target/heroin-facts.jar "$out"
