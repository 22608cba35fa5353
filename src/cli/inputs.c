/* Inputs: FILE arguments expanded into the files to read, and files read whole. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

bool cli_inputs_push(struct cli_inputs *in, const char *path)
{
	if (in->count == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 16;
		char **p = realloc(in->paths, cap * sizeof(*p));
		if (!p)
			return false;
		in->paths = p;
		in->cap = cap;
	}
	if (!(in->paths[in->count] = strdup(path)))
		return false;
	in->count++;
	return true;
}

char *cli_path_join(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	bool slash = dl && dir[dl - 1] == '/';
	char *p = malloc(dl + nl + 2);

	if (p) {
		memcpy(p, dir, dl);
		if (!slash)
			p[dl++] = '/';
		memcpy(p + dl, name, nl + 1);
	}
	return p;
}

/* Adds the regular files under dir, hidden ones left out. Symbolic links to files count;
 * links to directories are not followed, so a loop cannot trap the walk. */
static int walk(const char *dir, struct cli_inputs *in)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int rc = 0;

	if (!d) {
		cli_error(dir, "%s", strerror(errno));
		in->failed++;
		return 0;
	}
	while ((de = readdir(d))) {
		struct stat st;
		if (de->d_name[0] == '.')
			continue;
		char *path = cli_path_join(dir, de->d_name);
		if (!path) {
			rc = CLI_INPUT;
			break;
		}
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			rc = walk(path, in);
		else if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && !cli_inputs_push(in, path))
			rc = CLI_INPUT;
		free(path);
		if (rc)
			break;
	}
	closedir(d);
	return rc;
}

int cli_compare_paths(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int cli_inputs_collect(char **args, int count, struct cli_inputs *in)
{
	static char *standard_input[] = { "-" };
	struct stat st;
	int rc = 0;

	*in = (struct cli_inputs){ 0 };
	if (count == 0) {
		args = standard_input;
		count = 1;
	}
	for (int i = 0; i < count && !rc; i++) {
		size_t first = in->count;
		if (strcmp(args[i], "-") != 0 && stat(args[i], &st) != 0) {
			cli_error(args[i], "%s", strerror(errno));
			in->failed++;
		} else if (strcmp(args[i], "-") != 0 && S_ISDIR(st.st_mode)) {
			rc = walk(args[i], in);
			if (in->count > first) {
				qsort(in->paths + first, in->count - first, sizeof(*in->paths),
				      cli_compare_paths);
			} else if (!rc) {
				cli_error(args[i], "no files to read in this directory");
				in->failed++;
			}
		} else if (!cli_inputs_push(in, args[i])) {
			rc = CLI_INPUT;
		}
	}
	if (rc)
		cli_error(NULL, "out of memory");
	return rc;
}

void cli_inputs_free(struct cli_inputs *in)
{
	for (size_t i = 0; i < in->count; i++)
		free(in->paths[i]);
	free(in->paths);
	*in = (struct cli_inputs){ 0 };
}

int cli_open_input(const char *path, size_t max, int *fd, struct stat *st)
{
	*fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
	if (*fd < 0 || fstat(*fd, st) != 0) {
		cli_error(path, "%s", strerror(errno));
		cli_close_input(*fd);
		return CLI_INPUT;
	}
	if (S_ISREG(st->st_mode) && (unsigned long long)st->st_size > max) {
		cli_error(path, "%lld bytes is more than the limit of %zu (--max-bytes)",
			  (long long)st->st_size, max);
		cli_close_input(*fd);
		return CLI_INPUT;
	}
	return 0;
}

void cli_close_input(int fd)
{
	if (fd >= 0 && fd != STDIN_FILENO)
		close(fd);
}

int cli_read_input(const char *path, size_t max, char **data, size_t *len)
{
	size_t cap = 1 << 16, n = 0;
	char *buf = NULL;
	struct stat st;
	int fd, err = 0, rc;

	if ((rc = cli_open_input(path, max, &fd, &st)))
		return rc;
	rc = CLI_INPUT;
	/* One byte more than the file so that the end shows without growing the buffer. */
	if (S_ISREG(st.st_mode))
		cap = (size_t)st.st_size + 1;
	buf = malloc(cap);
	while (buf) {
		if (n == cap) {
			char *p = cap > SIZE_MAX / 2 ? NULL : realloc(buf, cap * 2);
			if (!p)
				break;
			buf = p;
			cap *= 2;
		}
		ssize_t got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0) {
			err = got < 0 ? errno : 0;
			break;
		}
		n += (size_t)got;
		if (n > max) {
			cli_error(path, "more than the limit of %zu bytes (--max-bytes)", max);
			goto out;
		}
	}
	/* The loop also ends with no buffer, or a full one, when memory ran out. */
	if (!err && (!buf || n == cap))
		err = ENOMEM;
	if (err)
		goto out;
	*data = buf;
	*len = n;
	buf = NULL;
	rc = 0;
out:
	if (err)
		cli_error(path, "%s", strerror(err));
	cli_close_input(fd);
	free(buf);
	return rc;
}

int cli_tally_status(const struct cli_tally *tally)
{
	if (!tally->failed)
		return CLI_OK;
	return tally->ok ? CLI_PARTIAL : CLI_INPUT;
}
