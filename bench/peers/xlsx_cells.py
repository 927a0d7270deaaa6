#!/usr/bin/python3
"""Counts the rows and cells of the worksheets of an .xlsx file, streaming their XML: how
bench/compare.sh checks that the toolkit and the xlsxwriter peer wrote the same sheets."""

import json
import re
import sys
import zipfile

ROW = re.compile(rb"<(?:\w+:)?row[ >]")
CELL = re.compile(rb"<(?:\w+:)?c[ >]")

with zipfile.ZipFile(sys.argv[1]) as archive:
    rows = cells = 0
    for sheet in (i for i in archive.infolist() if i.filename.startswith("xl/worksheets/sheet")):
        carry = b""
        with archive.open(sheet) as f:
            while chunk := f.read(1 << 20):
                data = carry + chunk
                # A tag may straddle two chunks: count the matches that start before the last 16 bytes, carry those over.
                cut = max(0, len(data) - 16)
                rows += sum(1 for m in ROW.finditer(data) if m.start() < cut)
                cells += sum(1 for m in CELL.finditer(data) if m.start() < cut)
                carry = data[cut:]
        rows += len(ROW.findall(carry))
        cells += len(CELL.findall(carry))
json.dump({"rows": rows, "cells": cells}, sys.stdout)
print()
