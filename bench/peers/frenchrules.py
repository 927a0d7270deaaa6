"""The toolkit's reading rules, written in plain Python for the pandas peer.

Each function mirrors one C# type of src/Ressourcerie.Analytics (named in its docstring) closely
enough that the peer accepts, corrects and rejects the same rows: text folding (MatchKey), French
numbers and dates (FrenchNumber, FrenchDate), the synonym tables of statuses, institution types and
regions, and the category normaliser (CategoryNormalizer), which reads the toolkit's own synonym
table file. The peer calls them once per distinct cell text, as a pandas user would with
``factorize``/``map``, never once per row.
"""

import csv
import datetime
import math
import unicodedata

# --- MatchKey -----------------------------------------------------------------------------------

_LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"}


def _fold_non_ascii(c):
    if c in _LIGATURES:
        return _LIGATURES[c]
    return "".join(d for d in unicodedata.normalize("NFD", c) if unicodedata.category(d) != "Mn")


def is_letter_or_digit(c):
    """char.IsLetterOrDigit: Unicode letters and decimal digits only."""
    if c < "\x80":
        return c.isalnum()
    cat = unicodedata.category(c)
    return cat[0] == "L" or cat == "Nd"


def fold(text):
    """MatchKey.Fold: no accents, lower case, letters and digits only."""
    out = []
    for c in text:
        if c < "\x80":
            if c.isalnum():
                out.append(c.lower())
            continue
        for f in _fold_non_ascii(c):
            if is_letter_or_digit(f):
                out.append(f.lower())
    return "".join(out)


def fold_words(text):
    """MatchKey.FoldWords: like fold, word boundaries kept as single spaces."""
    out = []
    pending = False
    for c in text:
        for f in (c if c < "\x80" else _fold_non_ascii(c)):
            if is_letter_or_digit(f):
                if pending and out:
                    out.append(" ")
                pending = False
                out.append(f.lower())
            else:
                pending = True
    return "".join(out)


# --- ExcelErrorValue ----------------------------------------------------------------------------

EXCEL_ERRORS = {e.lower() for e in (
    "#N/A", "#DIV/0!", "#VALUE!", "#VALEUR!", "#REF!", "#NAME?", "#NOM?", "#NUM!", "#NOMBRE!",
    "#NULL!", "#NUL!", "#SPILL!", "#PROPAGATION!", "#CALC!", "#GETTING_DATA")}


def is_excel_error(text):
    return text[:1] == "#" and text.lower() in EXCEL_ERRORS


# --- FrenchNumber -------------------------------------------------------------------------------

# Longest first, as in FrenchNumber: "€ HT" before "€".
_UNITS = ("€ HT", "€ TTC", "€HT", "€TTC", "EUR HT", "EUR TTC", "HT", "TTC", "€", "EUR", "euros", "euro", "%", "$", "mois")


def _strip_units(text):
    if not text or ("0" <= text[0] <= "9" and "0" <= text[-1] <= "9"):
        return text
    low = text.lower()
    for unit in _UNITS:
        u = unit.lower()
        if low.endswith(u):
            return text[: len(text) - len(unit)].rstrip()
        if low.startswith(u):
            return text[len(unit):].lstrip()
    return text


def parse_number(text):
    """FrenchNumber.TryParse: decimal comma or point, thousands spaces, units. None when unreadable."""
    text = _strip_units(text.strip())
    if not text:
        return None
    last_comma, last_dot = text.rfind(","), text.rfind(".")
    decimal = "," if last_comma > last_dot else "."
    commas, dots = text.count(","), text.count(".")
    if decimal == "," and commas > 1:
        return None
    if decimal == "." and dots > 1 and commas == 0:
        decimal = None
    buf = []
    for c in text:
        if c == decimal:
            buf.append(".")
        elif ("0" <= c <= "9") or (c in "+-" and not buf) or c in "eE":
            buf.append(c)
        elif c in " \u00a0\u202f'’,.":
            continue
        elif c == "−" and not buf:
            buf.append("-")
        else:
            return None
    try:
        value = float("".join(buf))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


# --- FrenchDate ---------------------------------------------------------------------------------

