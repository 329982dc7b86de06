# Sourced by mvnw before anything else: Leerteam needs a JDK 21 or newer, whatever `java` on the PATH
# is. JAVA_HOME is used when it is one; else the newest JDK 21+ in the usual places (the PATH,
# /usr/lib/jvm, /usr/java, /opt, SDKMAN, IntelliJ's ~/.jdks, asdf, macOS) becomes JAVA_HOME for this
# run. Without one, one sentence says what to do. LEERTEAM_JDK_DIRS replaces the places searched.
leerteam_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}
leerteam_jdk_major() {
  if [ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ]; then
    major="$(leerteam_java_major "$1")"
    echo "${major:-0}"
  else
    echo 0
  fi
}

if [ -z "${JAVA_HOME-}" ] || [ "$(leerteam_jdk_major "$JAVA_HOME")" -lt 21 ]; then
  leerteam_best=""
  leerteam_best_major=0
  leerteam_on_path=""
  if command -v javac >/dev/null 2>&1; then
    leerteam_on_path="$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")"
  fi
  for leerteam_candidate in $leerteam_on_path ${LEERTEAM_JDK_DIRS-/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.asdf/installs/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home}; do
    leerteam_major="$(leerteam_jdk_major "$leerteam_candidate")"
    if [ "$leerteam_major" -ge 21 ] && [ "$leerteam_major" -gt "$leerteam_best_major" ]; then
      leerteam_best="$leerteam_candidate"
      leerteam_best_major="$leerteam_major"
    fi
  done
  if [ -z "$leerteam_best" ]; then
    echo "Leerteam needs a JDK 21 or newer and found none (not in JAVA_HOME, on the PATH or in /usr/lib/jvm, ~/.sdkman, ~/.jdks): install one (Debian: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME="$leerteam_best"
  export JAVA_HOME
fi
