using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The institutions by id, for the "must exist" rule of inventories and needs: an exact lookup by
/// span (no allocation per row), a forgiving one (case, accents, spaces and dashes ignored) that
/// readers accept with a warning, and the closest id for a message when neither finds it.
/// </summary>
public sealed class InstitutionIndex
{
    private readonly Dictionary<string, Institution> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Institution?> _byFoldedId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Institution>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public InstitutionIndex(IEnumerable<Institution> institutions)
    {
        _bySpan = _byId.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var institution in institutions)
        {
            if (!_byId.TryAdd(institution.Id, institution)) continue;
            var folded = MatchKey.Fold(institution.Id);
            // Two ids that fold alike ("MUS-01" and "mus01") make the forgiving lookup ambiguous: it then finds neither.
            _byFoldedId[folded] = _byFoldedId.ContainsKey(folded) ? null : institution;
        }
    }

    public int Count => _byId.Count;

    public IEnumerable<Institution> All => _byId.Values;

    public bool TryGet(ReadOnlySpan<char> id, out Institution institution) =>
        _bySpan.TryGetValue(id, out institution!);

    /// <summary>The one institution whose id matches once case, accents, spaces and punctuation are ignored.</summary>
    public Institution? FindLoosely(ReadOnlySpan<char> id) => _byFoldedId.GetValueOrDefault(MatchKey.Fold(id));

    /// <summary>The id closest to <paramref name="id"/> by edit distance (case ignored), or null when none is near.</summary>
    public string? Closest(ReadOnlySpan<char> id)
    {
        var wanted = id.ToString().ToUpperInvariant();
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in _byId.Keys)
        {
            // Farther than the threshold below by length alone: skipped, so a corrupt huge id costs nothing.
            if (wanted.Length > 2 * candidate.Length + 4) continue;
            int d = EditDistance.Levenshtein(wanted, candidate.ToUpperInvariant());
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        return best is not null && bestDistance <= Math.Max(2, wanted.Length / 2) ? best : null;
    }
}
