#!/bin/bash
# usage: a.sh row status unsupported contradicted remark
cd /work/main/data/research-notes/staged/verify/vr2
dep=$(python3 -c "import json;print(json.load(open('ids.json'))['$1'][0])")
url=$(python3 -c "import json;print(json.load(open('ids.json'))['$1'][1])")
python3 add.py "$1" "$dep" "$url" "$2" "$3" "$4" "$5"
