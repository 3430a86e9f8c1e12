# oer ... then ...: where a stage hands its CSV lines to the next one as
# values (lib/handover.h), and where it cannot (the next stage reads
# another delimiter, an encoding, JSON, /dev/stdin; the output is shared
# with a rejects file or is Excel's), the chain gives the pipe's bytes:
# output, rejects files (with their line numbers after values that span
# lines), messages and status, over more than one block of hand-over.
map=$TOP/examples/sociale-kaart.csv
long=$(printf '%3000s' '' | tr ' ' 'x')
{
	printf 'case_id,received,wijk,question,measured,network.load,finances.self,finances.together,housing.self,housing.together\r\n'
	i=1
	while [ $i -le 60 ]; do
		printf 'H%d-1,2026-11-16,Noord,Ik heb schulden,2026-11-17,ok,2,2,3,3\r\n' $i
		printf 'H%d-2,2026-11-16,Zuid,"Regel een\nregel twee, met komma; en ""quotes""",2026-11-17,belast,2,3,4,4\r\n' $i
		printf 'H%d-3,2026-11-16,Zuid,"Eerste regel\r\ntweede\rderde",2026-11-17,ok,"3,0",3,4,4\r\n' $i
		printf 'H%d-4,2026-11-16,Oost,"'"'"'=HYPERLINK(""x"")",2026-11-17,ok,2,2,1,2\r\n' $i
		printf 'H%d-5,2026-11-16,Oost,"Mijn huis\nis te klein",2026-11-17,ok,2,7,1,2\r\n' $i
		printf 'H%d-6,2026-11-16,West,,2026-11-17,ok,2,2,1,2\r\n' $i
		printf 'H%d-7,2026-11-16,West,te kort\r\n' $i
		printf 'H%d-8,2026-11-16,West,%s; =1+1,2026-11-17,overbelast,1,1,1,1\r\n' $i "$long"
		printf ',,,,,,,,,\r\n'
		i=$((i + 1))
	done
} >in.csv

# both ARGS...: oer ARGS against the pipe of the same stages, each in a
# folder of its own (p/, c/) so that their files can be compared.
both() {
	pipe='' cmd='' k=1
	for a in "$@"; do
		case $a in
		then)
			pipe="$pipe{ $cmd; echo \$? >s$k; } | "
			cmd='' k=$((k + 1)) ;;
		*)
			if [ -z "$cmd" ]; then cmd="oer-$a"; else cmd="$cmd '$a'"; fi ;;
		esac
	done
	pipe="$pipe{ $cmd; echo \$? >s$k; }"
	rm -rf p c && mkdir p c
	(cd p && sh -c "$pipe") >p.out 2>p.err
	want=$(cat p/s* | awk '$1 != 0 && $1 != 1 && !e { e = $1 } $1 == 1 { r = 1 } END { print e ? e : r ? 1 : 0 }')
	rm -f p/s*
	got=0
	(cd c && oer "$@") >c.out 2>c.err || got=$?
	[ "$got" = "$want" ] || fail "oer $*: status $got, the pipe's $want"
	expect_same p.out c.out "oer $*: stdout"
	sort p.err >p.sorted
	sort c.err >c.sorted
	expect_same p.sorted c.sorted "oer $*: messages"
	(cd p && ls) >p.files
	(cd c && ls) >c.files
	expect_same p.files c.files "oer $*: the files written"
	for f in $(cat p.files); do
		expect_same "p/$f" "c/$f" "oer $*: $f"
	done
}

both intake --date 2026-11-28 --rejects r1 ../in.csv then monitor --rejects r2 \
    then plan --rejects r3 then refer --map "$map" --rejects r4
[ "$(grep -c '^H' c.out)" -gt 200 ] || fail "only $(grep -c '^H' c.out) cases came through"
grep -q 'stdin:20: case H2-5: finances.together' c/r2 ||
    fail "no line number after values that span lines: $(head -c 300 c/r2)"
