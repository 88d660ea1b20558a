import csv,sys,os
f='verify.csv'
new=not os.path.exists(f)
with open(f,'a',newline='') as fh:
    w=csv.writer(fh)
    if new: w.writerow(['row','deployment_id','url','status','unsupported','contradicted','remark'])
    w.writerow(sys.argv[1:8])
