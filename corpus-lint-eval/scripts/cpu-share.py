#!/usr/bin/env python3
"""Share of CPU per phase, statistic, shared analysis and rule, from JFR execution samples.

usage: cpu-share.py SAMPLES   (the output of jfr print --events jdk.ExecutionSample --stack-depth 200)

Each sample is charged to one part: in the profile pass to the statistic it was counting; in the
rule pass to a shared per-document analysis when one was being computed (whichever rule asked for
it first), else to the rule whose check was running; outside both to start-up, reading, reports.
Only Java threads are sampled: the JIT compiler and the garbage collector are not in the shares.
"""
import sys, re, collections
stacks=[]; cur=None
for line in open(sys.argv[1]):
    s=line.strip()
    if s.startswith('stackTrace = ['): cur=[]
    elif s==']' and cur is not None: stacks.append(cur); cur=None
    elif cur is not None:
        m=re.match(r'(\S+)\(', s)
        if m: cur.append(m.group(1))
RULES={'typo.TypoRule':'typo','caption.UnattributedCaptionRule':'unattributed-caption (photo layout)',
 'caption.DuplicateLineRule':'duplicate-line','caption.TruncatedTextRule':'truncated-text','boilerplate.BoilerplateRule':'boilerplate',
 'language.LanguageRule':'language','encoding.EncodingRule':'encoding','date.DateConsistencyRule':'date-consistency',
 'date.MissingDateRule':'missing-date','duplicate.DuplicateDocumentRule':'duplicate-document'}
def cat(st):
    r=list(reversed(st))  # root first
    names=' '.join(r)
    if 'LintSession.buildProfile' in names or 'CorpusProfile.add' in names:
        for f in st:
            if 'profile.MinHashSignature' in f: return 'profile: duplicate signatures (MinHash)'
            if 'profile.WordCounts' in f: return 'profile: word counts (tokenise + count)'
            if 'profile.StoryKey' in f: return 'profile: line counts (story keys)'
            if 'profile.LineCounts' in f: return 'profile: line counts'
        if 'DocumentLoader' in names or 'DocumentSource' in names or 'JsonLines' in names: return 'reading and decoding documents'
        return 'profile: other'
    if 'RuleRunner.check' in names:
        # analyses first: charged to the analysis, not to the rule that asked first
        for f in r:
            if 'DocumentAnalyses$ForeignRunsAnalysis' in f or 'text.language.ForeignRuns' in f:
                if 'LanguageIdentifier.shared' in names or 'LanguageIdentifier.<init>' in names or 'LanguageIdentifier$Holder' in names:
                    return 'start-up: language identifier profiles'
                return 'analysis: foreign paragraphs (language identifier)'
            if 'DocumentAnalyses.lambda$static$0' in f: return 'analysis: word tokens'
            if re.search(r'DocumentAnalyses\$1\.compute|DocumentAnalyses.lambda\$static\$1|TextDamage.scan', f): return 'analysis: encoding damage'
            if 'PhotoLayoutAnalysis.compute' in f: return 'analysis: photo layout (captions)'
        for f in r:
            m=re.match(r'org\.corpuslint\.rules\.(\w+\.\w+)\.(check|prepare)$', f)
            if m: return 'rule: '+RULES.get(m.group(1),m.group(1))
        return 'rule pass: engine (findings, context)'
    if 'DocumentLoader' in names or 'DocumentSource' in names or 'JsonLinesReader' in names: return 'reading and decoding documents'
    if 'report.' in names or 'ReportWriters' in names: return 'reports'
    if 'RuleSelection.prepare' in names or 'Rule.prepare' in names or re.search(r'rules\.\w+\.\w+\.prepare', names): return 'start-up: preparing rules (dictionaries, corpus word index)'
    if 'DuplicateClusters' in names: return 'duplicate clusters'
    if 'LintSession.open' in names or 'BuiltInRules' in names or 'clinit' in names: return 'start-up: other'
    return 'other (JVM, threads)'
c=collections.Counter(cat(s) for s in stacks); N=len(stacks)
print(f'samples {N}')
for k,v in sorted(c.items(), key=lambda kv:-kv[1]): print(f'{100*v/N:5.1f}%  {v:6d}  {k}')
