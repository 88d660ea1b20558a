import csv, json, sys, os
D='id,country_iso3,place,precision,geocode_as,lon,lat,vendors,year,year_meaning,type,status,cameras,value,currency,financing,funder,summary,confidence,confidence_note,disagreement'.split(',')
S='deployment_id,url,publisher,published,title,language,note,quote,checked'.split(',')
def app(fn, hdr, row):
    new = not os.path.exists(fn)
    with open(fn,'a',newline='') as f:
        w=csv.DictWriter(f,fieldnames=hdr)
        if new: w.writeheader()
        w.writerow({k:row.get(k,'') for k in hdr})
data=json.load(open(sys.argv[1]))
for rec in data:
    srcs=rec.pop('sources')
    app('deployments.csv',D,rec)
    for s in srcs:
        s['deployment_id']=rec['id']; s.setdefault('checked','2026-12-08')
        app('sources.csv',S,s)
print('ok',len(data))