EXCEL_EPOCH = datetime.date(1899, 12, 30)


def _make(y, m, d):
    try:
        return datetime.date(y, m, d) if 1 <= y <= 9999 else None
    except ValueError:
        return None


def parse_date(text):
    """FrenchDate.TryParse: (date, note) with note None, 'two_digit_year' or 'excel_serial'; None when unreadable.

    The C# reader's last resort (DateOnly.TryParse with the fr-FR culture) is not mirrored: the
    benchmark data holds no date that only it reads."""
    text = text.strip()
    if not text:
        return None
    cut = min((i for i in (text.find(" "), text.find("T")) if i >= 0), default=-1)
    if cut >= 8:
        text = text[:cut]
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        y, m, d = text[:4], text[5:7], text[8:]
        if y.isdigit() and m.isdigit() and d.isdigit() and y.isascii() and m.isascii() and d.isascii():
            date = _make(int(y), int(m), int(d))
            if date:
                return date, None
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) == 3:
        d, m, y = parts
        if 1 <= len(d) <= 2 and 1 <= len(m) <= 2 and len(y) in (2, 4) and all(p.isascii() and p.isdigit() for p in parts):
            year = int(y)
            if len(y) == 2:
                year += 2000 if year < 70 else 1900
            date = _make(year, int(m), int(d))
            if date:
                return date, ("two_digit_year" if len(y) == 2 else None)
    serial = parse_number(text)
    if serial is not None and 1 <= serial < 2958466 and serial == math.floor(serial):
        return EXCEL_EPOCH + datetime.timedelta(days=int(serial)), "excel_serial"
    return None


# --- Synonym tables (SynonymTable<T>) -----------------------------------------------------------

class SynonymTable:
    def __init__(self, entries):
        self.by_key = {}
        for label, value in entries:
            self.by_key.setdefault(fold(label), value)

    def resolve(self, text):
        return self.by_key.get(fold(text))


class RegionTable(SynonymTable):
    """FrenchRegions.TryNormalize: a leading « Région » is allowed ("Région Bretagne")."""

    def resolve(self, text):
        found = super().resolve(text)
        if found is None and text[:6].lower() in ("région", "region"):
            found = super().resolve(text[6:].lstrip())
        return found


STATUSES = SynonymTable([(s, v) for v, spellings in {
    "en service": ["en service", "service", "actif", "active", "utilisé", "utilisée", "en utilisation", "en usage",
                   "en fonctionnement", "opérationnel", "in use", "in service"],
    "en stock": ["en stock", "stock", "stocké", "stockée", "réserve", "en réserve", "disponible", "inutilisé",
                 "non utilisé", "in storage", "storage", "ready to deploy", "available", "unused", "idle"],
    "hors service": ["hors service", "HS", "cassé", "cassée", "hors d'usage", "réformé", "obsolète", "au rebut",
                     "broken", "archived", "archivé", "out of order", "retired"],
    "à réparer": ["à réparer", "en panne", "panne", "en réparation", "réparation", "défectueux", "en maintenance",
                  "pending", "to repair", "needs repair", "faulty"],
    "prêté": ["prêté", "en prêt", "prêt", "prêtée", "on loan", "loaned", "lent", "deployed-out"],
}.items() for s in spellings])

INSTITUTION_TYPES = SynonymTable([(s, v) for v, spellings in {
    "musee": ["musée", "musées", "museum", "muséum", "musée de France", "musée d'art", "musée municipal",
              "musée national", "museum of art", "art museum"],
    "frac": ["frac", "fonds régional d'art contemporain", "fonds régionaux d'art contemporain"],
    "centre_art": ["centre d'art", "centre d'art contemporain", "centre d'art contemporain d'intérêt national",
                   "CACIN", "CAC", "art centre", "art center", "contemporary art centre", "contemporary art center"],
    "ecole_art": ["école d'art", "école supérieure d'art", "école supérieure d'art et de design",
                  "école nationale supérieure d'art", "école des beaux-arts", "beaux-arts", "école d'art et de design",
                  "ESA", "ESAD", "ESBA", "ENSA", "ENSBA", "art school", "school of art"],
    "cnap": ["cnap", "centre national des arts plastiques"],
    "autre": ["autre", "autres", "other"],
}.items() for s in spellings])

