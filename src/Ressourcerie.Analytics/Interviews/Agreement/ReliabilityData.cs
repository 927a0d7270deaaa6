namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Krippendorff's reliability data: a coders × units matrix where each cell is the value a coder
/// gave a unit, or <c>null</c> when the coder did not code it (a missing value). Values are
/// numbers; categories written as text are numbered by <see cref="FromCategories"/>, which keeps
/// their labels. Immutable.
/// </summary>
public sealed class ReliabilityData
{
    private readonly double?[,] _values;

    /// <param name="values">Indexed [coder, unit].</param>
    public ReliabilityData(double?[,] values, IReadOnlyList<string>? coders = null, IReadOnlyList<string>? units = null, IReadOnlyList<string>? categoryLabels = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = (double?[,])values.Clone();
        int coderCount = values.GetLength(0), unitCount = values.GetLength(1);
        foreach (var value in _values)
            if (value is { } v && !double.IsFinite(v))
                throw new ArgumentException("Les valeurs doivent être des nombres finis (ni NaN ni infini).", nameof(values));
        Coders = coders?.ToArray() ?? Enumerable.Range(1, coderCount).Select(i => $"Codeur {i}").ToArray();
        Units = units?.ToArray() ?? Enumerable.Range(1, unitCount).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        if (Coders.Count != coderCount)
            throw new ArgumentException($"{Coders.Count} noms de codeurs pour {coderCount} lignes de valeurs.", nameof(coders));
        if (Units.Count != unitCount)
            throw new ArgumentException($"{Units.Count} noms d'unités pour {unitCount} colonnes de valeurs.", nameof(units));
        CategoryLabels = categoryLabels?.ToArray();
    }

    /// <summary>One row per coder, each with one value per unit (rows shorter than the longest are padded with missing values).</summary>
    public static ReliabilityData FromRows(IReadOnlyList<IReadOnlyList<double?>> rows, IReadOnlyList<string>? coders = null, IReadOnlyList<string>? units = null)
    {
        int unitCount = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var values = new double?[rows.Count, unitCount];
        for (int c = 0; c < rows.Count; c++)
            for (int u = 0; u < rows[c].Count; u++)
                values[c, u] = rows[c][u];
        return new ReliabilityData(values, coders, units);
    }

    /// <summary>
    /// Nominal data written as labels ("a", "oui", "frein"): each distinct label becomes a number
    /// (in ordinal order of the labels), kept in <see cref="CategoryLabels"/>. Null or blank is missing.
    /// </summary>
    public static ReliabilityData FromCategories(IReadOnlyList<IReadOnlyList<string?>> rows, IReadOnlyList<string>? coders = null, IReadOnlyList<string>? units = null)
    {
        var labels = rows.SelectMany(r => r).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        int unitCount = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var values = new double?[rows.Count, unitCount];
        for (int c = 0; c < rows.Count; c++)
            for (int u = 0; u < rows[c].Count; u++)
                if (!string.IsNullOrWhiteSpace(rows[c][u])) values[c, u] = index[rows[c][u]!.Trim()];
        return new ReliabilityData(values, coders, units, labels);
    }

    public IReadOnlyList<string> Coders { get; }

    public IReadOnlyList<string> Units { get; }

    /// <summary>For data built from labels: the label of each category number; otherwise null.</summary>
    public IReadOnlyList<string>? CategoryLabels { get; }

    public int CoderCount => _values.GetLength(0);

    public int UnitCount => _values.GetLength(1);

    public double? this[int coder, int unit] => _values[coder, unit];

    /// <summary>The values coded for one unit, missing ones left out, in coder order.</summary>
    public IEnumerable<double> ValuesOf(int unit)
    {
        for (int c = 0; c < CoderCount; c++)
            if (_values[c, unit] is { } v) yield return v;
    }
}
