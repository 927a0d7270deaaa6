using System.Collections.Concurrent;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// A closed list of values typed by hand (statuts, types d'établissement, régions) with their
/// synonyms, matched after <see cref="MatchKey.Fold"/> (case, accents, spaces and punctuation do
/// not matter). Results are cached per distinct cell text, so that reading the same few spellings
/// a million times allocates nothing; an unknown value gets the closest label as a suggestion.
/// </summary>
public sealed class SynonymTable<T>
{
    private const int CacheCapacity = 50_000;

    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labelOfKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Found, T Value)> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Found, T Value)>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;

    // ConcurrentDictionary.Count takes every lock: the cache's size is counted here instead.
    private int _cachedCount;

    /// <param name="entries">Every accepted spelling and the value it stands for; the first spelling of a value is its display label.</param>
    public SynonymTable(IEnumerable<(string Label, T Value)> entries)
    {
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        var labels = new List<string>();
        foreach (var (label, value) in entries)
        {
            var key = MatchKey.Fold(label);
            if (!_byKey.TryAdd(key, value)) continue;
            _labelOfKey[key] = label;
            if (!labels.Any(l => EqualityComparer<T>.Default.Equals(_byKey[MatchKey.Fold(l)], value))) labels.Add(label);
        }
        Labels = labels;
    }

    /// <summary>One display label per value, in the order given (for messages that list the accepted values).</summary>
    public IReadOnlyList<string> Labels { get; }

    public bool TryResolve(ReadOnlySpan<char> text, out T value)
    {
        if (_cacheBySpan.TryGetValue(text, out var cached))
        {
            value = cached.Value;
            return cached.Found;
        }
        bool found = _byKey.TryGetValue(MatchKey.Fold(text), out value!);
        if (_cachedCount < CacheCapacity && _cache.TryAdd(text.ToString(), (found, value))) Interlocked.Increment(ref _cachedCount);
        return found;
    }

    /// <summary>The accepted spelling closest to <paramref name="text"/>, or null when none is a plausible typo.</summary>
    public string? Suggest(ReadOnlySpan<char> text)
    {
        var key = MatchKey.Fold(text);
        if (key.Length == 0) return null;
        var closest = EditDistance.Closest(key, _labelOfKey.Keys);
        return closest is null ? null : _labelOfKey[closest];
    }

    /// <summary>The accepted values, quoted and joined, for messages: « en service », « en stock »…</summary>
    public string ListForMessage() => string.Join(", ", Labels.Select(l => $"« {l} »"));
}
