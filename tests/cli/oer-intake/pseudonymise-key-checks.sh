# oer-intake --pseudonymise refuses a key readable by others or shorter
# than 32 bytes (exit 2), and a missing key file is exit 66
printf 'case_id,received,wijk\nW-0001,2026-11-02,Noord\n' >in.csv
printf '0123456789abcdef0123456789abcdef' >key
chmod 640 key
run oer-intake --pseudonymise key in.csv
expect_status 2
expect_no_out
expect_err <<'ERR'
oer-intake: key file key is readable by group or others; run: chmod 600 key
ERR
printf 'short' >short
chmod 600 short
run oer-intake --pseudonymise short in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: key file short has 5 bytes, at least 32 are needed (make one with: head -c 32 /dev/urandom > short)
ERR
run oer-intake --pseudonymise missing in.csv
expect_status 66
expect_err <<'ERR'
oer-intake: cannot open key file missing: No such file or directory
ERR

# A key file writable by group or others is refused too (someone could
# swap the key); a FIFO, a directory or a device is not a key file, and
# opening one does not hang.
printf '0123456789abcdef0123456789abcdef' >wkey
chmod 602 wkey
run oer-intake --pseudonymise wkey in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: key file wkey is writable by group or others; run: chmod 600 wkey
ERR
mkfifo fifo
chmod 600 fifo
status=0
timeout 10 oer-intake --pseudonymise fifo in.csv >out 2>err || status=$?
expect_status 2
expect_err <<'ERR'
oer-intake: key file fifo is not a regular file
ERR
mkdir dir
chmod 700 dir
run oer-intake --pseudonymise dir in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: key file dir is not a regular file
ERR
run oer-intake --pseudonymise /dev/null in.csv
expect_status 2
expect_err <<'ERR'
oer-intake: key file /dev/null is not a regular file
ERR
