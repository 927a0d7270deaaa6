using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.SampleData;

/// <summary>A CSV file read back through the repository's tabular layer, cells addressed by header.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(IReadOnlyList<string> headers, List<CsvRow> rows)
    {
        Headers = headers;
        Rows = rows;
        _columns = headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Read(string path)
    {
        using var reader = TabularFile.Open(path);
        return Read(reader);
    }

    public static CsvTable Read(byte[] content, string name)
    {
        using var reader = TabularFile.Open(new MemoryStream(content), name);
        return Read(reader);
    }

    private static CsvTable Read(TabularReader reader)
    {
        var headers = reader.Headers.ToList();
        var rows = new List<CsvRow>();
        while (reader.Read())
            rows.Add(new CsvRow(reader.RowNumber, Enumerable.Range(0, headers.Count).Select(reader.Text).ToArray()));
        return new CsvTable(headers, rows);
    }

    public int Index(string header) =>
        _columns.TryGetValue(header, out int i) ? i : throw new KeyNotFoundException($"Colonne absente : {header}");

    public IEnumerable<string> Column(string header)
    {
        int i = Index(header);
        return Rows.Select(r => r.Cells[i]);
    }

    public string Cell(CsvRow row, string header) => row.Cells[Index(header)];
}

internal sealed record CsvRow(int Number, string[] Cells);
