/*
 * The words of the human report formats, in English and Dutch.  Domain and
 * level names come from the shared domain table (domain.h); every other
 * label is one row of a table in report_labels.c, found by its id.
 */
#ifndef OER_REPORT_LABELS_H
#define OER_REPORT_LABELS_H

enum report_lang { LANG_EN, LANG_NL };

/* "en" or "nl": the language, or -1. */
int report_lang_parse(const char *s);

/*
 * The language of the locale: the first of LC_ALL, LC_MESSAGES, LANG that
 * is set and not empty decides; a value starting with "nl" means Dutch,
 * anything else (or none set) English.
 */
int report_lang_default(void);

/*
 * The label of an id: "domain.<key>" and "level.<name>" from the domain
 * table, the rest from the label table.  An unknown id is its own label.
 */
const char *rlabel(int lang, const char *id);

/*
 * Every id with its label, in table order: "domain.<key>" and
 * "level.<name>" from the domain table, then the label table.  fn is called
 * once per id; a non-zero return stops the walk and is returned.
 */
int rlabel_each(int lang, int (*fn)(void *arg, const char *id, const char *label), void *arg);

/*
 * oer-report --print-labels: the table of lang as JSON Lines to fd
 * ({"id":...,"label":...}), so that scripts (oer-weekly's summary) show
 * labels, not ids, from this one source.  Write errors end the stage.
 */
void rlabel_print(int lang, int fd);

#endif
