using System.Globalization;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// The bookkeeping every row of our input layout goes through: counts the row as read, checks what
/// concerns the row as a whole (a repeated header line, a CSV line with a different field count,
/// Excel error values), collects its warnings and errors, then counts it accepted or rejected.
/// Typed reads (<see cref="TryInteger"/>, <see cref="TryNumber"/>, <see cref="TryDate"/>) accept
/// what French spreadsheets hold (decimal commas, Excel number and date cells, dd/mm/yyyy) and
/// report what they cannot read with the value, the rule and the column as written in the file.
/// </summary>
public sealed class RowValidator
{
    /// <summary>Excel serial numbers accepted as dates when typed as text: 1954-10-03 … 2119-01-10, so that "2024" stays a year, not a date of 1905.</summary>
    private const double MinSerialDate = 20_000, MaxSerialDate = 80_000;

    /// <summary>The most characters a cell of our layout may hold: Excel's own limit for a cell.</summary>
    public const int MaxCellChars = 32_767;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly TabularReader _reader;
    private readonly ColumnMap _map;
    private DataQualityReport _report;
    private readonly BoundColumn[] _mapped;
    private readonly int _first;
    private readonly HashSet<string>[] _headerKeys;
    private readonly bool[] _headerInitials = new bool[128];
    private readonly int _headerCount;
    private DataQualityReport.FileCounts _counts;
    private ulong _errorCells;
    private bool _begun;
    private bool _saidEmpty;

    // The key column repeats the same value over many rows (an institution's 700 lines): whether it
    // looks like its own header is remembered for the last value seen.
    private char[] _lastKey = [];
    private int _lastKeyLength = -1;
    private bool _lastKeyIsHeader;

    public RowValidator(TabularReader reader, ColumnMap map, DataQualityReport report)
    {
        _reader = reader;
        _map = map;
        _report = report;
        _mapped = map.Specs.Where(s => map.Has(s.Name)).Select(s => Column(s.Name)).OrderBy(c => c.Index).ToArray();
        _first = Math.Max(0, Array.FindIndex(_mapped, c => map.Specs.First(s => s.Name == c.Name).Required));
        _headerKeys = _mapped
            .Select(c => map.Specs.First(s => s.Name == c.Name).AllNames.Append(c.Header).Select(n => MatchKey.Fold(n)).ToHashSet(StringComparer.Ordinal))
            .ToArray();
        if (_mapped.Length > 0)
            foreach (var key in _headerKeys[_first])
                if (key.Length > 0 && key[0] < 128) _headerInitials[key[0]] = true;
        _headerCount = reader.Headers.Count;
        _counts = report.CountsOf(reader.File);
    }

    public string File => _reader.File;

    public int Row => _reader.RowNumber;

    public bool IsRejected { get; private set; }

    public BoundColumn Column(string name) => new(name, _map[name], _map.HeaderOf(name));

    /// <summary>Advances to the next row; a file that breaks mid-way is reported at the row where it broke, the rows before it kept.</summary>
    public bool Next()
    {
        try
        {
            if (_reader.Read()) return true;
        }
        catch (InputFileException e)
        {
            _report.Add(e.ToIssue());
            return false;
        }
        // A file with its header and nothing under it is read without error, but said: an export
        // that lost its rows would otherwise pass for an institution with nothing to declare.
        if (!_begun && !_saidEmpty)
        {
            _saidEmpty = true;
            WarnNoRows(_report, File);
        }
        return false;
    }

    internal static void WarnNoRows(DataQualityReport report, string file) =>
        report.Warn(file, 0, "", "Aucune ligne de données sous la ligne d'en-tête : le fichier est lu mais ne contient rien. Vérifiez qu'il s'agit du bon fichier ou de la bonne feuille.");

    /// <summary>
    /// Sends the issues and row counts of the rows validated from now on to <paramref name="report"/>:
    /// a thread that validates batches of a file (<see cref="ParallelRecords"/>) keeps each batch's
    /// findings apart, to be merged in file order.
    /// </summary>
    internal void ReportTo(DataQualityReport report)
    {
        _report = report;
        _counts = report.CountsOf(File);
    }

