#!/usr/bin/env python3
"""Benchmark corpora from the TempEval-3 training data.

    make_corpus.py TBAQ_DIR OUT_DIR SIZE_MB...

Takes the text of every TimeML file under TBAQ_DIR (the <TEXT> element, tags stripped,
entities decoded) and writes, in OUT_DIR:

  tbaq.txt          the documents once, separated by blank lines
  big-<N>M.txt      the documents repeated until the file holds at least N MB (10^6 bytes)
  many/NNNN.txt     the documents repeated into files of at least 25 KB, 50 MB in all

Files that are already there are left alone, so that a second run is quick; delete OUT_DIR
to make them again.
"""
import html
import os
import re
import sys

MANY_BYTES = 50 * 1000 * 1000
MANY_FILE_BYTES = 25 * 1000


def texts(tbaq):
    names = []
    for root, _, files in os.walk(tbaq):
        names += [os.path.join(root, f) for f in files if f.endswith('.tml')]
    for name in sorted(names):
        with open(name, encoding='utf-8') as f:
            raw = f.read()
        m = re.search(r'<TEXT>(.*?)</TEXT>', raw, re.S)
        if m:
            text = html.unescape(re.sub(r'<[^>]*>', '', m.group(1))).strip()
            # A blank line separates documents, so none may hold one.
            text = re.sub(r'\n\s*\n', '\n', text)
            yield text.encode('utf-8') + b'\n'


def write_repeated(path, docs, size):
    if os.path.exists(path) and os.path.getsize(path) >= size:
        return
    done = 0
    with open(path + '.tmp', 'wb') as f:
        while done < size:
            for d in docs:
                f.write(d + b'\n')
                done += len(d) + 1
    os.rename(path + '.tmp', path)


def write_many(folder, docs):
    if os.path.isdir(folder):
        return
    # Made aside and renamed, so that an interrupted run leaves no half folder behind.
    tmp = folder + '.tmp'
    if os.path.isdir(tmp):
        for name in os.listdir(tmp):
            os.remove(os.path.join(tmp, name))
    os.makedirs(tmp, exist_ok=True)
    done = files = i = 0
    while done < MANY_BYTES:
        group = []
        while sum(map(len, group)) < MANY_FILE_BYTES:
            group.append(docs[i % len(docs)])
            i += 1
        data = b'\n'.join(group)
        with open(os.path.join(tmp, '%04d.txt' % files), 'wb') as f:
            f.write(data)
        done += len(data)
        files += 1
    os.rename(tmp, folder)


def main():
    if len(sys.argv) < 3:
        sys.exit('usage: make_corpus.py TBAQ_DIR OUT_DIR SIZE_MB...')
    tbaq, out = sys.argv[1], sys.argv[2]
    docs = list(texts(tbaq))
    if not docs:
        sys.exit('no TimeML files with <TEXT> under ' + tbaq)
    os.makedirs(out, exist_ok=True)
    write_repeated(os.path.join(out, 'tbaq.txt'), docs, 1)
    for mb in sys.argv[3:]:
        write_repeated(os.path.join(out, 'big-%sM.txt' % mb), docs, int(mb) * 1000 * 1000)
    write_many(os.path.join(out, 'many'), docs)


main()
