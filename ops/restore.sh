#!/usr/bin/env bash
# Restores a Leerteam dump (ops/backup.sh) into an empty database that the owner account owns:
#
#   createdb --owner=leerteam_eigenaar leerteam_herstel          (as a superuser)
#   PGHOST=db PGUSER=leerteam_eigenaar PGPASSWORD=... ops/restore.sh /var/backups/leerteam/leerteam-<stamp>.dump leerteam_herstel
#
# Then start Leerteam on it (SPRING_DATASOURCE_URL=.../leerteam_herstel): Flyway finds every migration
# applied and gives the application's account its rights again; the audit log's triggers come with
# the dump. Objects are restored as the connecting (owner) account, whoever owned them before.
set -euo pipefail

dump="${1:?usage: ops/restore.sh <dump file> <empty database>}"
database="${2:?usage: ops/restore.sh <dump file> <empty database>}"
pg_restore="${PG_RESTORE:-$(command -v pg_restore || true)}"
[ -x "$pg_restore" ] || { echo "pg_restore is not installed (Debian: apt-get install postgresql-client-15)." >&2; exit 1; }
[ -r "$dump" ] || { echo "Cannot read the dump $dump." >&2; exit 1; }

"$pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$dump"
echo "restored $dump into $database"
