using Sylvan.Data.Csv;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// CSV through Sylvan.Data.Csv (the fastest .NET CSV reader, allocation-free field spans), after
/// our own detection of encoding and delimiter. Quoted fields may span lines; a record larger than
/// <see cref="MaxRecordChars"/> stops the reading with a clear error instead of exhausting memory.
/// </summary>
public sealed class CsvTabularReader : TabularReader
{
    /// <summary>Largest record accepted, in characters (a corrupt file with an unclosed quote would otherwise be read whole).</summary>
    public const int MaxRecordChars = 8 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly StreamReader _text;
    private readonly CsvDataReader _csv;
    private readonly string[] _headers;
    private readonly string _description;
    private int _row = 1;

    public CsvTabularReader(Stream stream, string file) : base(file)
    {
        _stream = stream;
        var encoding = EncodingDetector.Detect(stream);
        stream.Position = encoding.PreambleLength;
        _text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

        var sample = new char[16384];
        int sampled = _text.ReadBlock(sample, 0, sample.Length);
        Delimiter = DelimiterDetector.Detect(new string(sample, 0, sampled));
        stream.Position = encoding.PreambleLength;
        _text.DiscardBufferedData();

        _description = $"CSV, séparateur « {(Delimiter == '\t' ? "tabulation" : Delimiter.ToString())} », {encoding.Name}";
        EncodingName = encoding.Name;
        try
        {
            _csv = CsvDataReader.Create(_text, new CsvDataReaderOptions
            {
                Delimiter = Delimiter,
                // Sylvan skips lines starting with '#' as comments by default: a colour "#ff0000" or
                // an id "#12" in the first column would vanish and shift row numbers. U+FFFF is a
                // Unicode noncharacter that never starts a line of text.
                Comment = '\uFFFF',
                HasHeaders = true,
                BufferSize = 1 << 16,
                MaxBufferSize = MaxRecordChars,
                OwnsReader = false,
            });
        }
        catch (Exception e) when (e is not InputFileException)
        {
            throw Unreadable(1, e);
        }
        _headers = new string[_csv.FieldCount];
        for (int i = 0; i < _headers.Length; i++) _headers[i] = Clean(_csv.GetName(i).AsSpan()).ToString();
        if (_headers.Length == 0 || _headers.All(h => h.Length == 0))
            throw new InputFileException(file, 0, "", "Le fichier est vide : aucune ligne d'en-tête n'a été trouvée.");
    }

    public char Delimiter { get; }

    public string EncodingName { get; }

    public override string Description => _description;

    public override IReadOnlyList<string> Headers => _headers;

    public override int RowNumber => _row;

    public override int RowFieldCount => _csv.RowFieldCount;

    public override bool Read()
    {
        while (true)
        {
            bool more;
            try
            {
                more = _csv.Read();
            }
            catch (Exception e)
            {
                throw Unreadable(_row + 1, e);
            }
            if (!more) return false;
            _row++;
            if (!IsBlankRow()) return true;
        }
    }

    private bool IsBlankRow()
    {
        for (int i = 0; i < _csv.RowFieldCount; i++)
            if (!Clean(_csv.GetFieldSpan(i)).IsEmpty) return false;
        return true;
    }

    public override CellKind Kind(int column) => Span(column).IsEmpty ? CellKind.Empty : CellKind.Text;

    public override ReadOnlySpan<char> Span(int column) =>
        column < 0 || column >= _csv.RowFieldCount ? default : Clean(_csv.GetFieldSpan(column));

    /// <summary>Trims white space and the stray byte-order marks left by concatenated files.</summary>
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> span)
    {
        span = span.Trim();
        return !span.IsEmpty && (span[0] == '\uFEFF' || span[^1] == '\uFEFF') ? span.Trim('\uFEFF').Trim() : span;
    }

    /// <summary>Sylvan's errors, in French: its own (English) message stays in the inner exception, shown with --verbose.</summary>
    private InputFileException Unreadable(int row, Exception e) => e switch
    {
        CsvRecordTooLargeException => new InputFileException(File, row, "",
            $"Une ligne dépasse {MaxRecordChars / (1024 * 1024)} millions de caractères : guillemet non fermé ou fichier corrompu. La lecture s'arrête à la ligne {row} ; vérifiez les guillemets de cette ligne.", e),
        CsvMissingHeadersException => new InputFileException(File, 0, "", "Le fichier est vide : aucune ligne d'en-tête n'a été trouvée.", e),
        CsvFormatException => new InputFileException(File, row, "",
            $"Guillemet non fermé ou mal placé à la ligne {row} : un champ qui commence par un guillemet (\") doit finir par un guillemet suivi du séparateur ou de la fin de ligne. La lecture s'arrête à cette ligne ; refermez le guillemet, ou doublez les guillemets qui font partie du texte (\"\").", e),
        _ => new InputFileException(File, row, "",
            $"Lecture impossible à partir de la ligne {row} : le fichier est corrompu ou n'est pas un CSV. Ouvrez-le dans un tableur et enregistrez-le à nouveau au format CSV.", e),
    };

    public override void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
        _stream.Dispose();
    }
}
