/* -j N: inputs read and tagged on N threads (the calling one and N - 1 more), handed to the
 * command one at a time in input order, so that the output and the messages are those of a
 * run on one thread. A thread loads an input's first window; the rest of a long text is read
 * and tagged while it is handed over, by the thread handing it.
 *
 * Input i is loaded into slot i % window, and a thread takes input i only once input
 * i - window has been handed over: at most `window` documents are held at any time. No thread
 * waits for the handing: whichever finds the next input loaded hands it over, then any that
 * follow it loaded already, while the others go on loading. */
#include <pthread.h>
#include <stdlib.h>

#include "cli.h"

struct slot {
	struct cli_document d;
	int rc;               /* cli_document_load's status */
	bool loaded;
	char *messages;       /* what loading printed, held back until the slot is handed */
	size_t messages_len;
};

struct pool {
	const struct cli_options *o;
	const struct cli_inputs *in;
	const struct cli_consumer *to;
	struct cli_tally *tally;
	pthread_mutex_t lock;
	pthread_cond_t room;    /* an input was handed over, or the run stops */
	size_t next_load;       /* the next input a thread takes */
	size_t next_hand;       /* the next input handed over */
	size_t window;
	bool handing;           /* a thread is handing inputs over */
	int rc;                 /* the status that stopped the run; 0 while it goes on */
	struct slot *slots;
};

static void load(const struct pool *p, size_t i, struct slot *s)
{
	FILE *fp = open_memstream(&s->messages, &s->messages_len);

	/* Without a buffer the messages go straight to stderr, possibly out of order. */
	cli_messages_to(fp);
	s->rc = cli_document_load(p->o, p->in->paths[i], &s->d);
	cli_messages_to(NULL);
	if (fp)
		fclose(fp);
}

/* Hands over the loaded inputs that are next in order, unless another thread is at it. Called
 * and returns with the lock held. */
static void hand_ready(struct pool *p)
{
	while (!p->handing && !p->rc && p->next_hand < p->in->count) {
		struct slot *s = &p->slots[p->next_hand % p->window];
		if (!s->loaded)
			break;
		p->handing = true;
		pthread_mutex_unlock(&p->lock);
		if (s->messages_len)
			fwrite(s->messages, 1, s->messages_len, stderr);
		int rc = cli_document_hand(&s->d, s->rc, p->to, p->tally);
		free(s->messages);
		*s = (struct slot){ 0 };
		pthread_mutex_lock(&p->lock);
		p->handing = false;
		p->next_hand++;
		p->rc = rc;
		pthread_cond_broadcast(&p->room);
	}
}

static void *work(void *arg)
{
	struct pool *p = arg;

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (!p->rc && p->next_load < p->in->count &&
		       p->next_load >= p->next_hand + p->window)
			pthread_cond_wait(&p->room, &p->lock);
		if (p->rc || p->next_load == p->in->count)
			break;
		size_t i = p->next_load++;
		struct slot *s = &p->slots[i % p->window];
		pthread_mutex_unlock(&p->lock);
		load(p, i, s);
		pthread_mutex_lock(&p->lock);
		s->loaded = true;
		hand_ready(p);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

int cli_each_document_parallel(const struct cli_options *o, const struct cli_inputs *in,
			       const struct cli_consumer *to, struct cli_tally *tally)
{
	size_t jobs = (size_t)o->jobs < in->count ? (size_t)o->jobs : in->count;
	struct pool p = { .o = o, .in = in, .to = to, .tally = tally,
			  .window = 2 * jobs };
	pthread_t *threads = calloc(jobs, sizeof(*threads));
	size_t started = 0;

	p.slots = calloc(p.window, sizeof(*p.slots));
	if (!threads || !p.slots) {
		free(threads);
		free(p.slots);
		cli_error(NULL, "out of memory");
		return CLI_INPUT;
	}
	pthread_mutex_init(&p.lock, NULL);
	pthread_cond_init(&p.room, NULL);
	/* This thread is one of the jobs; threads that cannot be started leave their share to
	 * the others. */
	while (started + 1 < jobs && pthread_create(&threads[started], NULL, work, &p) == 0)
		started++;
	work(&p);
	for (size_t t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	/* After a stop, inputs loaded ahead are dropped unsaid, as a run on one thread would
	 * never have read them. */
	for (size_t i = 0; i < p.window; i++) {
		cli_document_free(&p.slots[i].d);
		free(p.slots[i].messages);
	}
	pthread_cond_destroy(&p.room);
	pthread_mutex_destroy(&p.lock);
	free(p.slots);
	free(threads);
	return p.rc;
}
