#!/usr/bin/env bash
# Leerteam's backup: one pg_dump in PostgreSQL's custom format (compressed, restorable table by table)
# per run, into LEERTEAM_BACKUP_DIR, and every dump older than LEERTEAM_BACKUP_KEEP_DAYS removed.
# Run it daily (cron or a systemd timer) as an account that may read every table: the owner
# account that migrates, never the application's own account (it cannot read flyway_schema_history).
#
#   PGHOST=db PGPORT=5432 PGUSER=leerteam_eigenaar PGPASSWORD=... PGDATABASE=leerteam \
#   LEERTEAM_BACKUP_DIR=/var/backups/leerteam ops/backup.sh
#
# Dumps hold pupil cases and observations: keep the directory on encrypted storage, readable by the
# backup account only. What the retention job deletes from the database is gone from the backups once
# the last dump made before the deletion expires: at most LEERTEAM_BACKUP_KEEP_DAYS days later.
set -euo pipefail

dir="${LEERTEAM_BACKUP_DIR:?set LEERTEAM_BACKUP_DIR to the directory for the dumps}"
keep_days="${LEERTEAM_BACKUP_KEEP_DAYS:-35}"
database="${PGDATABASE:-leerteam}"
pg_dump="${PG_DUMP:-$(command -v pg_dump || true)}"
[ -x "$pg_dump" ] || { echo "pg_dump is not installed (Debian: apt-get install postgresql-client-15)." >&2; exit 1; }

umask 077
mkdir -p "$dir"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$dir/leerteam-$stamp.dump"
"$pg_dump" --format=custom --compress=6 --file="$target.part" --dbname="$database"
mv "$target.part" "$target"
echo "backup written: $target ($(du -h "$target" | cut -f1))"

# retention of the dumps themselves
find "$dir" -maxdepth 1 -name 'leerteam-*.dump' -type f -mtime +"$keep_days" -print -delete \
  | sed 's/^/expired and removed: /'