size=$(oer-intake --date 2026-11-28 --rejects /dev/null in.csv 2>/dev/null | wc -c)
[ "$size" -gt 131072 ] || fail "intake's output ($size bytes) fits in two blocks of 64 KiB"
# Values with a lone CR and CRLF reach the next stage as they are.
both monitor --rejects r1 ../in.csv then plan --rejects r2 then refer --map "$map"
both intake --date 2026-11-28 ../in.csv then monitor -d ';' --rejects r2
both intake --date 2026-11-28 --delimiter ';' ../in.csv then monitor --rejects r2 then plan
both intake --date 2026-11-28 --delimiter ';' ../in.csv then monitor -d , --rejects r2
both intake --date 2026-11-28 ../in.csv then monitor --encoding cp1252 --rejects r2 then plan
both intake --date 2026-11-28 ../in.csv then monitor --rejects r2 /dev/stdin then plan
both intake --date 2026-11-28 ../in.csv then monitor --rejects r2 /dev/stdin - then plan
both intake --date 2026-11-28 ../in.csv then monitor --rejects /dev/stdout then plan --rejects r3
both intake --date 2026-11-28 --rejects /dev/stdout ../in.csv then monitor --rejects r2
both intake --date 2026-11-28 ../in.csv then monitor --input-format json --rejects r2
both intake --date 2026-11-28 --excel ../in.csv then monitor --rejects r2 then plan
both intake --date 2026-11-28 ../in.csv then monitor --output-format json then plan --rejects r3
both intake --date 2026-11-28 ../in.csv then monitor --rejects r2 then monitor --rejects r3
both intake --date 2026-11-28 ../in.csv then monitor then plan then report --format text

# Found in review.  A file a stage reads whole (--rules, --lexicon,
# --columns) given as /dev/stdin is what the stage before writes, also
# after the hand-over; and when that stage has closed it, a file opened
# later on the same descriptor is that file.
oer-intake --date 2026-11-28 --rejects /dev/null in.csv >intake.csv 2>/dev/null
both monitor --date 2026-11-28 ../intake.csv then plan --rules /dev/stdin
awk 'BEGIN { for (i = 0; i < 20000; i++)
	printf "{\"#note\":\"#%d\",\"case_id\":\"A%d\",\"measured\":\"2026-11-01\",\"finances.self\":\"2\",\"finances.together\":\"3\"}\n", i, i }' >big.jsonl
head -n 3 intake.csv | oer-monitor --date 2026-11-28 >data.csv 2>/dev/null
both monitor --date 2026-11-28 --output-format csv ../big.jsonl then plan --rules /dev/stdin ../data.csv
# A handed-over row rejected while the stage reads JSON: its text, in JSON.
printf 'case_id,measured,finances.self,finances.together,question\nA1,2026-11-01,2,3,plain\nA2,2026-11-02,3,3,plain\n' >mid.csv
printf '{"case_id":"F1","measured":"2026-10-01","finances.self":"2","finances.together":"3"}\n' >first.jsonl
printf '{"case_id":"Z1","measured":"2026-10-05","finances.self":"2","finances.together":"3"}\n' >last.jsonl
both monitor --date 2026-11-28 ../mid.csv then monitor --date 2026-11-28 --history --output-format csv \
    --rejects r ../first.jsonl - ../last.jsonl
grep -q '"raw":"A2,2026-11-02,3,3,plain,' c/r || fail "the rejected row is not its text: $(cut -c1-200 c/r)"
# A stage runs as far ahead of the next as through the pipe, whatever its
# rows weigh as values: all of intake's output (40 KB of text, wide rows
# of empty cells) is written before monitor stops at its first record, so
# intake ends well, with its rejects.
awk 'BEGIN { printf "case_id,received,wijk,question,finances.self,finances.together"
	for (x = 0; x < 60; x++) printf ",x%d", x
	printf "\n"
	for (i = 1; i <= 300; i++) {
		printf "C-%d,%s,Noord,ik heb schulden,%d,3", i, i % 100 ? "2026-11-20" : "2026-13-40", i == 1 ? 7 : 3
		for (x = 0; x < 60; x++) printf ","
		printf "\n"
	} }' >wide.csv
