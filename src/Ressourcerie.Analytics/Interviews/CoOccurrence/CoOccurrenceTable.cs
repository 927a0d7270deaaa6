using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Interviews.CoOccurrence;

/// <summary>
/// The co-occurrences of a project: every applied code with its groundedness, and every pair of
/// codes that co-occur at least once, in codebook order. Views as data frames: the list of pairs,
/// the count matrix and the c-coefficient matrix (diagonal left empty, as ATLAS.ti does not
/// relate a code to itself).
/// </summary>
public sealed class CoOccurrenceTable
{
    private readonly Dictionary<(string, string), CodeCoOccurrence> _pairs;

    internal CoOccurrenceTable(IReadOnlyList<string> codes, IReadOnlyList<int> groundedness, IReadOnlyList<CodeCoOccurrence> pairs)
    {
        Codes = codes;
        Groundedness = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => groundedness[p.i], StringComparer.Ordinal);
        Pairs = pairs;
        _pairs = pairs.ToDictionary(p => (p.CodeA, p.CodeB));
    }

    /// <summary>Codes applied to at least one passage, in codebook order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Number of passages (quotations) each code is applied to.</summary>
    public IReadOnlyDictionary<string, int> Groundedness { get; }

    public IReadOnlyList<CodeCoOccurrence> Pairs { get; }

    /// <summary>The co-occurrence of two codes in either order, or null when they never co-occur.</summary>
    public CodeCoOccurrence? Find(string codeA, string codeB) =>
        _pairs.GetValueOrDefault((codeA, codeB)) ?? _pairs.GetValueOrDefault((codeB, codeA));

    /// <summary>One row per co-occurring pair.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("code A", Pairs.Select(p => p.CodeA)),
        new StringDataFrameColumn("code B", Pairs.Select(p => p.CodeB)),
        new Int32DataFrameColumn("cooccurrences", Pairs.Select(p => p.Count)),
        new Int32DataFrameColumn("ancrage A", Pairs.Select(p => p.GroundednessA)),
        new Int32DataFrameColumn("ancrage B", Pairs.Select(p => p.GroundednessB)),
        new DoubleDataFrameColumn("coefficient c", Pairs.Select(p => p.CCoefficient)));

    /// <summary>Codes × codes, number of co-occurrences.</summary>
    public DataFrame CountMatrix() => Matrix(p => p?.Count ?? 0, (name, values) => new Int32DataFrameColumn(name, values.Select(v => v is null ? (int?)null : (int)v.Value)));

    /// <summary>Codes × codes, c-coefficient.</summary>
    public DataFrame CoefficientMatrix() => Matrix(p => p?.CCoefficient ?? 0, (name, values) => new DoubleDataFrameColumn(name, values));

    private DataFrame Matrix(Func<CodeCoOccurrence?, double> value, Func<string, IEnumerable<double?>, DataFrameColumn> column)
    {
        var columns = new List<DataFrameColumn> { new StringDataFrameColumn("code", Codes) };
        foreach (var other in Codes)
            columns.Add(column(other, Codes.Select(code => code == other ? (double?)null : value(Find(code, other)))));
        return new DataFrame(columns);
    }
}
