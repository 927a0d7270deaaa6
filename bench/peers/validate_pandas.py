#!/usr/bin/python3
"""Peer of `ressourcerie validate --data DIR`, written as a data team would with pandas.

Reads institutions.csv, inventaire.csv and besoins.csv of a data folder (the toolkit also reads
the interviews and codings of the folder: a few hundred rows, compared file by file, so not here) (`;`, `,` or tab, UTF-8
with or without BOM or Windows-1252, decimal commas, dd/mm/yyyy) and applies the toolkit's rules
(DATA-LAYOUT.md): institution must exist (another case or punctuation → warning), category
normalised with the toolkit's own synonym table file, quantity ≥ 1 with empty → 1 (warning),
acquisition year 1980…current year (a full date → its year, warning), status synonyms, months 0–12,
price ≥ 0, need dates with start ≤ end, Excel error values, repeated header lines. Counts rows read,
accepted and rejected per file, errors and warnings, and prints one JSON object with its timings.

Idiomatic pandas: every column is read as text by `read_csv`, factorised, and each rule runs once
per distinct value (`frenchrules`), then is broadcast to the rows with numpy. Row numbers are not
reported (the comparison is on counts). Not mirrored: rows with more fields than the header (the
C parser refuses them) and the C# reader's last-resort culture date parsing.
"""

import argparse
import datetime
import json
import os
import sys
import time

import numpy as np
import pandas as pd

import frenchrules as fr

HERE = os.path.dirname(os.path.abspath(__file__))
SYNONYMS = os.path.join(HERE, "..", "..", "src", "Ressourcerie.Analytics", "Resources", "category-synonyms.csv")
INT_MAX = 2**31 - 1

# (name, French label, required, aliases): the ColumnSpecs of the C# readers.
INSTITUTION_COLUMNS = [
    ("etablissement_id", "Identifiant", True, ["Identifiant établissement", "id", "institution_id", "institution id", "code", "code établissement", "identifier"]),
    ("nom", "Nom", True, ["Nom de l'établissement", "name", "institution", "établissement", "raison sociale", "nom officiel"]),
    ("type", "Type", False, ["Type d'établissement", "institution type", "catégorie d'établissement"]),
    ("commune", "Commune", False, ["ville", "city", "town", "localité", "municipality"]),
    ("region", "Région", False, ["region name", "nom région"]),
    ("latitude", "Latitude", False, ["lat"]),
    ("longitude", "Longitude", False, ["lon", "lng", "long"]),
    ("effectif", "Effectif", False, ["effectifs", "staff", "employees", "nombre de salariés", "personnel", "etp"]),
    ("expositions_par_an", "Expositions par an", False, ["expositions", "nombre d'expositions", "exhibitions per year", "exhibitions", "expositions annuelles"]),
]
_INSTITUTION_REF = ["établissement", "etablissement", "identifiant", "institution_id", "institution", "id établissement", "code établissement"]
_CATEGORY = ["category", "type de matériel", "type d'équipement", "type", "famille", "equipment type", "catégorie de matériel"]
_QUANTITY = ["quantity", "qty", "qté", "qte", "nombre", "nb", "nombre d'unités"]
INVENTORY_COLUMNS = [
    ("etablissement_id", "Identifiant établissement", True, _INSTITUTION_REF),
    ("categorie", "Catégorie", True, _CATEGORY),
    ("libelle", "Libellé", False, ["label", "désignation", "description", "intitulé", "nom", "name", "article"]),
    ("marque", "Marque", False, ["brand", "fabricant", "manufacturer", "constructeur"]),
    ("modele", "Modèle", False, ["model", "référence", "reference", "model name", "modèle / référence"]),
    ("quantite", "Quantité", False, _QUANTITY),
    ("annee_acquisition", "Année d'acquisition", False, ["année", "annee achat", "année d'achat", "acquisition year", "year", "year of purchase", "date d'acquisition"]),
    ("statut", "Statut", False, ["status", "état", "etat", "situation"]),
    ("mois_utilisation_par_an", "Mois d'utilisation par an", False, ["mois d'utilisation", "mois utilisation", "utilisation (mois/an)", "months used per year", "months of use per year", "usage months"]),
    ("prix_achat_eur", "Prix d'achat (€)", False, ["prix d'achat", "prix achat", "prix", "prix unitaire", "purchase price", "price", "purchase cost", "cost", "montant"]),
]
NEED_COLUMNS = [
    ("etablissement_id", "Identifiant établissement", True, _INSTITUTION_REF),
    ("categorie", "Catégorie", True, _CATEGORY),
    ("quantite", "Quantité", False, _QUANTITY),
    ("debut", "Début", True, ["date de début", "date début", "start", "start date", "du", "from", "date d'emprunt"]),
    ("fin", "Fin", True, ["date de fin", "date fin", "end", "end date", "au", "to", "date de retour"]),
    ("projet", "Projet", False, ["project", "exposition", "événement", "evenement", "event", "motif", "usage"]),
    ("libelle", "Libellé", False, ["label", "description", "désignation", "précision", "détail", "commentaire"]),
]