_CURRENT_REGIONS = [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est",
    "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    "Polynésie française", "Nouvelle-Calédonie", "Saint-Pierre-et-Miquelon", "Saint-Martin", "Saint-Barthélemy",
    "Wallis-et-Futuna"]
_REGION_ALIASES = [
    ("ARA", "Auvergne-Rhône-Alpes"), ("AURA", "Auvergne-Rhône-Alpes"), ("BFC", "Bourgogne-Franche-Comté"),
    ("CVL", "Centre-Val de Loire"), ("Centre Val-de-Loire", "Centre-Val de Loire"), ("HDF", "Hauts-de-France"),
    ("IDF", "Île-de-France"), ("Paris Île-de-France", "Île-de-France"), ("Région parisienne", "Île-de-France"),
    ("PACA", "Provence-Alpes-Côte d'Azur"), ("Région Sud", "Provence-Alpes-Côte d'Azur"),
    ("Sud", "Provence-Alpes-Côte d'Azur"), ("Provence", "Provence-Alpes-Côte d'Azur"), ("Réunion", "La Réunion"),
    ("Ile de la Réunion", "La Réunion"), ("Guyane française", "Guyane"), ("Corse-du-Sud", "Corse"),
    ("Haute-Corse", "Corse"), ("Pays-de-la-Loire", "Pays de la Loire"), ("Polynésie", "Polynésie française")]
_REGION_FORMER = [
    ("Alsace", "Grand Est"), ("Champagne-Ardenne", "Grand Est"), ("Lorraine", "Grand Est"),
    ("Alsace-Champagne-Ardenne-Lorraine", "Grand Est"), ("ACAL", "Grand Est"), ("Aquitaine", "Nouvelle-Aquitaine"),
    ("Limousin", "Nouvelle-Aquitaine"), ("Poitou-Charentes", "Nouvelle-Aquitaine"),
    ("Aquitaine-Limousin-Poitou-Charentes", "Nouvelle-Aquitaine"), ("ALPC", "Nouvelle-Aquitaine"),
    ("Auvergne", "Auvergne-Rhône-Alpes"), ("Rhône-Alpes", "Auvergne-Rhône-Alpes"),
    ("Bourgogne", "Bourgogne-Franche-Comté"), ("Franche-Comté", "Bourgogne-Franche-Comté"),
    ("Basse-Normandie", "Normandie"), ("Haute-Normandie", "Normandie"), ("Languedoc-Roussillon", "Occitanie"),
    ("Midi-Pyrénées", "Occitanie"), ("Languedoc-Roussillon-Midi-Pyrénées", "Occitanie"), ("LRMP", "Occitanie"),
    ("Nord-Pas-de-Calais", "Hauts-de-France"), ("Picardie", "Hauts-de-France"),
    ("Nord-Pas-de-Calais-Picardie", "Hauts-de-France"), ("Centre", "Centre-Val de Loire")]
REGIONS = RegionTable([(r, (r, False)) for r in _CURRENT_REGIONS]
                       + [(a, (r, False)) for a, r in _REGION_ALIASES]
                       + [(f, (r, True)) for f, r in _REGION_FORMER])

FRANCE_BOXES = [
    (41.2, 51.2, -5.3, 9.7), (15.8, 16.6, -61.9, -60.9), (14.3, 14.9, -61.3, -60.7), (2.0, 5.9, -54.7, -51.5),
    (-21.5, -20.8, 55.1, 55.9), (-13.1, -12.5, 44.9, 45.4), (46.7, 47.2, -56.5, -56.0), (17.8, 18.2, -63.2, -62.7),
    (-28.0, -7.0, -155.0, -134.0), (-23.0, -19.5, 163.5, 168.2), (-14.5, -13.1, -178.3, -176.0)]


def in_france(lat, lon):
    return any(s <= lat <= n and w <= lon <= e for s, n, w, e in FRANCE_BOXES)


# --- CategoryNormalizer -------------------------------------------------------------------------

