/* The explicit limits of the record layer (SPEC 3). */
#ifndef OER_RECORD_LIMITS_H
#define OER_RECORD_LIMITS_H

#define FIELD_MAX	(1024 * 1024)		/* bytes in one field value */
#define RECORD_FIELDS_MAX 4096			/* fields in one record */
#define RECORD_MAX	(64 * 1024 * 1024)	/* bytes of one record's input text */
#define JSON_DEPTH_MAX	64			/* nesting of one JSON record */

#endif