class Column:
    """One column as distinct cleaned texts and the code of each row's text."""

    def __init__(self, codes, uniques, present, header_keys=frozenset()):
        self.codes = codes
        self.texts = [t.strip().strip("\ufeff").strip() for t in uniques]
        self.errors = np.array([fr.is_excel_error(t) for t in self.texts], dtype=bool)
        self.present = present
        self.header_keys = header_keys

    def per_value(self, rule):
        """rule(text, is_excel_error) -> (errors, warnings), evaluated once per distinct text, broadcast to rows."""
        table = np.array([rule("" if e else t, e) for t, e in zip(self.texts, self.errors)], dtype=np.int32).reshape(-1, 2)
        return table[self.codes]


class Table:
    def __init__(self, path, specs):
        self.file = os.path.basename(path)
        with open(path, "rb") as f:
            head = f.read(65536)
        if head.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        else:
            try:
                head.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError as e:
                encoding = "utf-8" if e.start > len(head) - 4 else "cp1252"
        first = head.decode(encoding.replace("-sig", ""), errors="replace").lstrip("\ufeff").splitlines()[0]
        sep = max([";", ",", "\t", "|"], key=first.count)
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, na_filter=False, encoding=encoding, quotechar='"')
        self.rows = len(frame)

        by_key = {}
        for name, label, _, aliases in specs:
            for n in [name, label, *aliases]:
                by_key.setdefault(fr.fold(n), name)
        raw = {}
        headers = {}
        for i, header in enumerate(frame.columns):
            codes, uniques = pd.factorize(frame.iloc[:, i], sort=False)
            raw[i] = (codes, uniques)
            name = by_key.get(fr.fold(str(header).strip().strip("\ufeff")))
            if name and name not in headers:
                headers[name] = i
        # Entirely blank rows are skipped, as the toolkit's readers do.
        blank = np.ones(self.rows, dtype=bool)
        for codes, uniques in raw.values():
            empty = np.array([not u.strip().strip("\ufeff").strip() for u in uniques], dtype=bool)
            blank &= empty[codes] if len(uniques) else True
        keep = ~blank
        self.rows = int(keep.sum())
        self.missing = [name for name, _, required, _ in specs if required and name not in headers]
        self.columns = {}
        for name, label, _, aliases in specs:
            if name in headers:
                codes, uniques = raw[headers[name]]
                keys = frozenset(fr.fold(n) for n in [name, label, *aliases, frame.columns[headers[name]]])
                self.columns[name] = Column(codes[keep], list(uniques), True, keys)
            else:
                self.columns[name] = Column(np.zeros(self.rows, dtype=np.int64), [""], False)
        self.mapped = [n for n, _, _, _ in specs if self.columns[n].present]
        first_required = min((headers[n] for n, _, req, _ in specs if req and n in headers), default=None)
        self.first = next((n for n in headers if headers[n] == first_required), None)

    def begin(self):
        """Excel error cells (one error each) and repeated header lines (the whole row rejected)."""
        errors = np.zeros(self.rows, dtype=np.int32)
        for name in self.mapped:
            c = self.columns[name]
            errors += c.errors[c.codes]
        repeated = np.zeros(self.rows, dtype=bool)
        if self.first is not None:
            def header_like(c):
                return np.array([bool(t) and t[0].isalpha() and len(t) <= 80 and fr.fold(t) in c.header_keys for t in c.texts])[c.codes]
            candidates = np.flatnonzero(header_like(self.columns[self.first]))
            if len(candidates):
                like = {n: header_like(self.columns[n]) for n in self.mapped}
                filled = {n: np.array([t != "" for t in self.columns[n].texts])[self.columns[n].codes] for n in self.mapped}
                for r in candidates:
                    f = sum(filled[n][r] for n in self.mapped)
                    h = sum(like[n][r] and filled[n][r] for n in self.mapped)
                    repeated[r] = h >= max(1, f * 2 // 3)
        return errors, repeated


def require_rule(text, err):
    return (0 if err or text else 1), 0


def number_rule(low, high, integer=False):
    def rule(text, err):
        if err or not text:
            return 0, 0
        value = fr.parse_number(text)
        if value is None or (integer and value != np.floor(value)) or not (low <= value <= high):
            return 1, 0
        return 0, 0
    return rule


def quantity_rule(present):
    number = number_rule(1, INT_MAX, integer=True)

    def rule(text, err):
        if err or not text:
            return 0, (1 if present and not err else 0)
        return number(text, err)
    return rule


def institution_rule(ids, loose):
    def rule(text, err):
        if err:
            return 0, 0
        if not text:
            return 1, 0
        if ids is None or text in ids:
            return 0, 0
        return (0, 1) if loose.get(fr.fold(text)) else (1, 0)
    return rule


def category_counts(table, normalizer, details):
    """Errors and warnings of the category rule, with the libellé, marque and modèle as details."""
    cat = table.columns["categorie"]
    detail_columns = [table.columns[n] for n in details]
    cells = [normalizer.cell("" if e else t) for t, e in zip(cat.texts, cat.errors)]

    def counts(evidence, err):
        if evidence == "empty":
            return 0 if err else 1, 0
        return {"unknown": (1, 0), "vague_default": (0, 1)}.get(evidence, (0, 0))

    table_counts = np.array([counts(c[1], e) for c, e in zip(cells, cat.errors)], dtype=np.int32).reshape(-1, 2)
    result = table_counts[cat.codes]
    needs = np.array([c[2] for c in cells], dtype=bool)[cat.codes]
    if detail_columns:
        any_detail = np.zeros(table.rows, dtype=bool)
        for d in detail_columns:
            any_detail |= np.array([bool(t) and not e for t, e in zip(d.texts, d.errors)], dtype=bool)[d.codes]
        rows = np.flatnonzero(needs & any_detail)
        if len(rows):
            stacked = np.stack([cat.codes[rows], *[d.codes[rows] for d in detail_columns]], axis=1)
            tuples, inverse = np.unique(stacked, axis=0, return_inverse=True)

            def text(column, code):
                return "" if column.errors[code] else column.texts[code]

            resolved = []
            for t in tuples:
                parts = [text(cat, t[0])] + [text(d, code) for d, code in zip(detail_columns, t[1:])]
                parts += [""] * (4 - len(parts))
                resolved.append(counts(normalizer.normalize(*parts)[1], cat.errors[t[0]]))
            result[rows] = np.array(resolved, dtype=np.int32).reshape(-1, 2)[inverse.ravel()]
    return result


def year_rule(current_year):
    integer = number_rule(1980, current_year, integer=True)

    def rule(text, err):
        if err or not text:
            return 0, 0
        slash = [i for i in (text.find("/"), text.find("-")) if i >= 0]
        if slash and min(slash) > 0:
            parsed = fr.parse_date(text)
            if parsed and 1980 <= parsed[0].year <= current_year:
                return 0, 1
        return integer(text, err)
    return rule


def status_rule(present):
    def rule(text, err):
        if not text:
            return 0, (1 if present else 0)
        return (0, 0) if fr.STATUSES.resolve(text) is not None else (1, 0)
    return rule


SERIAL_MIN = fr.EXCEL_EPOCH + datetime.timedelta(days=20000)
SERIAL_MAX = fr.EXCEL_EPOCH + datetime.timedelta(days=80000)


def date_values(column):
    """Per row: (errors, warnings) of Require + TryDate, and the date's ordinal (-1 when there is none)."""
    table, ordinals = [], []
    for text, err in zip(column.texts, column.errors):
        if err:
            table.append((0, 0)); ordinals.append(-1)
        elif not text:
            table.append((1, 0)); ordinals.append(-1)
        else:
            parsed = fr.parse_date(text)
            if parsed is None or (parsed[1] == "excel_serial" and not (SERIAL_MIN <= parsed[0] <= SERIAL_MAX)):
                table.append((1, 0)); ordinals.append(-1)
            else:
                table.append((0, 1 if parsed[1] else 0)); ordinals.append(parsed[0].toordinal())
    return np.array(table, dtype=np.int32).reshape(-1, 2)[column.codes], np.array(ordinals)[column.codes]


def finish(table, counts, repeated, result):
    counts = counts.copy()
    counts[repeated] = (1, 0)
    rejected = int((counts[:, 0] > 0).sum())
    result["files"][table.file] = {"rows_read": table.rows, "rows_accepted": table.rows - rejected, "rows_rejected": rejected,
                                   "errors": int(counts[:, 0].sum()), "warnings": int(counts[:, 1].sum())}
    result["errors"] += int(counts[:, 0].sum())
    result["warnings"] += int(counts[:, 1].sum())
    return counts[:, 0] == 0


def validate_institutions(table, result):
    """Row by row (a duplicate id depends on the rows before it): 1,500 rows."""
    errors, repeated = table.begin()
    c = table.columns
    counts = np.zeros((table.rows, 2), dtype=np.int32)
    counts[:, 0] = errors
    first_row = set()
    first_key = set()
    accepted_ids = []

    def cell(name, r):
        col = c[name]
        code = col.codes[r]
        return ("" if col.errors[code] else col.texts[code]), bool(col.errors[code])

    for r in range(table.rows):
        if repeated[r]:
            continue
        e, w = 0, 0
        idt, ide = cell("etablissement_id", r)
        e += require_rule(idt, ide)[0]
        if idt and idt in first_row:
            e += 1
        e += require_rule(*cell("nom", r))[0]
        t, te = cell("type", r)
        if not t:
            w += 1 if c["type"].present else 0
        elif fr.INSTITUTION_TYPES.resolve(t) is None:
            e += 1
        g, _ = cell("region", r)
        if g:
            region = fr.REGIONS.resolve(g)
            if region is None:
                e += 1
            elif region[1]:
                w += 1
        lat_t, lat_e = cell("latitude", r)
        lon_t, lon_e = cell("longitude", r)
        lat_bad = number_rule(-90, 90)(lat_t, lat_e)[0]
        lon_bad = number_rule(-180, 180)(lon_t, lon_e)[0]
        e += lat_bad + lon_bad
        if not (lat_bad or lon_bad or lat_e or lon_e) and (lat_t or lon_t):
            if not lat_t or not lon_t:
                e += 1
            else:
                lat, lon = fr.parse_number(lat_t), fr.parse_number(lon_t)
                if not fr.in_france(lat, lon):
                    if fr.in_france(lon, lat):
                        w += 1
                    else:
                        e += 1
        e += number_rule(0, INT_MAX, integer=True)(*cell("effectif", r))[0]
        e += number_rule(0, 10000, integer=True)(*cell("expositions_par_an", r))[0]
        counts[r, 0] += e
        counts[r, 1] += w
        if idt and counts[r, 0] == 0:
            first_row.add(idt)
            accepted_ids.append(idt)
            # An id that folds like an earlier one ("MUS-001", "mus 001") is accepted with a warning.
            if fr.fold(idt) in first_key:
                counts[r, 1] += 1
            else:
                first_key.add(fr.fold(idt))
    finish(table, counts, repeated, result)
    loose = {}
    for i in accepted_ids:
        k = fr.fold(i)
        loose[k] = None if k in loose else i
    return set(accepted_ids), loose


def validate_inventory(table, ids, loose, normalizer, result):
    errors, repeated = table.begin()
    c = table.columns
    counts = np.zeros((table.rows, 2), dtype=np.int32)
    counts[:, 0] = errors
    counts += c["etablissement_id"].per_value(institution_rule(ids, loose))
    counts += category_counts(table, normalizer, ["libelle", "marque", "modele"])
    counts += c["quantite"].per_value(quantity_rule(c["quantite"].present))
    counts += c["annee_acquisition"].per_value(year_rule(datetime.date.today().year))
    counts += c["statut"].per_value(status_rule(c["statut"].present))
    counts += c["mois_utilisation_par_an"].per_value(number_rule(0, 12))
    counts += c["prix_achat_eur"].per_value(number_rule(0, 1e9))
    return finish(table, counts, repeated, result)


def validate_needs(table, ids, loose, normalizer, result):
    errors, repeated = table.begin()
    c = table.columns
    counts = np.zeros((table.rows, 2), dtype=np.int32)
    counts[:, 0] = errors
    counts += c["etablissement_id"].per_value(institution_rule(ids, loose))
    counts += category_counts(table, normalizer, ["libelle"])
    counts += c["quantite"].per_value(quantity_rule(c["quantite"].present))
    start_counts, start = date_values(c["debut"])
    end_counts, end = date_values(c["fin"])
    counts += start_counts + end_counts
    counts[:, 0] += ((start >= 0) & (end >= 0) & (start > end)).astype(np.int32)
    return finish(table, counts, repeated, result)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    result = {"files": {}, "errors": 0, "warnings": 0}
    paths = {role: os.path.join(args.data, f"{role}.csv") for role in ("institutions", "inventaire", "besoins")}
    specs = {"institutions": INSTITUTION_COLUMNS, "inventaire": INVENTORY_COLUMNS, "besoins": NEED_COLUMNS}
    tables = {role: Table(path, specs[role]) for role, path in paths.items() if os.path.exists(path)}
    read_s = time.perf_counter() - started

    for table in tables.values():
        result["errors"] += len(table.missing)
    normalizer = fr.CategoryNormalizer(SYNONYMS)
    ids, loose = (None, {})
    if "institutions" in tables and not tables["institutions"].missing:
        ids, loose = validate_institutions(tables["institutions"], result)
    if "inventaire" in tables and not tables["inventaire"].missing:
        validate_inventory(tables["inventaire"], ids, loose, normalizer, result)
    if "besoins" in tables and not tables["besoins"].missing:
        validate_needs(tables["besoins"], ids, loose, normalizer, result)

    files = result["files"].values()
    result["rows_read"] = sum(f["rows_read"] for f in files)
    result["rows_accepted"] = sum(f["rows_accepted"] for f in files)
    result["rows_rejected"] = sum(f["rows_rejected"] for f in files)
    result["read_s"] = read_s
    result["total_s"] = time.perf_counter() - started
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