    /// <summary>
    /// Starts a row: counts it as read and checks it as a whole. Returns false when the row is
    /// already rejected as a whole (a repeated header), in which case the caller goes straight to <see cref="End"/>.
    /// </summary>
    public bool Begin()
    {
        _begun = true;
        IsRejected = false;
        _errorCells = 0;
        _counts.RowsRead++;

        if (_reader.RowFieldCount != _headerCount)
            Warn(BoundColumn.None, $"Cette ligne a {_reader.RowFieldCount} champ{(_reader.RowFieldCount > 1 ? "s" : "")} alors que l'en-tête en a {_headerCount} : les valeurs peuvent être décalées d'une colonne. Vérifiez les séparateurs et les guillemets de la ligne.");

        if (IsRepeatedHeader())
        {
            Reject(BoundColumn.None, "Cette ligne répète la ligne d'en-tête (fichiers mis bout à bout ?) : supprimez-la.");
            return false;
        }

        if (_reader.RowHasMergedCells)
            foreach (var column in _mapped)
                if (_reader.MergedFrom(column.Index) is { } top)
                    Warn(column, $"Cellule fusionnée : la valeur « {_reader.Span(column.Index)} » de la cellule {top} est reprise pour cette ligne. Défusionnez les cellules et recopiez la valeur dans chaque ligne.");

        bool mayHoldNul = _reader.RowMayHoldNul;
        for (int i = 0; i < _mapped.Length; i++)
        {
            var column = _mapped[i];
            // XLSX error cells are handed over as their literal, like the text a CSV export holds.
            var cell = _reader.Span(column.Index);
            if (IsDamaged(column, cell, mayHoldNul)) return false;
            if (!cell.IsEmpty && cell[0] == '=' && _reader.Kind(column.Index) == CellKind.Error)
            {
                Reject(column, $"La cellule contient la formule « {cell} » sans valeur calculée (classeur écrit par un programme et jamais recalculé) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le, ou saisissez la valeur.");
                if (i < 64) _errorCells |= 1UL << i;
                continue;
            }
            if (cell.IsEmpty || cell[0] != '#' || !ExcelErrorValue.IsError(cell)) continue;
            var text = cell.ToString();
            var meaning = ExcelErrorValue.Meaning(text);
            Reject(column, $"La cellule contient l'erreur Excel « {text} »{(meaning is null ? "" : $" ({meaning})")} : corrigez la formule ou saisissez la valeur.");
            if (i < 64) _errorCells |= 1UL << i;
        }
        return true;
    }

    /// <summary>
    /// A cell no spreadsheet could have written rejects its row before any rule reads it: NUL bytes
    /// (a damaged copy, a file padded by a crash) or more characters than an Excel cell holds (a
    /// quote left open that swallowed the lines after it); the value is not quoted in the message.
    /// </summary>
    private bool IsDamaged(BoundColumn column, ReadOnlySpan<char> cell, bool mayHoldNul)
    {
        if (cell.Length > MaxCellChars)
        {
            var advice = _reader is CsvTabularReader or CsvTabularReader.BatchCursor
                ? "Vérifiez les guillemets de la ligne (un guillemet non fermé avale les lignes suivantes) ou raccourcissez le texte."
                : "Excel n'a pas pu écrire cette cellule : le classeur vient d'un autre programme ou est endommagé ; raccourcissez le texte.";
            Reject(column, $"La cellule contient {cell.Length.ToString("N0", French)} caractères, plus que les {MaxCellChars.ToString("N0", French)} qu'une cellule Excel peut contenir : la ligne est ignorée. {advice}");
            return true;
        }
        if (mayHoldNul && cell.Contains('\0'))
        {
            Reject(column, "La cellule contient des octets nuls (caractère 0) : le fichier est endommagé à cette ligne (copie interrompue, disque plein ?). Reprenez la ligne depuis le fichier d'origine.");
            return true;
        }
        return false;
    }

    /// <summary>
    /// Every row of the file, through <see cref="Begin"/> and <see cref="End"/>: <paramref name="parse"/>
    /// reads a row that <see cref="Begin"/> did not reject as a whole and returns its record, or null
    /// when it rejected the row; the records of the accepted rows are yielded as the file is read.
    /// </summary>
    public IEnumerable<T> Records<T>(Func<T?> parse) where T : class
    {
        while (Next())
        {
            var record = Begin() ? parse() : null;
            if (End() && record is not null) yield return record;
        }
    }

