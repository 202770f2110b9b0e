#!/usr/bin/env python3
# Pass counts per backend and instance set from the conformance XML report:
#   python3 tools/conformance-counts.py tests/target/surefire-reports/TEST-io.hedgecone.tests.ConformanceTest.xml
import xml.etree.ElementTree as ET, collections, sys
t=ET.parse(sys.argv[1]).getroot()
c=collections.defaultdict(collections.Counter)
for tc in t.iter('testcase'):
    n=tc.get('name').split()
    if len(n)<3: continue
    if n[0].startswith('nativeUnderPerturbation'):  # "nativeUnderPerturbation() SET/NAME perturbed"
        backend, inst = 'native', n[1]
        group = inst.split('/')[0] + ' perturbed'
    else:
        backend, kind, inst = n[0], n[1], n[2]
        group = inst.split('/')[0] if '/' in inst else 'small cases'
    st='pass'
    if tc.find('failure') is not None or tc.find('error') is not None: st='fail'
    elif tc.find('skipped') is not None:
        msg=(tc.find('skipped').get('message') or '')+(tc.find('skipped').text or '')
        st='known failure' if 'known failure' in msg else ('skip (large)' if 'Plarge' in msg else 'skip (capability)')
    c[(backend,group)][st]+=1
for k in sorted(c): print(k[0], k[1], dict(c[k]))
