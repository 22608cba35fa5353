/* Outputs: files that appear whole or not at all (a temporary file renamed over the target),
 * standard output checked to the last byte, and output directories. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char stdout_name[] = "standard output";

/* "DIR/.NAME.XXXXXX" beside path, so that rename stays within one file system. */
static char *temp_template(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
	char *t = malloc(strlen(path) + sizeof("/..XXXXXX"));

	if (t)
		sprintf(t, "%.*s.%s.XXXXXX", (int)dir, path, path + dir);
	return t;
}

int cli_output_open(struct cli_output *out, const char *path)
{
	struct stat st;
	int fd = -1, err = 0;

	*out = (struct cli_output){ .fp = stdout };
	if (!path || strcmp(path, "-") == 0)
		return 0;
	out->path = path;
	out->fp = NULL;
	bool exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		err = EISDIR;
		goto out;
	}
	/* A device or a pipe (/dev/null, a fifo) is written in place: renaming over it would
	 * replace it. */
	if (exists && !S_ISREG(st.st_mode)) {
		if (!(out->fp = fopen(path, "w")))
			err = errno;
		goto out;
	}
	if (!(out->tmp = temp_template(path))) {
		err = ENOMEM;
		goto out;
	}
	if ((fd = mkstemp(out->tmp)) < 0) {
		err = errno;
		/* Nothing was created: the name must not be unlinked. */
		free(out->tmp);
		out->tmp = NULL;
		goto out;
	}
	/* mkstemp makes the file private; give it the mode the target has or would get. */
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask) != 0 ||
	    !(out->fp = fdopen(fd, "w")))
		err = errno;
out:
	if (err) {
		if (fd >= 0 && !out->fp)
			close(fd);
		cli_output_discard(out);
		cli_error(path, "cannot create: %s", strerror(err));
		return CLI_OUTPUT;
	}
	return 0;
}

int cli_output_commit(struct cli_output *out)
{
	int err = 0;

	if (!out->path)
		return cli_stdout_finish();
	errno = 0;
	if (fflush(out->fp) != 0 || ferror(out->fp) || (out->tmp && fsync(fileno(out->fp)) != 0))
		err = errno ? errno : EIO;
	int closed = fclose(out->fp);
	out->fp = NULL;
	if (!err && closed != 0)
		err = errno;
	if (!err && out->tmp && rename(out->tmp, out->path) != 0)
		err = errno;
	if (err) {
		cli_output_discard(out);
		cli_error(out->path, "cannot write: %s", strerror(err));
		return CLI_OUTPUT;
	}
	free(out->tmp);
	out->tmp = NULL;
	return 0;
}

void cli_output_discard(struct cli_output *out)
{
	if (!out->path)
		return;
	if (out->fp)
		fclose(out->fp);
	out->fp = NULL;
	if (out->tmp)
		unlink(out->tmp);
	free(out->tmp);
	out->tmp = NULL;
}

int cli_output_fail(struct cli_output *out, int rc)
{
	int err = errno;
	bool stream = out->fp && ferror(out->fp);
	const char *name = out->path ? out->path : stdout_name;
	int status = rc == DLN_EARG ? CLI_USAGE : CLI_OUTPUT;

	cli_output_discard(out);
	if (rc == DLN_EIO && stream && err == EPIPE && !out->path)
		return status;
	/* An option the writer refused (DLN_EARG) is about the options, not the file. */
	if (rc == DLN_EIO && stream && err)
		cli_error(name, "cannot write: %s", strerror(err));
	else
		cli_lib_error(status == CLI_USAGE ? NULL : name);
	return status;
}

int cli_stdout_finish(void)
{
	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	/* With SIGPIPE blocked a closed pipe shows up here; the reader left, nothing to say. */
	if (errno != EPIPE)
		cli_error(stdout_name, "cannot write: %s", strerror(errno ? errno : EIO));
	return CLI_OUTPUT;
}

int cli_make_directory(const char *path)
{
	char *p = *path ? strdup(path) : NULL;
	struct stat st;
	int err = 0;

	if (!p) {
		err = *path ? ENOMEM : ENOENT;
		goto out;
	}
	/* Each parent in turn, as mkdir -p does; ones that exist already are fine. */
	for (char *s = p + 1;; s++) {
		if (*s && *s != '/')
			continue;
		char c = *s;
		*s = '\0';
		int made = mkdir(p, 0777) == 0 ? 0 : errno;
		if (made && made != EEXIST && !(stat(p, &st) == 0 && S_ISDIR(st.st_mode))) {
			err = made;
			goto out;
		}
		*s = c;
		if (!c)
			break;
	}
	if (stat(path, &st) != 0)
		err = errno;
	else if (!S_ISDIR(st.st_mode))
		err = ENOTDIR;
out:
	free(p);
	if (err) {
		cli_error(path, "cannot create the directory: %s", strerror(err));
		return CLI_OUTPUT;
	}
	return 0;
}
