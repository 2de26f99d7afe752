# shellcheck shell=bash disable=SC2034 # sourced by bench/run, which reads these variables
# Shop API (seed 002) on PostgreSQL with 1,000 products: the seed's full list (fresh and
# revalidated with its ETag), a catalogue page of 20 and a search.
SYSTEM_JAR=shop/api/target/shop-api.jar
SYSTEM_BUILD='mvn -q -pl shop/api -am package -DskipTests'
SYSTEM_PORT=${BENCH_PORT:-18402} # not 5002: a dev instance may be running there
SYSTEM_HEALTH=/actuator/health/readiness
# A fresh database on the local PostgreSQL (as the tests use it), dropped on exit.
BENCH_PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
BENCH_DB=bench_shop_$$
psql "$BENCH_PG/postgres" -qc "CREATE DATABASE $BENCH_DB" >/dev/null || die "cannot create $BENCH_DB on $BENCH_PG"
system_teardown() { psql "$BENCH_PG/postgres" -qc "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" >/dev/null; }
SYSTEM_ENV=("SERVER_PORT=$SYSTEM_PORT" "DATABASE_URL=$BENCH_PG/$BENCH_DB")
SYSTEM_NOTES='PostgreSQL, the 46 seeded products plus 954 created through the admin API (1,000 products, about 165 KB of JSON for the list: the seeded descriptions are longer than the original ones); produits-304 sends the current ETag in If-None-Match.'

system_setup() {
  local token i
  token=$(curl -fsS -H 'Content-Type: application/json' -d '{"nomUtilisateur":"admin","motDePasse":"admin123"}' \
    "$SYSTEM_URL/api/auth/login" | sed 's/.*"jeton":"\([^"]*\)".*/\1/')
  for ((i = 1; i <= 954; i++)); do
    curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"nom\":\"Produit de charge n° $i\",\"description\":\"Accessoire informatique de test, lot $((i % 37))\",\"prix\":$((5 + i % 400)).$((i % 100 / 10))9,\"stock\":$((i % 90)),\"categorie\":\"accessoires\"}" \
      "$SYSTEM_URL/api/produits" || die "could not create product $i"
  done
  etag=$(curl -fsS -o /dev/null -D - "$SYSTEM_URL/api/produits" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
}

system_scenarios() {
  scenario produits GET /api/produits
  scenario produits-304 GET /api/produits -H "If-None-Match: $etag"
  scenario page GET '/api/produits?page=3&taille=20&tri=prix'
  scenario recherche GET '/api/produits?q=clavier&taille=20'
}
