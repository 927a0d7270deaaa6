using ExcelDataReader;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// The vertical merges of a sheet, as people make them to group lines (an institution id merged
/// over the rows of its equipment). Excel keeps the value in the merge's top cell only; each cell
/// the merge covers below takes that value, as the person who merged them meant, and says where it
/// came from so that the row is reported as corrected. Only the merge's first column is filled: a
/// horizontal extent (a label spread over brand and model) is not copied sideways. Rows are visited
/// in order, so each column keeps a cursor in its sorted merges: constant work per row.
/// </summary>
internal sealed class VerticalMerges
{
    private readonly int[] _columns;
    private readonly (int First, int Last)[][] _ranges;
    private readonly int[] _cursor;
    private readonly object?[] _topValue;
    private readonly int[] _topOf;

    private VerticalMerges(List<(int Column, (int First, int Last)[] Ranges)> columns)
    {
        _columns = [.. columns.Select(c => c.Column)];
        _ranges = [.. columns.Select(c => c.Ranges)];
        _cursor = new int[columns.Count];
        _topValue = new object?[columns.Count];
        _topOf = new int[columns.Count];
        Array.Fill(_topOf, -1);
    }

    /// <summary>The vertical merges among <paramref name="merges"/> (zero-based, as ExcelDataReader gives them) within <paramref name="fieldCount"/> columns; null when there are none.</summary>
    public static VerticalMerges? From(IEnumerable<CellRange>? merges, int fieldCount)
    {
        var columns = (merges ?? [])
            .Where(m => m.ToRow > m.FromRow && m.FromColumn >= 0 && m.FromColumn < fieldCount && m.FromRow >= 0)
            .GroupBy(m => m.FromColumn)
            .Select(g => (g.Key, g.Select(m => (First: m.FromRow + 1, Last: m.ToRow + 1)).OrderBy(r => r.First).ToArray()))
            .ToList();
        return columns.Count > 0 ? new VerticalMerges(columns) : null;
    }

    /// <summary>
    /// Fills the empty cells of one-based <paramref name="row"/> that a merge covers with the value of
    /// its top cell, writing that cell's reference ("A2") in <paramref name="mergedFrom"/>; true when any was filled.
    /// </summary>
    public bool Fill(int row, object?[] values, string?[] mergedFrom)
    {
        bool filled = false;
        for (int k = 0; k < _columns.Length; k++)
        {
            var ranges = _ranges[k];
            while (_cursor[k] < ranges.Length && ranges[_cursor[k]].Last < row) _cursor[k]++;
            if (_cursor[k] == ranges.Length || ranges[_cursor[k]].First > row) continue;
            int column = _columns[k], first = ranges[_cursor[k]].First;
            if (row == first)
            {
                _topValue[k] = values[column];
                _topOf[k] = _cursor[k];
                continue;
            }
            if (values[column] is not null || _topOf[k] != _cursor[k] || _topValue[k] is null) continue;
            values[column] = _topValue[k];
            mergedFrom[column] = ColumnMap.ColumnLetter(column) + first.ToString(System.Globalization.CultureInfo.InvariantCulture);
            filled = true;
        }
        return filled;
    }
}