    /// <summary>Ends the row: counts it accepted or rejected and returns true when accepted.</summary>
    public bool End()
    {
        if (IsRejected) _counts.RowsRejected++;
        else _counts.RowsAccepted++;
        return !IsRejected;
    }

    public void Reject(BoundColumn column, string message, string? suggestion = null)
    {
        IsRejected = true;
        _report.Error(File, Row, column.Header ?? "", message, suggestion);
    }

    public void Warn(BoundColumn column, string message, string? suggestion = null) =>
        _report.Warn(File, Row, column.Header ?? "", message, suggestion);

    public ReadOnlySpan<char> Span(BoundColumn column) => _reader.Span(column.Index);

    public CellKind Kind(BoundColumn column) => _reader.Kind(column.Index);

    /// <summary>True when the cell is empty or holds an Excel error already reported by <see cref="Begin"/>.</summary>
    public bool IsEmpty(BoundColumn column) => _reader.Kind(column.Index) == CellKind.Empty || HasErrorValue(column);

    /// <summary>True when the cell holds an Excel error value (already reported by <see cref="Begin"/>).</summary>
    public bool HasErrorValue(BoundColumn column)
    {
        if (_errorCells == 0) return false;
        int i = Array.IndexOf(_mapped, column);
        return i is >= 0 and < 64 && (_errorCells & (1UL << i)) != 0;
    }

    /// <summary>Rejects the row when a required cell is empty; <paramref name="missing"/> opens the message ("Date de début manquante").</summary>
    public bool Require(BoundColumn column, string missing)
    {
        if (HasErrorValue(column)) return false;
        if (_reader.Kind(column.Index) != CellKind.Empty) return true;
        Reject(column, $"{missing} : cette colonne est obligatoire.");
        return false;
    }

    /// <summary>
    /// Reads an integer between <paramref name="min"/> and <paramref name="max"/>. An empty cell gives
    /// null and true. Anything else that is not such an integer rejects the row, the message quoting the value and <paramref name="rule"/>.
    /// </summary>
    public bool TryInteger(BoundColumn column, long min, long max, string rule, out long? value)
    {
        value = null;
        if (!TryNumberCell(column, rule, out double? number)) return false;
        if (number is null) return true;
        if (number != Math.Floor(number.Value))
        {
            Reject(column, $"« {Shown(column)} » n'est pas un nombre entier : attendu {rule}.");
            return false;
        }
        if (number < min || number > max)
        {
            Reject(column, $"« {Shown(column)} » est hors limites : attendu {rule}.");
            return false;
        }
        value = (long)number.Value;
        return true;
    }

    /// <summary>Reads a number between <paramref name="min"/> and <paramref name="max"/> (decimal comma or point, currency and spaces allowed). Empty gives null and true.</summary>
    public bool TryNumber(BoundColumn column, double min, double max, string rule, out double? value)
    {
        if (!TryNumberCell(column, rule, out value)) return false;
        if (value is null || (value >= min && value <= max)) return true;
        Reject(column, $"« {Shown(column)} » est hors limites : attendu {rule}.");
        value = null;
        return false;
    }

    private bool TryNumberCell(BoundColumn column, string rule, out double? value)
    {
        value = null;
        var kind = _reader.Kind(column.Index);
        if (kind == CellKind.Empty) return true;
        if (HasErrorValue(column)) return false;
        switch (kind)
        {
            case CellKind.Number:
                value = _reader.Number(column.Index);
                return true;
            case CellKind.Date:
                Reject(column, $"Excel a enregistré cette valeur comme une date ({_reader.Span(column.Index)}) : attendu {rule}. Mettez la cellule au format Nombre et saisissez la valeur.");
                return false;
            case CellKind.Boolean:
                Reject(column, $"« {_reader.Span(column.Index)} » est une valeur VRAI/FAUX : attendu {rule}.");
                return false;
        }
        if (FrenchNumber.TryParse(_reader.Span(column.Index), out double parsed))
        {
            value = parsed;
            return true;
        }
        Reject(column, $"« {Shown(column)} » n'est pas un nombre : attendu {rule}.");
        return false;
    }

