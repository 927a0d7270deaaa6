namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// A forward-only cursor over the rows of a CSV file or an XLSX sheet. Rows are numbered as a
/// spreadsheet shows them (the header is row 1 in a CSV file), entirely blank rows are skipped,
/// and cells are read without allocating where possible (<see cref="Span"/>), so that a million
/// inventory lines stream through in constant memory.
/// </summary>
public abstract class TabularReader : IDisposable
{
    protected TabularReader(string file) => File = file;

    /// <summary>The name used in issues (usually the file name).</summary>
    public string File { get; }

    /// <summary>How the file was read, e.g. "CSV, séparateur « ; », Windows-1252".</summary>
    public abstract string Description { get; }

    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>The spreadsheet row number of the current row.</summary>
    public abstract int RowNumber { get; }

    /// <summary>Fields in the current row; differs from <see cref="Headers"/>' count in a misaligned CSV row.</summary>
    public abstract int RowFieldCount { get; }

    public abstract bool Read();

    public abstract CellKind Kind(int column);

    /// <summary>The cell as typed, trimmed; empty for an empty cell or a column beyond the row.</summary>
    public abstract ReadOnlySpan<char> Span(int column);

    public string Text(int column) => Span(column).ToString();

    /// <summary>The value of a <see cref="CellKind.Number"/> cell.</summary>
    public virtual double Number(int column) => throw new InvalidOperationException("Cellule non numérique.");

    /// <summary>The value of a <see cref="CellKind.Date"/> cell.</summary>
    public virtual DateTime Date(int column) => throw new InvalidOperationException("Cellule non datée.");

    public bool IsEmpty(int column) => Kind(column) == CellKind.Empty;

    /// <summary>True when cells of the current row were filled from a merged cell above them (see <see cref="MergedFrom"/>).</summary>
    public virtual bool RowHasMergedCells => false;

    /// <summary>False when no cell of the current row can hold a NUL character (a damaged file), so that rules need not look for one cell by cell.</summary>
    internal virtual bool RowMayHoldNul => true;

    /// <summary>For a cell of the current row filled from a vertical merge, the merge's top cell ("A2"); null otherwise.</summary>
    public virtual string? MergedFrom(int column) => null;

    public abstract void Dispose();
}
