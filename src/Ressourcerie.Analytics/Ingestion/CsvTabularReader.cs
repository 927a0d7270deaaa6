using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Sylvan.Data.Csv;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// CSV through Sylvan.Data.Csv (the fastest .NET CSV reader, allocation-free field spans), after
/// our own detection of encoding and delimiter. Quoted fields may span lines; a record larger than
/// <see cref="MaxRecordChars"/> stops the reading with a clear error instead of exhausting memory.
/// Parsing runs one batch of rows ahead on a second thread (decoding and splitting a million lines
/// is about a third of reading them, the rules applied by the caller the rest): the caller sees the
/// same rows, row numbers and errors, at the row where they happen, as a plain loop would give.
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

    // Up to 16 batches parsed ahead (some 32,000 lines, at most 20 MB): with two threads validating and
    // the parser sharing their two cores, a deeper queue lets the parser run whenever a core is
    // free instead of waiting for a slot (national validate: 0.74-0.76 s -> 0.71-0.72 s wall).
    private readonly BlockingCollection<RowBatch> _parsed = new(boundedCapacity: 16);
    private readonly ConcurrentQueue<RowBatch> _spare = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _parser;
    private Exception? _parserFault;
    private bool _disposed;
    private RowBatch? _batch;
    private int _index;
    private int _firstField;
    private int _fieldCount;

    public CsvTabularReader(Stream stream, string file) : base(file)
    {
        _stream = stream;
        var encoding = EncodingDetector.Detect(stream);
        stream.Position = encoding.PreambleLength;
        _text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);

        var sample = new char[16384];
        int sampled = _text.ReadBlock(sample, 0, sample.Length);
        Delimiter = DelimiterDetector.Detect(new string(sample, 0, sampled));
        if (sampled == sample.Length && HeaderFields(sample, _text, Delimiter) > MaxColumns)
            throw new InputFileException(file, 1, "",
                $"La ligne d'en-tête compte plus de {MaxColumns.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} colonnes, le maximum d'une feuille Excel : ce n'est pas un tableau (fichier d'un autre format, ou sans retour à la ligne). Vérifiez le fichier ou exportez-le à nouveau en CSV.");
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
                // an id "#12" in the first column would vanish and shift row numbers. A lone low
                // surrogate can never start a line of decoded text (decoders replace broken
                // sequences with U+FFFD), unlike U+FFFF, which a damaged file can hold.
                Comment = '\uDFFF',
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
            throw new InputFileException(file, 0, "", "Le fichier est vide : aucune ligne d'en-tête n'a été trouvée. Exportez-le à nouveau avec la ligne des noms de colonnes, ou retirez-le du dossier.");
    }

    /// <summary>Most columns a header may have: Excel's (XFD). Sylvan's cost per record grows with the square of its fields, so a "header" of a million fields is refused before it is parsed.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>
    /// Fields of the first record, counted only as far as needed to know whether they exceed
    /// <see cref="MaxColumns"/>: nothing more is read when the record ends within <paramref name="sample"/>.
    /// Quotes are read as Sylvan reads them (RFC 4180): a quote opens a quoted field only at the start
    /// of a field, <c>""</c> inside it is a quote, and a quote within an unquoted field is text. Taking
    /// every quote as a toggle undercounted an XML file's attributes (<c>name="a;b"</c>): 9.5 MB
    /// passed the check, then took Sylvan 24 s to refuse (found by fuzzing).
    /// </summary>
    private static int HeaderFields(char[] sample, TextReader rest, char delimiter)
    {
        int fields = 1;
        bool fieldStart = true, quoted = false, quoteInQuoted = false;
        var block = sample;
        for (int n = sample.Length; n > 0; n = rest.ReadBlock(block, 0, block.Length))
        {
            for (int i = 0; i < n; i++)
            {
                char c = block[i];
                if (quoteInQuoted)
                {
                    quoteInQuoted = false;
                    if (c == '"') continue;
                    quoted = false;
                }
                if (quoted)
                {
                    quoteInQuoted = c == '"';
                    continue;
                }
                if (c == '"' && fieldStart) quoted = true;
                else if (c == '\n' || c == '\r') return fields;
                else if (c == delimiter)
                {
                    if (++fields > MaxColumns) return fields;
                    fieldStart = true;
                    continue;
                }
                fieldStart = false;
            }
            block = block == sample ? new char[sample.Length] : block;
        }
        return fields;
    }

    public char Delimiter { get; }

    public string EncodingName { get; }

    public override string Description => _description;

    public override IReadOnlyList<string> Headers => _headers;

    public override int RowNumber => _row;

    public override int RowFieldCount => _fieldCount;

    public override bool Read()
    {
        StartParsing();
        while (true)
        {
            if (_batch is not null && ++_index < _batch.Rows)
            {
                _row = _batch.RowNumbers[_index];
                _firstField = _batch.FirstField[_index];
                _fieldCount = _batch.FirstField[_index + 1] - _firstField;
                return true;
            }
            if (_batch is not null)
            {
                var error = _batch.Error;
                _spare.Enqueue(_batch);
                _batch = null;
                if (error is not null) throw error;
            }
            if (!_parsed.TryTake(out _batch, Timeout.Infinite))
            {
                if (_parserFault is not null) ExceptionDispatchInfo.Throw(_parserFault);
                _fieldCount = 0;
                return false;
            }
            _index = -1;
        }
    }

    private void StartParsing() => _parser ??= Task.Factory.StartNew(Parse, TaskCreationOptions.LongRunning);

    /// <summary>
    /// The next batch of rows in file order, or null at the end of the file, for callers that
    /// validate whole batches on several threads (<see cref="ParallelRecords"/>) instead of calling
    /// <see cref="Read"/>; never mixed with <see cref="Read"/> on the same reader. A batch that ends on
    /// an unreadable record carries its <see cref="RowBatch.Error"/> after its rows. Not thread-safe:
    /// callers take batches one at a time, which is also what numbers them in file order.
    /// </summary>
    internal RowBatch? TakeBatch()
    {
        StartParsing();
        if (_parsed.TryTake(out var batch, Timeout.Infinite)) return batch;
        if (_parserFault is not null) ExceptionDispatchInfo.Throw(_parserFault);
        return null;
    }

    /// <summary>Hands a batch taken by <see cref="TakeBatch"/> back for reuse once its rows are read.</summary>
    internal void Recycle(RowBatch batch) => _spare.Enqueue(batch);

    /// <summary>A cursor over the rows of one batch at a time, for a thread that validates batches (see <see cref="TakeBatch"/>).</summary>
    internal BatchCursor NewCursor() => new(this);

    /// <summary>The parsing thread: fills batches of rows until the end of the file or the first unreadable record.</summary>
    private void Parse()
    {
        try
        {
            int row = 1;
            bool more = true;
            while (more)
            {
                var batch = _spare.TryDequeue(out var reused) ? reused : new RowBatch();
                batch.Clear();
                while (batch.Rows < RowBatch.Capacity)
                {
                    try
                    {
                        more = _csv.Read();
                    }
                    catch (Exception e)
                    {
                        batch.Error = Unreadable(row + 1, e);
                        more = false;
                    }
                    if (!more) break;
                    row++;
                    batch.Add(_csv, row);
                }
                batch.FindNul();
                _parsed.Add(batch, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _parserFault = e;
        }
        finally
        {
            _parsed.CompleteAdding();
        }
    }

    public override CellKind Kind(int column) => _batch!.Kind(_firstField, _fieldCount, column);

    public override ReadOnlySpan<char> Span(int column) => _batch!.Span(_firstField, _fieldCount, column);

    internal override bool RowMayHoldNul => _batch?.HasNul ?? true;

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
        CsvMissingHeadersException => new InputFileException(File, 0, "", "Le fichier est vide : aucune ligne d'en-tête n'a été trouvée. Exportez-le à nouveau avec la ligne des noms de colonnes, ou retirez-le du dossier.", e),
        CsvFormatException => new InputFileException(File, row, "",
            $"Guillemet non fermé ou mal placé à la ligne {row} : un champ qui commence par un guillemet (\") doit finir par un guillemet suivi du séparateur ou de la fin de ligne. La lecture s'arrête à cette ligne ; refermez le guillemet, ou doublez les guillemets qui font partie du texte (\"\").", e),
        _ => new InputFileException(File, row, "",
            $"Lecture impossible à partir de la ligne {row} : le fichier est corrompu ou n'est pas un CSV. Ouvrez-le dans un tableur et enregistrez-le à nouveau au format CSV.", e),
    };

    public override void Dispose()
    {
        // Disposing twice is allowed (a reader handed to a helper that disposes it too).
        if (_disposed) return;
        _disposed = true;
        _stop.Cancel();
        _parser?.Wait();
        _stop.Dispose();
        _parsed.Dispose();
        _csv.Dispose();
        _text.Dispose();
        _stream.Dispose();
    }

    /// <summary>
    /// Rows parsed ahead: each row's cells, trimmed, copied once into one array (the rules read a
    /// cell several times, and a copy costs less than asking Sylvan for the field and trimming it on
    /// each read), with the spreadsheet row number of each row. Entirely blank rows are left out.
    /// </summary>
    internal sealed class RowBatch
    {
        public const int Capacity = 2048;

        public char[] Chars = new char[256 * Capacity];
        public int[] Starts = new int[16 * Capacity];
        public int[] Lengths = new int[16 * Capacity];
        public readonly int[] FirstField = new int[Capacity + 1];
        public readonly int[] RowNumbers = new int[Capacity];
        public int Rows;
        public InputFileException? Error;

        /// <summary>Whether a cell of the batch holds a NUL character: looked for once per batch, on the parsing thread, instead of cell by cell.</summary>
        public bool HasNul;
        private int _fields;
        private int _chars;

        public CellKind Kind(int firstField, int fieldCount, int column) =>
            column < 0 || column >= fieldCount || Lengths[firstField + column] == 0 ? CellKind.Empty : CellKind.Text;

        public ReadOnlySpan<char> Span(int firstField, int fieldCount, int column) =>
            column < 0 || column >= fieldCount ? default : Chars.AsSpan(Starts[firstField + column], Lengths[firstField + column]);

        public void FindNul() => HasNul = Chars.AsSpan(0, _chars).Contains('\0');

        public void Clear()
        {
            Rows = 0;
            _fields = 0;
            _chars = 0;
            Error = null;
        }

        public void Add(CsvDataReader csv, int rowNumber)
        {
            int count = csv.RowFieldCount;
            if (_fields + count > Starts.Length)
            {
                Array.Resize(ref Starts, Math.Max(_fields + count, Starts.Length * 2));
                Array.Resize(ref Lengths, Starts.Length);
            }
            int chars = _chars;
            bool blank = true;
            for (int i = 0; i < count; i++)
            {
                var cell = Clean(csv.GetFieldSpan(i));
                if (chars + cell.Length > Chars.Length) Array.Resize(ref Chars, Math.Max(chars + cell.Length, Chars.Length * 2));
                cell.CopyTo(Chars.AsSpan(chars));
                Starts[_fields + i] = chars;
                Lengths[_fields + i] = cell.Length;
                chars += cell.Length;
                blank &= cell.IsEmpty;
            }
            if (blank) return;
            RowNumbers[Rows] = rowNumber;
            FirstField[Rows] = _fields;
            _fields += count;
            _chars = chars;
            FirstField[++Rows] = _fields;
        }
    }

    /// <summary>
    /// The rows of one <see cref="RowBatch"/> seen as a <see cref="TabularReader"/> (same file name,
    /// headers, row numbers and cells as the reader it comes from), so that a
    /// <see cref="RowValidator"/> validates a batch on another thread exactly as it validates the file.
    /// </summary>
    internal sealed class BatchCursor(CsvTabularReader source) : TabularReader(source.File)
    {
        private RowBatch? _batch;
        private int _index;
        private int _firstField;
        private int _fieldCount;

        public override string Description => source.Description;

        public override IReadOnlyList<string> Headers => source.Headers;

        public override int RowNumber => _batch is null || _index < 0 || _index >= _batch.Rows ? 0 : _batch.RowNumbers[_index];

        public override int RowFieldCount => _fieldCount;

        /// <summary>Starts reading <paramref name="batch"/> from its first row; null detaches the cursor from the batch it read.</summary>
        public void Load(RowBatch? batch)
        {
            _batch = batch;
            _index = -1;
            _fieldCount = 0;
        }

        public override bool Read()
        {
            if (_batch is null || ++_index >= _batch.Rows)
            {
                _fieldCount = 0;
                return false;
            }
            _firstField = _batch.FirstField[_index];
            _fieldCount = _batch.FirstField[_index + 1] - _firstField;
            return true;
        }

        public override CellKind Kind(int column) => _batch!.Kind(_firstField, _fieldCount, column);

        public override ReadOnlySpan<char> Span(int column) => _batch!.Span(_firstField, _fieldCount, column);

        internal override bool RowMayHoldNul => _batch?.HasNul ?? true;

        /// <summary>The batch belongs to the reader it came from, which disposes it.</summary>
        public override void Dispose() => _batch = null;
    }
}
