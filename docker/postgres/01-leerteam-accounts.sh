#!/bin/sh
# Runs once, when the PostgreSQL container starts on an empty volume: the two accounts of Leerteam
# (see the README, "Database") and its database, owned by the account that migrates.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role leerteam_eigenaar login nosuperuser nocreatedb nocreaterole password '$LEERTEAM_EIGENAAR_PASSWORD';
create role leerteam_app login nosuperuser nocreatedb nocreaterole password '$LEERTEAM_APP_PASSWORD';
create database leerteam owner leerteam_eigenaar;
SQL
