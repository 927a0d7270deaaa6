#!/usr/bin/python3
"""Copies a generated data folder and plants, deterministically, the mistakes hand-made French
spreadsheets have: one inventory line in 50 and one need in 20 get one defect from a fixed cycle
(unknown or miscased institution, free-text or unknown category, quantity 0, empty, 2,5 or text,
year out of range or typed as a date, months 13, negative or « #N/A » price, unknown or empty
status, a repeated header line), and a few institutions get a former region, an unknown region or
type, swapped coordinates or a duplicate id. Both the toolkit and the pandas peer read the copy:
their accepted/rejected/error/warning counts must agree.

Usage: dirty_copy.py SOURCE_DIR TARGET_DIR
"""

import csv
import os
import shutil
import sys

INVENTORY_DEFECTS = [
    (0, "ETB-99999"), (0, "lower"), (1, "VP"), (1, "vidéoproj."), (1, "Écran 55 pouces"), (1, "casque Quest"),
    (1, "HP EliteBook 840"), (1, "bidule"), (1, ""), (1, "divers"), (1, "écrans"), (5, "0"), (5, ""), (5, "2,5"),
    (5, "deux"), (6, "1975"), (6, "2031"), (6, "05/03/2019"), (8, "13"), (8, "6,5"), (9, "-3"), (9, "1 250,50 €"),
    (9, "#N/A"), (7, "HS"), (7, "perdu"), (7, ""), ("header", None),
]
NEED_DEFECTS = [
    (3, "swap"), (3, "31/02/2024"), (4, ""), (3, "2024-03-05"), (4, "45352"), (0, "ETB-99999"), (1, "VP"), (2, "0"),
]


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def write(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)


def main(source, target):
    os.makedirs(target, exist_ok=True)
    for name in os.listdir(source):
        if name.endswith(".csv"):
            shutil.copyfile(os.path.join(source, name), os.path.join(target, name))

    institutions = read(os.path.join(source, "institutions.csv"))
    header, rows = institutions[0], institutions[1:]
    for k, row in enumerate(rows):
        if k % 97 == 10:
            row[4] = "Rhône-Alpes"
        elif k % 97 == 30:
            row[4] = "Atlantide"
        elif k % 97 == 50:
            row[5], row[6] = row[6], row[5]
        elif k % 97 == 70:
            row[2] = "zoo"
        elif k % 97 == 90:
            row[7] = "-1"
    rows.append(list(rows[3]))
    write(os.path.join(target, "institutions.csv"), [header, *rows])

    inventory = read(os.path.join(source, "inventaire.csv"))
    header, out = inventory[0], [inventory[0]]
    for k, row in enumerate(inventory[1:]):
        if k % 50 == 25:
            column, value = INVENTORY_DEFECTS[(k // 50) % len(INVENTORY_DEFECTS)]
            if column == "header":
                out.append(list(header))
            elif value == "lower":
                row[0] = row[0].lower()
            else:
                row[column] = value
        out.append(row)
    write(os.path.join(target, "inventaire.csv"), out)

    needs = read(os.path.join(source, "besoins.csv"))
    for k, row in enumerate(needs[1:]):
        if k % 20 == 7:
            column, value = NEED_DEFECTS[(k // 20) % len(NEED_DEFECTS)]
            if value == "swap":
                row[3], row[4] = row[4], row[3]
            else:
                row[column] = value
    write(os.path.join(target, "besoins.csv"), needs)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
