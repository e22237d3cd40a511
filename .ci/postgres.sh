# --- PostgreSQL for the ReinhardtDB tests (Debian packages, 127.0.0.1) -----------------------
# Idempotent: installs only when missing, reuses a running cluster, re-creates nothing that exists.
# Exports REINHARDT_TEST_DATABASE_URL for `swift test`; exits non-zero if the server does not come up.
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    pg_createcluster "$PG_VERSION" main >/dev/null
fi
PG_PORT="$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { print $3 }')"
pg_ctlcluster "$PG_VERSION" main status >/dev/null 2>&1 || pg_ctlcluster "$PG_VERSION" main start
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 1
done
if ! pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "PostgreSQL $PG_VERSION did not come up on 127.0.0.1:$PG_PORT" >&2
    tail -n 30 "/var/log/postgresql/postgresql-$PG_VERSION-main.log" >&2 || true
    exit 1
fi
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres <<'SQL'
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reinhardt') THEN
        CREATE ROLE reinhardt LOGIN PASSWORD 'reinhardt';
    END IF;
END $$;
SELECT 'CREATE DATABASE reinhardt_test OWNER reinhardt'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'reinhardt_test') \gexec
SQL
export REINHARDT_TEST_DATABASE_URL="postgres://reinhardt:reinhardt@127.0.0.1:${PG_PORT}/reinhardt_test"
PGPASSWORD=reinhardt psql -q -h 127.0.0.1 -p "$PG_PORT" -U reinhardt -d reinhardt_test -c 'SELECT 1' >/dev/null \
    || { echo "Cannot log in to PostgreSQL as reinhardt at $REINHARDT_TEST_DATABASE_URL" >&2; exit 1; }
# ---------------------------------------------------------------------------------------------
