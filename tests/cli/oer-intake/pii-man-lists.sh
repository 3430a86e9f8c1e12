# The word lists of lib/privacy.c (labels glued to numbers, identifier
# words, compounds, the stems of names that are no person's, about-words)
# are all in the PRIVACY section of oer-intake(1): the two stay in step.
sed -n '/^\.SH PRIVACY/,/^\.SH /p' "$TOP/man/oer-intake.1" | tr -d '\\' >privacy.man
for list in labels pii_words pii_prefixes pii_suffixes not_person not_names about_words about_whole; do
	awk -v head="static const char *const $list[] = {" \
	    'index($0, head) == 1 { on = 1 } on { print } on && /NULL/ { exit }' "$TOP/lib/privacy.c" |
	    grep -o '"[^"]*"' | tr -d '"' | sed "s/^/$list /"
done >words
[ -s words ] || fail "no word lists found in lib/privacy.c"
missing=$(while read -r list word; do
	grep -qiw -- "$word" privacy.man || printf '%s:%s ' "$list" "$word"
done <words)
[ -z "$missing" ] || fail "not in oer-intake(1) PRIVACY: $missing"
