/* Runs a fuzz target once on each file named (directories: each file in them), as libFuzzer
 * would, so that the seeds and every crash found so far run in the ordinary test suites, under
 * any compiler, the sanitizers and valgrind. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;

	if (!f) {
		perror(path);
		return 1;
	}
	for (;;) {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			if (!(buf = realloc(buf, cap)))
				abort();
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		if (!got)
			break;
		n += got;
	}
	fclose(f);
	/* libFuzzer hands over exactly the file's bytes: an exact-size copy lets ASan see any
	 * read past them. */
	char *exact = malloc(n ? n : 1);
	if (!exact)
		abort();
	memcpy(exact, buf, n);
	free(buf);
	LLVMFuzzerTestOneInput((const uint8_t *)exact, n);
	free(exact);
	printf("ok %s\n", path);
	return 0;
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t count = 0;
	int rc = 0;

	if (!d) {
		perror(dir);
		return 1;
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (!(names = realloc(names, (count + 1) * sizeof(*names))) ||
		    !(names[count] = malloc(strlen(dir) + strlen(de->d_name) + 2)))
			abort();
		sprintf(names[count++], "%s/%s", dir, de->d_name);
	}
	closedir(d);
	qsort(names, count, sizeof(*names), compare);
	for (size_t i = 0; i < count; i++) {
		rc |= run_file(names[i]);
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	struct stat st;
	int rc = 0;

	for (int i = 1; i < argc; i++) {
		if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			rc |= run_dir(argv[i]);
		else
			rc |= run_file(argv[i]);
	}
	return rc;
}
