#!/usr/bin/env bash
# Provider exports against the same users as CSV: a Firebase auth:export JSON (with hashes, so
# every row is converted to firebase-scrypt) and an Auth0 NDJSON export (alone, and joined with
# its password export), each scanned by bench_scan (the file check: read, convert, validate)
# next to a CSV holding the same users in our columns. Prints wall and CPU (user + system)
# seconds (medians of 3), the CPU-time ratio to the CSV (the wall time of a shared machine
# varies with its other work) and the peak RSS, all from /usr/bin/time -v.
# Usage: bench/bench_sources.sh BUILD_DIR   (BENCH_USERS, default 1000000; BENCH_DATA)
set -euo pipefail
BUILD_DIR="$1"
BIN="$BUILD_DIR/bin"
N="${BENCH_USERS:-1000000}"
DATA="${BENCH_DATA:-$BUILD_DIR/bench-data}"
mkdir -p "$DATA"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIG="$ROOT/tests/data/sources/firebase-hash-config.txt"
P="$DATA/sources-$N"

if [ ! -f "$P.done" ]; then
    # The firebase/scrypt README's sample hash and salt for every Firebase user, one bcrypt hash
    # for every Auth0 user: the parsing and converting is what is measured, not the values.
    perl -e '
        my ($n, $p) = @ARGV;
        my $hash = "lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ==";
        my $salt = "42xEC+ixf3L2lw==";
        my $conv = "\$firebase-scrypt\$hash=$hash\$salt=$salt\$sk=jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA==\$ss=Bw==\$r=8\$m=14";
        my $bcrypt = "\$2b\$10\$BeigYOTfH.HDp73GT8Sr6umurZ5cenDQ.ELeTUrAiDe6ibcEc2SEO";
        open(my $fj, ">", "$p-firebase.json"); open(my $fc, ">", "$p-firebase.csv");
        open(my $aj, ">", "$p-auth0.ndjson"); open(my $ap, ">", "$p-auth0-passwords.ndjson"); open(my $ac, ">", "$p-auth0.csv");
        print $fj "{\"users\": [\n";
        print $fc "email,password_hash,password_hash_type,first_name,last_name,email_verified,external_id,metadata\n";
        print $ac "email,password_hash,password_hash_type,first_name,last_name,email_verified,external_id,metadata\n";
        for my $i (0 .. $n - 1) {
            my $id = sprintf("uid%025d", $i); my $oid = sprintf("%024x", $i);
            my $email = "user$i\@example.com";
            print $fj ($i ? ",\n" : ""), "  {\"localId\": \"$id\", \"email\": \"$email\", \"emailVerified\": true, \"passwordHash\": \"$hash\", \"salt\": \"$salt\", \"displayName\": \"User Number$i\", \"createdAt\": \"1508893925000\", \"customAttributes\": \"{\\\"plan\\\":\\\"pro\\\"}\"}";
            print $fc "$email,$conv,firebase-scrypt,User,Number$i,true,$id,\"{\"\"plan\"\":\"\"pro\"\"}\"\n";
            print $aj "{\"user_id\":\"auth0|$oid\",\"email\":\"$email\",\"email_verified\":true,\"given_name\":\"User\",\"family_name\":\"Number$i\",\"created_at\":\"2021-03-05T16:34:12.345Z\",\"user_metadata\":{\"plan\":\"pro\"}}\n";
            print $ap "{\"_id\":{\"\$oid\":\"$oid\"},\"email\":\"$email\",\"passwordHash\":\"$bcrypt\",\"connection\":\"Username-Password-Authentication\"}\n";
            print $ac "$email,$bcrypt,bcrypt,User,Number$i,true,auth0|$oid,\"{\"\"plan\"\":\"\"pro\"\"}\"\n";
        }
        print $fj "\n]}\n";
    ' "$N" "$P"
    touch "$P.done"
fi

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints "wall_seconds rss_mb cpu_seconds" (medians of 3) for bench_scan with the given arguments.
measure() {
    local secs=() rss=() cpu=()
    for i in 1 2 3; do
        /usr/bin/time -v "$BIN/bench_scan" "$@" > "$DATA/sources.out" 2> "$DATA/sources.time" || { cat "$DATA/sources.time" >&2; exit 1; }
        secs+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,t,":"); s=0; for(i=1;i<=length(t);i++) s=s*60+t[i]; print s}' "$DATA/sources.time")")
        rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$DATA/sources.time")")
        cpu+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u + s}' "$DATA/sources.time")")
    done
    echo "$(printf '%s\n' "${secs[@]}" | median) $(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.1f", $1/1024}') $(printf '%s\n' "${cpu[@]}" | median)"
}
report() { # name wall rss cpu csv_cpu
    printf 'sources %-28s %8d users: %6.2f s wall, %6.2f s CPU, peak RSS %6.1f MB, %4.2fx the CSV'"'"'s CPU time\n' "$1" "$N" "$2" "$4" "$3" \
        "$(awk -v a="$4" -v b="$5" 'BEGIN {print (b > 0 ? a / b : 0)}')"
}

read -r fc_s fc_m fc_c < <(measure --csv "$P-firebase.csv")
read -r fj_s fj_m fj_c < <(measure --csv "$P-firebase.json" --firebase-hash-config "$CONFIG")
read -r ac_s ac_m ac_c < <(measure --csv "$P-auth0.csv")
read -r aj_s aj_m aj_c < <(measure --csv "$P-auth0.ndjson")
read -r ap_s ap_m ap_c < <(measure --csv "$P-auth0.ndjson" --auth0-passwords "$P-auth0-passwords.ndjson")
report "firebase csv (same users)" "$fc_s" "$fc_m" "$fc_c" "$fc_c"
report "firebase json" "$fj_s" "$fj_m" "$fj_c" "$fc_c"
report "auth0 csv (same users)" "$ac_s" "$ac_m" "$ac_c" "$ac_c"
report "auth0 ndjson" "$aj_s" "$aj_m" "$aj_c" "$ac_c"
report "auth0 ndjson + passwords" "$ap_s" "$ap_m" "$ap_c" "$ac_c"
