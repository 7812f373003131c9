#!/usr/bin/env python3
"""Which case forms the example events write out that the rules would compute anyway.

For every Russian or Kazakh text an event gives with case forms, the event is checked again
with the nominative alone (`communique check --forms`), and each written form is compared with
the rule's. A REDUNDANT line is a form the event should drop (issue 14: the events carry no
form the rules compute correctly). Needs a built binary:

    cargo build && python3 examples/redundant-forms.py
"""
import json,glob,subprocess,copy,os,sys
def walk(v,path,out):
    if isinstance(v,dict):
        for k,x in v.items():
            if k in ('ru','kk') and isinstance(x,dict) and 'nom' in x and len(x)>1:
                out.append((path+[k],x))
            else:
                walk(x,path+[k],out)
    elif isinstance(v,list):
        for i,x in enumerate(v): walk(x,path+[i],out)
def setp(d,path,val):
    for p in path[:-1]: d=d[p]
    d[path[-1]]=val
def jpath(path):
    s=''
    for p in path:
        if isinstance(p,int): s+=f'[{p}]'
        else: s+=('.' if s else '')+p
    return s
import tempfile
tmp=os.path.join(tempfile.mkdtemp(),'event.json')
for f in sorted(glob.glob('examples/events/*.json')):
    e=json.load(open(f))
    items=[]; walk(e,[],items)
    for path,forms in items:
        e2=copy.deepcopy(e); setp(e2,path,forms['nom'])
        open(tmp,'w').write(json.dumps(e2,ensure_ascii=False))
        out=subprocess.run(['./target/debug/communique','--locales','locales','check','--forms','--allow-style',tmp],capture_output=True,text=True).stdout
        jp=jpath(path)
        for case,given in forms.items():
            if case=='nom': continue
            line=[l for l in out.split('\n') if l.strip().startswith(jp+' ') and l.split()[1]==case]
            rule=' '.join(line[0].split()[3:]) if line and line[0].split()[2]=='rule' else None
            status='REDUNDANT' if rule==given.replace('\u00a0',' ') or rule==given else 'needed'
            print(f.split('/')[-1][:40], jp, case, status, '|', given, '| rule:', rule)
