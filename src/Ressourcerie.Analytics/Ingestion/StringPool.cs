namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Hands out one string instance per distinct value read from a span: inventory labels, brands and
/// ids repeat across a million lines, so a lookup by span costs no allocation after the first time.
/// Bounded, so that a hostile file of unique values cannot grow it without limit (beyond the bound,
/// values are simply allocated).
/// </summary>
/// <remarks>
/// Sylvan's own pool (<c>Sylvan.StringPool</c>, package Sylvan.Common, plugged in through
/// <c>CsvDataReaderOptions.StringFactory</c>) does not fit: it only serves the strings Sylvan creates,
/// whereas our CSV reader copies each cell out of Sylvan once and the rules read spans of that copy
/// (and XLSX cells never go through Sylvan); it leaves out values longer than 32 characters by default
/// (most equipment labels); and it has no bound on the number of values it keeps.
/// </remarks>
public sealed class StringPool
{
    private readonly int _capacity;
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Sorted or grouped files repeat the previous row's value: checked before hashing.
    private string _last = "";

    public StringPool(int capacity = 200_000)
    {
        _capacity = capacity;
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return "";
        if (value.SequenceEqual(_last)) return _last;
        if (!_lookup.TryGetValue(value, out var existing))
        {
            existing = value.ToString();
            if (_values.Count < _capacity) _values.Add(existing);
        }
        return _last = existing;
    }
}
