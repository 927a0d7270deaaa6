#!/usr/bin/python3
"""Peer of the toolkit's streamed inventory sheet (bench step `sheet`), with xlsxwriter.

Reads inventaire.csv with pandas, turns the columns into the values the toolkit writes (integers,
months, prices read as French numbers, statuses by their canonical French label), then writes the
worksheets with xlsxwriter in `constant_memory` mode: a title row, a blank row, the header row
(frozen, with a filter) and one row per inventory line, at most one million lines a sheet as the
toolkit (Excel holds 1,048,576 rows: xlsxwriter would silently drop the rest), ten columns with the
same number formats (`#,##0`, `#,##0.0`, `#,##0.00`, text as `@`). Empty values write no cell.
Prints one JSON object: rows written and the load and write timings.
"""

import argparse
import json
import os
import sys
import time

import numpy as np
import pandas as pd
import xlsxwriter

import frenchrules as fr

HEADERS = ["Établissement", "Catégorie", "Libellé", "Marque", "Modèle", "Quantité", "Année d'acquisition",
           "Statut", "Mois d'utilisation par an", "Prix d'achat"]
ROWS_PER_SHEET = 1_000_000
CANONICAL = {"en service": "en service", "en stock": "en stock", "hors service": "hors service",
             "à réparer": "à réparer", "prêté": "prêté"}


def mapped(series, convert):
    codes, uniques = pd.factorize(series, sort=False)
    return np.array([convert(u.strip()) for u in uniques], dtype=object)[codes]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    started = time.perf_counter()
    frame = pd.read_csv(os.path.join(args.data, "inventaire.csv"), sep=";", dtype=str, keep_default_na=False,
                        na_filter=False, encoding="utf-8-sig")
    texts = [frame.iloc[:, i].str.strip().to_numpy(dtype=object) for i in range(5)]
    quantity = mapped(frame.iloc[:, 5], lambda t: int(fr.parse_number(t)) if t else 1)
    year = mapped(frame.iloc[:, 6], lambda t: int(fr.parse_number(t)) if t else None)
    status = mapped(frame.iloc[:, 7], lambda t: fr.STATUSES.resolve(t) if t else "en service")
    months = mapped(frame.iloc[:, 8], lambda t: fr.parse_number(t) if t else None)
    price = mapped(frame.iloc[:, 9], lambda t: round(fr.parse_number(t), 2) if t else None)
    columns = [*texts, quantity, year, status, months, price]
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    workbook = xlsxwriter.Workbook(args.out, {"constant_memory": True})
    title = workbook.add_format({"bold": True, "font_size": 14})
    header = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7"})
    text = workbook.add_format({"num_format": "@"})
    formats = [text] * 5 + [workbook.add_format({"num_format": "#,##0"})] * 2 + [text] \
        + [workbook.add_format({"num_format": "#,##0.0"}), workbook.add_format({"num_format": "#,##0.00"})]
    widths = [14, 18, 40, 14, 22, 10, 12, 14, 12, 12]
    is_text = [True] * 5 + [False, False, True, False, False]
    rows = len(frame)
    sheets = max(1, -(-rows // ROWS_PER_SHEET))
    for s in range(sheets):
        name = "Inventaire détaillé" if sheets == 1 else f"Inventaire détaillé {s + 1}"
        sheet = workbook.add_worksheet(name)
        for c, width in enumerate(widths):
            sheet.set_column(c, c, width)
        sheet.freeze_panes(3, 0)
        sheet.write_string(0, 0, name, title)
        for c, h in enumerate(HEADERS):
            sheet.write_string(2, c, h, header)
        first, last = s * ROWS_PER_SHEET, min(rows, (s + 1) * ROWS_PER_SHEET)
        for r in range(first, last):
            for c in range(10):
                value = columns[c][r]
                if value is None or value == "":
                    continue
                if is_text[c]:
                    sheet.write_string(r - first + 3, c, value, formats[c])
                else:
                    sheet.write_number(r - first + 3, c, value, formats[c])
        sheet.autofilter(2, 0, last - first + 2, 9)
    workbook.close()
    write_s = time.perf_counter() - started
    json.dump({"sheet_rows": rows, "load_s": load_s, "write_s": write_s}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
