#!/usr/bin/env bash
# Java 17+ for the Spark engine and its tests (PySpark starts a JVM). Debian's
# openjdk-17-jre-headless when `java -version` is missing or older than 17. Idempotent; needs root
# (CI and the dev machines are root).
set -euo pipefail
java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  # `java -version` prints e.g. 'openjdk version "17.0.15" 2025-04-15' (or "1.8.0_x" for Java 8) on stderr.
  java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.\([0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -n1 |
    awk '{ print ($1 == 1 ? $2 : $1) }'
}
major="$(java_major)"
if [ "${major:-0}" -ge 17 ] 2>/dev/null; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "install-java: Java 17+ missing (found: ${major:-none}) and not root; Spark tests will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq openjdk-17-jre-headless >/dev/null
java -version 2>&1 | head -n1