TAXONOMY = [
    ("video_projector", "Vidéoprojecteur", "Video projector"), ("display", "Écran / moniteur", "Display / monitor"),
    ("tv", "Téléviseur / grand écran", "TV / large display"), ("touch_display", "Écran tactile", "Touch display"),
    ("video_wall", "Mur d'images", "Video wall"), ("projection_screen", "Écran de projection", "Projection screen"),
    ("media_player", "Lecteur multimédia", "Media player"), ("media_server", "Serveur média", "Media server"),
    ("disc_player", "Lecteur de disques", "Disc player"), ("av_signal", "Distribution du signal AV", "AV signal distribution"),
    ("show_control", "Automate / contrôle de show", "Show control"), ("computer_laptop", "Ordinateur portable", "Laptop"),
    ("computer_desktop", "Ordinateur fixe", "Desktop computer"), ("computer_mini_pc", "Mini-PC", "Mini PC"),
    ("tablet", "Tablette", "Tablet"), ("smartphone", "Smartphone", "Smartphone"), ("server", "Serveur", "Server"),
    ("network", "Équipement réseau", "Network equipment"), ("printer", "Imprimante", "Printer"),
    ("printer_3d", "Imprimante 3D / découpe laser", "3D printer / laser cutter"), ("scanner", "Scanner", "Scanner"),
    ("loudspeaker", "Enceinte", "Loudspeaker"), ("headphones", "Casque audio", "Headphones"),
    ("amplifier", "Amplificateur", "Amplifier"), ("audio_mixer", "Table de mixage / interface audio", "Audio mixer / interface"),
    ("microphone", "Microphone", "Microphone"), ("audio_guide", "Audioguide", "Audio guide"),
    ("hearing_assist", "Boucle magnétique", "Hearing loop"), ("camera_photo", "Appareil photo", "Photo camera"),
    ("camera_video", "Caméra vidéo", "Video camera"), ("vr_headset", "Casque de réalité virtuelle", "VR headset"),
    ("interactive_kiosk", "Borne interactive", "Interactive kiosk"), ("sensor_interactive", "Capteur interactif", "Interactive sensor"),
    ("lighting_control", "Contrôle lumière", "Lighting control"), ("other", "Autre", "Other")]

LARGE_DISPLAY_INCHES = 40
_STRENGTH = {"term": 3, "brand": 3, "ambiguous": 2, "ambiguous_brand": 2, "other": 1, "vague": 1}


def tokenize(text):
    return [w[:-1] if len(w) >= 4 and w[-1] == "s" and w[-2] != "s" and not ("0" <= w[-2] <= "9") else w
            for w in fold_words(text).split(" ") if w]


def _is_model_number(token):
    digit = any("0" <= c <= "9" for c in token)
    letter = any(not ("0" <= c <= "9") for c in token)
    return digit and (letter or len(token) >= 3)


def _has_inch_mark(rest):
    if not rest:
        return False
    if rest[0] in "\"”″“":
        return True
    if rest.startswith(("''", "’’", "′′")):
        return True
    low = rest.lower()
    for unit in ("pouces", "pouce", "inches", "inch", "in", "po"):
        if low.startswith(unit) and (len(rest) == len(unit) or not rest[len(unit)].isalpha()):
            return True
    return False


def diagonal_inches(text):
    largest, i, n = 0.0, 0, len(text)
    while i < n:
        if not ("0" <= text[i] <= "9") or (i > 0 and is_letter_or_digit(text[i - 1])):
            i += 1
            continue
        j = i
        while j < n and "0" <= text[j] <= "9":
            j += 1
        end = j
        if j + 1 < n and text[j] in ",." and "0" <= text[j + 1] <= "9":
            end = j + 1
            while end < n and "0" <= text[end] <= "9":
                end += 1
        k = end
        while k < n and text[k] in " \u00a0\u202f":
            k += 1
        if _has_inch_mark(text[k:]):
            inches = float(text[i:end].replace(",", "."))
            if 10 <= inches <= 150:
                largest = max(largest, inches)
        i = end + 1
    return largest


