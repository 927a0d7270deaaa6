using System.Buffers;
using System.Globalization;
using System.Text;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Writes a CSV file the way French Excel saves one ("CSV UTF-8 (délimité par des virgules)"):
/// UTF-8 with a byte-order mark, <c>;</c> between fields, CRLF line ends, decimal commas, dates
/// <c>dd/mm/yyyy</c>, fields quoted only when they contain <c>;</c>, a quote or a line break.
/// Hand-written rather than Sylvan's <c>CsvDataWriter</c> because that one writes from a
/// <c>DbDataReader</c> with the current culture's formats, while we stream rows as we draw them and
/// need exact, culture-independent French formatting. Numbers are formatted into a stack buffer:
/// no allocation per field, so a million rows stream in constant memory.
/// </summary>
internal sealed class FrenchCsvWriter : IDisposable
{
    private const char Separator = ';';
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(";\"\r\n");
    private readonly StreamWriter _writer;
    private bool _rowStarted;

    public FrenchCsvWriter(Stream stream)
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16)
        {
            NewLine = "\r\n",
        };
    }

    /// <summary>Data rows written so far (the header excluded).</summary>
    public int RowsWritten { get; private set; }

    /// <summary>The spreadsheet row number the next data row will have (header = row 1).</summary>
    public int NextRowNumber => RowsWritten + 2;

    public void Header(params string[] names)
    {
        foreach (var name in names) Text(name);
        _writer.Write(_writer.NewLine);
        _rowStarted = false;
    }

    public void Text(string? value) => Text(value.AsSpan());

    public void Text(ReadOnlySpan<char> value)
    {
        StartField();
        if (value.IndexOfAny(NeedsQuotes) < 0)
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        foreach (char c in value)
        {
            if (c == '"') _writer.Write('"');
            _writer.Write(c);
        }
        _writer.Write('"');
    }

    public void Empty() => StartField();

    public void Integer(long value)
    {
        StartField();
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    /// <summary>A fixed-point number given in units of 10^-<paramref name="decimals"/> (cents, micro-degrees…), with a decimal comma.</summary>
    public void Fixed(long scaled, int decimals)
    {
        StartField();
        Span<char> buffer = stackalloc char[32];
        int n = 0;
        if (scaled < 0)
        {
            buffer[n++] = '-';
            scaled = -scaled;
        }
        long unit = 1;
        for (int i = 0; i < decimals; i++) unit *= 10;
        (scaled / unit).TryFormat(buffer[n..], out int written, default, CultureInfo.InvariantCulture);
        n += written;
        if (decimals > 0)
        {
            buffer[n++] = ',';
            long fraction = scaled % unit;
            for (long digit = unit / 10; digit >= 1; digit /= 10) buffer[n++] = (char)('0' + fraction / digit % 10);
        }
        _writer.Write(buffer[..n]);
    }

    public void Date(DateOnly date)
    {
        StartField();
        Span<char> buffer = stackalloc char[10];
        date.TryFormat(buffer, out int written, "dd/MM/yyyy", CultureInfo.InvariantCulture);
        _writer.Write(buffer[..written]);
    }

    public void EndRow()
    {
        _writer.Write(_writer.NewLine);
        _rowStarted = false;
        RowsWritten++;
    }

    private void StartField()
    {
        if (_rowStarted) _writer.Write(Separator);
        _rowStarted = true;
    }

    public void Dispose() => _writer.Dispose();
}