    /// <summary>
    /// Reads a date: an Excel date cell, dd/mm/yyyy, yyyy-mm-dd, or an Excel serial number (accepted
    /// with a warning, as is a two-digit year). Empty gives null and true; anything else rejects the row.
    /// </summary>
    public bool TryDate(BoundColumn column, out DateOnly? value)
    {
        value = null;
        if (IsEmpty(column)) return !HasErrorValue(column);
        switch (_reader.Kind(column.Index))
        {
            case CellKind.Date:
                value = DateOnly.FromDateTime(_reader.Date(column.Index));
                return true;
            case CellKind.Number:
                double serial = _reader.Number(column.Index);
                if (serial >= MinSerialDate && serial <= MaxSerialDate && serial == Math.Floor(serial))
                {
                    value = FrenchDate.FromExcelSerial(serial);
                    Warn(column, $"Le nombre {serial.ToString(CultureInfo.InvariantCulture)} a été lu comme un numéro de série de date Excel : {value:dd/MM/yyyy}. Mettez la cellule au format Date pour lever l'ambiguïté.");
                    return true;
                }
                Reject(column, $"« {Shown(column)} » n'est pas une date : écrivez-la jj/mm/aaaa (par exemple 05/03/2024) ou aaaa-mm-jj.");
                return false;
        }
        var text = _reader.Span(column.Index);
        if (FrenchDate.TryParse(text, out var date, out var note)
            && (note != DateParseNote.ExcelSerial || (date.DayNumber - FrenchDate.FromExcelSerial(MinSerialDate).DayNumber >= 0 && date <= FrenchDate.FromExcelSerial(MaxSerialDate))))
        {
            value = date;
            if (note == DateParseNote.ExcelSerial)
                Warn(column, $"« {text} » a été lu comme un numéro de série de date Excel : {date:dd/MM/yyyy}. Écrivez la date jj/mm/aaaa pour lever l'ambiguïté.");
            else if (note == DateParseNote.TwoDigitYear)
                Warn(column, $"Année à deux chiffres : « {text} » a été lu comme le {date:dd/MM/yyyy}. Écrivez l'année sur quatre chiffres.");
            return true;
        }
        Reject(column, $"« {text} » n'est pas une date valide : écrivez-la jj/mm/aaaa (par exemple 05/03/2024) ou aaaa-mm-jj.");
        return false;
    }

    /// <summary>The cell as the user sees it, for messages.</summary>
    public string Shown(BoundColumn column) => _reader.Kind(column.Index) == CellKind.Number
        ? _reader.Number(column.Index).ToString("G15", CultureInfo.GetCultureInfo("fr-FR"))
        : _reader.Span(column.Index).ToString();

    /// <summary>
    /// A line that repeats the header (two CSV files concatenated, or a header copied under a
    /// block of rows): the key column holds one of its own header names and so do the others.
    /// </summary>
    private bool IsRepeatedHeader()
    {
        if (_mapped.Length == 0) return false;
        // Most rows start with an id whose first letter begins no header name: no need to fold it.
        var key = _reader.Span(_mapped[_first].Index);
        if (key.IsEmpty || (key[0] < 128 && !_headerInitials[char.ToLowerInvariant(key[0])])) return false;
        if (!KeyMatchesOwnHeader(key)) return false;
        int filled = 0, headerLike = 0;
        for (int i = 0; i < _mapped.Length; i++)
        {
            if (_reader.Kind(_mapped[i].Index) == CellKind.Empty) continue;
            filled++;
            if (MatchesOwnHeader(i)) headerLike++;
        }
        return headerLike >= Math.Max(1, filled * 2 / 3);
    }

    private bool KeyMatchesOwnHeader(ReadOnlySpan<char> key)
    {
        if (key.Length == _lastKeyLength && key.SequenceEqual(_lastKey.AsSpan(0, _lastKeyLength))) return _lastKeyIsHeader;
        _lastKeyIsHeader = MatchesOwnHeader(_first);
        if (key.Length > _lastKey.Length) _lastKey = new char[Math.Max(key.Length, 32)];
        key.CopyTo(_lastKey);
        _lastKeyLength = key.Length;
        return _lastKeyIsHeader;
    }

    private bool MatchesOwnHeader(int mapped)
    {
        if (mapped < 0) return false;
        var cell = _reader.Span(_mapped[mapped].Index);
        if (cell.IsEmpty || !char.IsLetter(cell[0]) || cell.Length > 80) return false;
        Span<char> folded = stackalloc char[cell.Length * 2];
        int n = MatchKey.FoldInto(cell, folded);
        return _headerKeys[mapped].GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded[..n]);
    }
}
