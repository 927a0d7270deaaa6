namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Hands out one string instance per distinct value read from a span: inventory labels, brands and
/// ids repeat across a million lines, so a lookup by span costs no allocation after the first time.
/// Bounded, so that a hostile file of unique values cannot grow it without limit (beyond the bound,
/// values are simply allocated).
/// </summary>
public sealed class StringPool(int capacity = 200_000)
{
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);

    // Sorted or grouped files repeat the previous row's value: checked before hashing.
    private string _last = "";

    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return "";
        if (value.SequenceEqual(_last)) return _last;
        var lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(value, out var existing))
        {
            existing = value.ToString();
            if (_values.Count < capacity) _values.Add(existing);
        }
        return _last = existing;
    }
}
