using System.Globalization;
using System.IO.Compression;
using ExcelDataReader;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// An XLSX sheet through ExcelDataReader (a streaming reader: rows are not all held in memory, unlike
/// ClosedXML's workbook model). The sheet read is the one whose name matches one of the preferred
/// names (the file's role, e.g. "inventaire"), else the first sheet. Excel's own types are kept:
/// a date cell is a date, an error cell such as <c>#N/A</c> is reported as an error, not as text.
/// </summary>
public sealed class XlsxTabularReader : TabularReader
{
    /// <summary>Refuse archives that would inflate beyond this (a zip bomb disguised as a workbook).</summary>
    public const long MaxUncompressedBytes = 2L * 1024 * 1024 * 1024;

    private const int MaxCompressionRatio = 200;

    private readonly Stream _stream;
    private readonly IExcelDataReader _excel;
    private readonly string[] _headers;
    private readonly string _description;
    private readonly object?[] _values;
    private readonly string?[] _texts;
    private readonly Dictionary<(int Row, int Column), string> _errorCells;
    private readonly VerticalMerges? _merges;
    private readonly string?[] _mergedFrom;
    private bool _rowHasMergedCells;
    private int _row;
    private int _fieldCount;

    // ExcelDataReader asks for code page 1252 even for .xlsx; .NET Core only has it once registered.
    static XlsxTabularReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public XlsxTabularReader(Stream stream, string file, IEnumerable<string>? preferredSheets = null) : base(file)
    {
        _stream = stream;
        CheckArchive(stream, file);
        try
        {
            _excel = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (Exception e)
        {
            throw Unreadable(file, 0, e);
        }

        try
        {
            SheetName = SelectSheet(preferredSheets);
            _errorCells = XlsxErrorCells.Find(stream, SheetName);
            _description = $"XLSX, feuille « {SheetName} »";
            _values = new object?[Math.Max(_excel.FieldCount, 1)];
            _texts = new string?[_values.Length];
            _merges = VerticalMerges.From(_excel.MergeCells, _values.Length);
            _mergedFrom = new string?[_values.Length];

            if (!NextNonBlankRow())
                throw new InputFileException(file, 0, "", $"La feuille « {SheetName} » est vide : aucune ligne d'en-tête n'a été trouvée.");
            _headers = new string[_fieldCount];
            for (int i = 0; i < _fieldCount; i++) _headers[i] = FormatCell(_values[i]).Trim();
            HeaderRow = _row;
        }
        catch (Exception e)
        {
            _excel.Dispose();
            throw e as InputFileException ?? Unreadable(file, 0, e);
        }
    }

    public string SheetName { get; }

    public int HeaderRow { get; }

    public override string Description => _description;

    public override IReadOnlyList<string> Headers => _headers;

    public override int RowNumber => _row;

    public override int RowFieldCount => _fieldCount;

    public override bool Read() => NextNonBlankRow();

    private bool NextNonBlankRow()
    {
        while (true)
        {
            bool more;
            try
            {
                more = _excel.Read();
            }
            catch (Exception e)
            {
                throw Unreadable(File, _row + 1, e, SheetName);
            }
            if (!more) return false;
            _row = _excel.Depth + 1;
            _fieldCount = Math.Min(_excel.FieldCount, _values.Length);
            bool blank = true;
            for (int i = 0; i < _fieldCount; i++)
            {
                var value = _excel.GetValue(i);
                if (value is string s && string.IsNullOrWhiteSpace(s)) value = null;
                if (value is null && _errorCells.Count > 0 && _errorCells.TryGetValue((_row, i), out var error)) value = error[0] == '=' ? new UncachedFormula(error) : error;
                _values[i] = value;
                _texts[i] = null;
                if (value is not null) blank = false;
            }
            if (blank) continue;
            if (_merges is not null)
            {
                if (_rowHasMergedCells) Array.Clear(_mergedFrom);
                _rowHasMergedCells = _merges.Fill(_row, _values, _mergedFrom);
            }
            return true;
        }
    }

    /// <summary>
    /// The sheet named like one of <paramref name="preferredSheets"/>, else the first visible one
    /// (a hidden first sheet usually holds the drop-down lists, not the data), else the first.
    /// </summary>
    private string SelectSheet(IEnumerable<string>? preferredSheets)
    {
        var wanted = (preferredSheets ?? []).Select(n => MatchKey.Fold(n)).ToHashSet();
        string? first = null;
        int firstVisible = -1, index = 0;
        do
        {
            first ??= _excel.Name;
            if (wanted.Contains(MatchKey.Fold(_excel.Name))) return _excel.Name;
            if (firstVisible < 0 && _excel.VisibleState is null or "visible") firstVisible = index;
            index++;
        } while (_excel.NextResult());

        _excel.Reset();
        for (int i = 0; i < firstVisible; i++) _excel.NextResult();
        return _excel.Name ?? first ?? "";
    }

    public override CellKind Kind(int column)
    {
        if (column < 0 || column >= _fieldCount) return CellKind.Empty;
        return _values[column] switch
        {
            null => CellKind.Empty,
            double or int or long or decimal or float => CellKind.Number,
            DateTime => CellKind.Date,
            bool => CellKind.Boolean,
            string s when ExcelErrorValue.IsError(s) => CellKind.Error,
            UncachedFormula => CellKind.Error,
            _ => CellKind.Text,
        };
    }

    public override ReadOnlySpan<char> Span(int column)
    {
        if (column < 0 || column >= _fieldCount || _values[column] is null) return default;
        return (_texts[column] ??= FormatCell(_values[column]).Trim().Trim('\uFEFF')).AsSpan();
    }

    public override bool RowHasMergedCells => _rowHasMergedCells;

    public override string? MergedFrom(int column) =>
        _rowHasMergedCells && column >= 0 && column < _fieldCount ? _mergedFrom[column] : null;

    public override double Number(int column) => Convert.ToDouble(_values[column], CultureInfo.InvariantCulture);

    public override DateTime Date(int column) => (DateTime)_values[column]!;

    private static string FormatCell(object? value) => value switch
    {
        null => "",
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "VRAI" : "FAUX",
        UncachedFormula f => f.Text,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// ExcelDataReader's and the XML parser's errors, in French (their English message stays in the
    /// inner exception, shown with --verbose). A DTD is refused by the XML parser's settings: Excel
    /// never writes one, and it could pull in local files or expand entities without end.
    /// </summary>
    private static InputFileException Unreadable(string file, int row, Exception e, string? sheet = null)
    {
        var where = sheet is null ? "" : $" (feuille « {sheet} », à partir de la ligne {row})";
        if (e is System.Xml.XmlException && e.Message.Contains("DTD", StringComparison.Ordinal))
            return new InputFileException(file, row, "",
                $"Classeur refusé{where} : une de ses parties XML contient une déclaration <!DOCTYPE> (DTD), ce qu'Excel n'écrit jamais et qui permettrait d'inclure des fichiers locaux ou de faire exploser la mémoire. Enregistrez le classeur à nouveau depuis Excel ou LibreOffice.", e);
        return new InputFileException(file, row, "",
            $"Classeur Excel illisible{where} : une partie du fichier est corrompue ou tronquée. Enregistrez-le à nouveau au format .xlsx depuis Excel ou LibreOffice, ou exportez-le en CSV.", e);
    }

    private static void CheckArchive(Stream stream, string file)
    {
        long start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio && entry.Length > 10 * 1024 * 1024)
                    throw new InputFileException(file, 0, "", $"Classeur refusé : la partie « {entry.FullName} » se décompresse {entry.Length / entry.CompressedLength} fois (bombe de décompression probable).");
            }
            if (total > MaxUncompressedBytes)
                throw new InputFileException(file, 0, "", $"Classeur refusé : il se décompresse en {total / (1024 * 1024)} Mo, au-delà de la limite de {MaxUncompressedBytes / (1024 * 1024)} Mo.");
        }
        catch (InvalidDataException e)
        {
            throw new InputFileException(file, 0, "", "Le fichier n'est pas un classeur .xlsx valide (archive ZIP illisible ou tronquée). Enregistrez-le à nouveau depuis Excel ou LibreOffice.", e);
        }
        finally
        {
            stream.Position = start;
        }
    }

    /// <summary>A formula cell without a cached value: its text (<c>=F4*2</c>), a <see cref="CellKind.Error"/> cell.</summary>
    private sealed record UncachedFormula(string Text);

    public override void Dispose()
    {
        _excel.Dispose();
        _stream.Dispose();
    }
}