class CategoryNormalizer:
    """CategoryNormalizer: (category id or None, evidence) for a category cell and its libellé, marque, modèle.

    Evidence is 'empty', 'unknown', 'vague_default' (accepted as « other » with a warning) or an
    accepted kind ('category', 'details', 'diagonal')."""

    def __init__(self, synonyms_csv):
        rows = []
        with open(synonyms_csv, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows.append((r["category"], r["label"], r["kind"]))
        for cid, fr, en in TAXONOMY:
            kind = "other" if cid == "other" else "term"
            rows += [(cid, cid, kind), (cid, fr, kind), (cid, en, kind)]
        self.phrases = {}
        for cid, label, kind in rows:
            key = " ".join(tokenize(label))
            if key and key not in self.phrases:
                self.phrases[key] = (cid, kind)
        self.max_tokens = max(k.count(" ") + 1 for k in self.phrases)
        self.taxonomy_keys = {" ".join(tokenize(own)) for row in TAXONOMY for own in row}
        self._cells = {}
        self._pairs = {}

    def _match(self, text):
        tokens = tokenize(text)
        best = None  # (strength, tokens, -start, category id, kind)
        for start in range(len(tokens)):
            for length in range(min(self.max_tokens, len(tokens) - start), 0, -1):
                found = self.phrases.get(" ".join(tokens[start:start + length]))
                if found is None:
                    continue
                cid, kind = found
                if kind == "ambiguous_brand" and start + length < len(tokens) and _is_model_number(tokens[start + length]):
                    break
                candidate = (_STRENGTH[kind], length, -start, cid, kind)
                if best is None or candidate[:3] > best[:3]:
                    best = candidate
                break
        return best

    def _cell(self, category):
        """(id, evidence, needs details, refinable by details)."""
        match = self._match(category)
        # One of the taxonomy's own ids or labels is a choice from the template's list: kept as is.
        if match is not None and " ".join(tokenize(category)) in self.taxonomy_keys:
            return match[3], "category", False, False
        if match is None:
            if not tokenize(category):
                return None, "empty", True, True
            if diagonal_inches(category) >= LARGE_DISPLAY_INCHES:
                return "tv", "diagonal", False, True
            return None, "unknown", False, True
        strength, _, _, cid, kind = match
        if strength == 1:
            return "other", ("category" if kind == "other" else "vague_default"), True, True
        if cid == "display" and diagonal_inches(category) >= LARGE_DISPLAY_INCHES:
            return "tv", "diagonal", False, True
        refinable = strength == 2
        return cid, "category", refinable or cid == "display", refinable

    def cell(self, category):
        category = category.strip()
        cell = self._cells.get(category)
        if cell is None:
            cell = self._cells[category] = self._cell(category)
        return cell

    def _pair(self, first, second):
        key = (first, second)
        match = self._pairs.get(key)
        if match is None:
            match = self._pairs[key] = self._match(first + " " + second) or (0,)
        return match

    def normalize(self, category, label="", brand="", model=""):
        """CategoryNormalizer.Normalize: the details are matched as two pairs, the category with the
        libellé and the brand with the model, and the better pair may override an ambiguous,
        vague or empty cell; a display of 40 inches or more is a tv."""
        cell = self.cell(category)
        category = category.strip()
        label, brand, model = label.strip(), brand.strip(), model.strip()
        cid, evidence, needs_details, refinable = cell
        if not needs_details or not (label or brand or model):
            return cid, evidence
        diagonal = max(diagonal_inches(label), diagonal_inches(model)) >= LARGE_DISPLAY_INCHES
        if not refinable:
            return ("tv", "diagonal") if diagonal else (cid, evidence)
        from_label = self._pair(category, label) if label else (0,)
        from_product = self._pair(brand, model) if (brand or model) else (0,)
        details = from_product if from_product[:3] > from_label[:3] else from_label
        if evidence == "empty":
            return None, "empty"
        needed = 2 if cid == "other" else 3
        if details[0] >= needed and details[3] != cid:
            cid, evidence = details[3], "details"
        if cid == "display" and diagonal:
            cid, evidence = "tv", "diagonal"
        return cid, evidence
