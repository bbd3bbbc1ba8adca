#!/usr/bin/env python3
"""Writes SITE/zoek-alles.json: every record of SITE/zoek/e/*.json in one file (with the pages and stop words of
zoek/meta.json), the single-file index measure.js compares with the chunked one SiteGen writes. Standard library."""
import json, os, sys
site = sys.argv[1]
meta = json.load(open(os.path.join(site, 'zoek', 'meta.json'), encoding='utf-8'))
events = []
for k in range((meta['n'] + meta['f'] - 1) // meta['f']):
    events += json.load(open(os.path.join(site, 'zoek', 'e', f'{k}.json'), encoding='utf-8'))
with open(os.path.join(site, 'zoek-alles.json'), 'w', encoding='utf-8') as f:
    json.dump({'pages': meta['pages'], 'stop': meta['stop'], 'events': events}, f, ensure_ascii=False, separators=(',', ':'))
print(len(events), 'events')
