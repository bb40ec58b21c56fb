#!/bin/bash
# Creates one database and one owner per service. The passwords come from the environment of the
# PostgreSQL container (COMPANY_DB_PASSWORD, THESIS_DB_PASSWORD, ALERT_DB_PASSWORD).
set -euo pipefail
for service in company thesis alert; do
  var="$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:?$var is not set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
CREATE USER $service WITH PASSWORD '$password';
CREATE DATABASE $service OWNER $service;
SQL
done
