#!/usr/bin/env python3
"""Scores a realscrape SARIF report on two halves of the pages, split by site.

usage: realscrape-halves.py TRUTH_JSON SARIF [--details tuning|all]

Sites (host names without "www.") are sorted by the SHA-256 of their name; the first sites,
up to half of the documents, make the *tuning* half, the rest the *untouched* half. Pages of
one site always fall in one half, so a site's chrome learnt on one half says nothing about the
other. The tuning half is scored with the full listing of score.py (false positives, misses);
the untouched half prints only its summary lines unless --details all is given.
"""
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse


def site(doc):
    host = urllib.parse.urlparse(doc['url']).hostname or ''
    return host[4:] if host.startswith('www.') else host


def halves(truth):
    by_site = collections.defaultdict(list)
    for doc in truth['docs']:
        by_site[site(doc)].append(doc['file'])
    order = sorted(by_site, key=lambda s: hashlib.sha256(s.encode('utf-8')).hexdigest())
    tuning, count = set(), 0
    for name in order:
        if count < len(truth['docs']) / 2:
            tuning.update(by_site[name])
            count += len(by_site[name])
    return tuning


def main():
    args = sys.argv[1:]
    details = 'tuning'
    if '--details' in args:
        i = args.index('--details')
        details = args[i + 1]
        del args[i:i + 2]
    truth_path, sarif_path = args
    truth = json.load(open(truth_path, encoding='utf-8'))
    sarif = json.load(open(sarif_path, encoding='utf-8'))
    tuning = halves(truth)
    score = os.path.join(os.path.dirname(os.path.abspath(truth_path)), 'score.py')
    with tempfile.TemporaryDirectory() as tmp:
        for name, keep in (('tuning', lambda f: f in tuning), ('untouched', lambda f: f not in tuning)):
            part = dict(truth, docs=[d for d in truth['docs'] if keep(d['file'])])
            runs = []
            for run in sarif.get('runs', []):
                results = [r for r in run.get('results', []) if keep(os.path.basename(
                    r['locations'][0]['physicalLocation']['artifactLocation']['uri']
                    .replace('file://', '')))]
                runs.append(dict(run, results=results))
            t = os.path.join(tmp, name + '-truth.json')
            s = os.path.join(tmp, name + '.sarif')
            json.dump(part, open(t, 'w', encoding='utf-8'))
            json.dump(dict(sarif, runs=runs), open(s, 'w', encoding='utf-8'))
            out = subprocess.run([sys.executable, score, t, s], capture_output=True, text=True).stdout
            print('==== %s half: %d pages' % (name, len(part['docs'])))
            if name == 'tuning' or details == 'all':
                print(out)
            else:
                print('\n'.join(out.splitlines()[:4]))
                flagged = [l for l in out.split('unattributed-caption findings:')[-1]
                           .split('missing-date details:')[0].splitlines() if l.strip()]
                print('unattributed-caption findings: %d' % len(flagged))
                print()


if __name__ == '__main__':
    main()
