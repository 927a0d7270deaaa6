using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// GLPI prefixes a column with its group or item type (« Informations financières et
/// administratives - Date d'achat », « Ordinateur - Statut »). A header that matches no expected
/// column but whose part after the last « - » does, for a column no other header took, is accepted
/// for that column under its full name, so that issues still name the column as the file writes it.
/// Headers such as « Système d'exploitation - Nom » are left alone when the plain « Nom » is there.
/// </summary>
internal static class GroupPrefixedHeaders
{
    public static IReadOnlyList<ColumnSpec> Extend(IReadOnlyList<string> headers, IReadOnlyList<ColumnSpec> specs)
    {
        var byKey = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var spec in specs)
            foreach (var name in spec.AllNames)
                byKey.TryAdd(MatchKey.Fold(name), spec);
        var taken = headers.Select(h => byKey.GetValueOrDefault(MatchKey.Fold(h))?.Name).Where(n => n is not null).ToHashSet(StringComparer.Ordinal);
        var extra = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            if (byKey.ContainsKey(MatchKey.Fold(header))) continue;
            int dash = header.LastIndexOf(" - ", StringComparison.Ordinal);
            if (dash <= 0) continue;
            if (!byKey.TryGetValue(MatchKey.Fold(header.AsSpan(dash + 3)), out var spec) || !taken.Add(spec.Name)) continue;
            (extra.TryGetValue(spec.Name, out var list) ? list : extra[spec.Name] = []).Add(header);
        }
        return extra.Count == 0 ? specs : specs.Select(s => extra.TryGetValue(s.Name, out var more) ? s with { Aliases = [.. s.Aliases, .. more] } : s).ToList();
    }
}
