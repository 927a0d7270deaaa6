namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Every issue found while reading inputs, and the row counts per file. Readers count a row when
/// they read it and again when they decide its fate; the invariant
/// <c>RowsRead == RowsAccepted + RowsRejected</c> (checked by <see cref="IsBalanced"/> and by the
/// tests) is what proves that no row was dropped on the way.
/// </summary>
public sealed class DataQualityReport
{
    private readonly List<DataIssue> _issues = [];
    private readonly Dictionary<string, FileCounts> _files = new(StringComparer.Ordinal);

    public IReadOnlyList<DataIssue> Issues => _issues;

    public IReadOnlyDictionary<string, FileCounts> Files => _files;

    public long RowsRead => _files.Values.Sum(f => f.RowsRead);

    public long RowsAccepted => _files.Values.Sum(f => f.RowsAccepted);

    public long RowsRejected => _files.Values.Sum(f => f.RowsRejected);

    public bool IsBalanced => _files.Values.All(f => f.RowsRead == f.RowsAccepted + f.RowsRejected);

    public int ErrorCount => _issues.Count(i => i.Severity == IssueSeverity.Error);

    public int WarningCount => _issues.Count(i => i.Severity == IssueSeverity.Warning);

    /// <summary>True when a whole file could not be read (an error with no row).</summary>
    public bool HasFileErrors => _issues.Any(i => i.Severity == IssueSeverity.Error && i.Row == 0);

    public void Add(DataIssue issue)
    {
        _issues.Add(issue);
        Counts(issue.File);
    }

    public void Warn(string file, int row, string column, string message, string? suggestion = null) =>
        Add(new DataIssue(file, row, column, IssueSeverity.Warning, message, suggestion));

    public void Error(string file, int row, string column, string message, string? suggestion = null) =>
        Add(new DataIssue(file, row, column, IssueSeverity.Error, message, suggestion));

    /// <summary>Records that a file was opened, even if it turns out to have no rows.</summary>
    public void RegisterFile(string file) => Counts(file);

    /// <summary>The counters of <paramref name="file"/> (registered if new), for a reader that counts a million rows without a lookup per row.</summary>
    public FileCounts CountsOf(string file) => Counts(file);

    public void RowRead(string file) => Counts(file).RowsRead++;

    public void RowAccepted(string file) => Counts(file).RowsAccepted++;

    public void RowRejected(string file) => Counts(file).RowsRejected++;

    public IEnumerable<DataIssue> IssuesFor(string file) => _issues.Where(i => i.File == file);

    public void Merge(DataQualityReport other)
    {
        foreach (var (file, counts) in other._files)
        {
            var mine = Counts(file);
            mine.RowsRead += counts.RowsRead;
            mine.RowsAccepted += counts.RowsAccepted;
            mine.RowsRejected += counts.RowsRejected;
        }
        _issues.AddRange(other._issues);
    }

    private FileCounts Counts(string file)
    {
        if (!_files.TryGetValue(file, out var counts)) _files[file] = counts = new FileCounts();
        return counts;
    }

    public sealed class FileCounts
    {
        public long RowsAccepted { get; internal set; }

        public long RowsRejected { get; internal set; }

        public long RowsRead { get; internal set; }
    }
}
