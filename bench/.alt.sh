#!/bin/bash
# alternating fresh-db runs without drops in between
D=$1; R=${2:-4}
B=postgres://postgres@127.0.0.1:5432
t() { local s=$(date +%s%N); "$@" >/dev/null 2>&1 || echo FAIL "$@"; echo -n "$(( ($(date +%s%N)-s)/1000000 )) "; }
for r in $(seq $R); do
  for tool in floor gen dbmate; do
    db=alt_${tool}_$r; psql -h 127.0.0.1 -U postgres -X -q -c "create database $db" -c checkpoint
    echo -n "$tool "
    case $tool in
      floor) t psql -X -q -v ON_ERROR_STOP=1 -d $B/$db -f $D/floor.sql;;
      gen) (cd $D/gen && t node /work/main/bin/gen.js deploy --url $B/$db);;
      dbmate) t /work/main/node_modules/@dbmate/linux-x64/bin/dbmate --url "$B/$db?sslmode=disable" --migrations-dir $D/dbmate --no-dump-schema up;;
    esac
  done; echo
done
for r in $(seq $R); do for tool in floor gen dbmate; do psql -h 127.0.0.1 -U postgres -X -q -c "drop database alt_${tool}_$r"; done; done