both intake --date 2026-11-28 --rejects r1 ../wide.csv then monitor --date 2026-11-28
[ "$(wc -l <c/r1)" = 4 ] || fail "intake's rejects: $(cat c/r1)"
# The next stage sees nothing before the stage before would have flushed:
# intake stops (its rejects cannot be written) with all it wrote still in
# its buffer, so monitor reads nothing, not even a header.
awk 'BEGIN { q = sprintf("%1000s", ""); gsub(/ /, "x", q)
	print "case_id,received,wijk,question"; print "G-1,2026-11-20,Noord,ik heb schulden"
	for (i = 0; i < 200; i++) printf "B-%d,2026-13-40,Noord,%s\n", i, q
	for (i = 0; i < 10; i++) printf "H-%d,2026-11-20,Noord,ik heb schulden\n", i }' >full.csv
both intake --date 2026-11-28 --rejects /dev/full ../full.csv then monitor --date 2026-11-28
[ ! -s c.out ] || fail "monitor wrote: $(head -c 200 c.out)"
# A stage that ends with /dev/stdin open ends its input as a process does
# (every copy of the pipe's end): the stage before is not left writing
# JSON into a pipe no one reads.
status=0
timeout 120 oer monitor --date 2026-11-28 --rejects /dev/null --output-format json intake.csv \
    then plan --input-format csv /dev/stdin >out 2>err || status=$?
[ "$status" = 65 ] || fail "status $status (124: it hung): $(cat err)"
# The header and the rows after it weigh what their text weighs, together:
# a stage whose whole output fits in a pipe writes it all and ends well,
# also when the next stage never reads it (it reads a file of its own,
# long enough to outlive the stage before).
awk 'BEGIN { print "case_id,received,wijk,question,finances.self,finances.together"
	for (i = 1; i <= 100; i++) printf "C-%d,%s,Noord,%60s,3,3\n", i, (i > 97 ? "2026-13-40" : "2026-11-20"), "vraag" }' >fits.csv
awk 'BEGIN { print "case_id,measured,finances.self,finances.together"
	for (i = 1; i <= 200000; i++) printf "M%d,2026-11-01,3,3\n", i }' >own.csv
both intake --date 2026-11-28 --rejects r1 ../fits.csv then monitor --date 2026-11-28 ../own.csv
[ "$(wc -l <c/r1)" = 4 ] || fail "intake's rejects: $(cat c/r1)"
# A key file is read through the stage: /dev/stdin is the stage's own
# input, a pipe, not the process's (here a regular file).
head -c 32 /dev/zero | tr '\0' k >key && chmod 600 key
oer-intake --date 2026-11-28 --rejects /dev/null in.csv 2>/dev/null | head -n 20 >few.csv
status=0
oer monitor --date 2026-11-28 --rejects /dev/null few.csv then intake --date 2026-11-28 \
    --pseudonymise /dev/stdin <key >out 2>err || status=$?
[ "$status" = 2 ] || fail "status $status: $(cat err)"
grep -q '^oer-intake: key file /dev/stdin is not a regular file$' err || fail "$(cat err)"
# The first stage's /dev/stdin is the process's own, opened anew as the
# shell's process opens it: a key read from it leaves the input whole.
printf 'case_id,received,wijk\nW-0001,2026-11-02,Noord\n' >cases.csv && chmod 600 cases.csv
oer-intake --date 2026-11-28 --pseudonymise /dev/stdin <cases.csv 2>/dev/null | oer-monitor --date 2026-11-28 >pipe.out
oer intake --date 2026-11-28 --pseudonymise /dev/stdin then monitor --date 2026-11-28 <cases.csv >chain.out 2>/dev/null
[ -s pipe.out ] || fail "the pipe wrote nothing"
expect_same pipe.out chain.out "a key from the first stage's /dev/stdin"
