using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Finds the institution of an asset row: the one given for the whole export, or the one whose id
/// or name matches the row's entity, company or location (each level of a GLPI hierarchy
/// « Entité racine &gt; Musée X » is tried, the most specific first; case, accents and punctuation
/// ignored). Without an institutions list, the entity text itself becomes the id (said once per
/// file). A row whose texts match nothing is rejected, naming the closest institution.
/// Answers are cached per distinct texts.
/// </summary>
internal sealed class AssetInstitutionResolver
{
    private readonly AssetExportOptions _options;
    private readonly Dictionary<string, Institution?> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Id, string? Closest)> _cache = new(StringComparer.Ordinal);
    private bool _warnedNoList;

    public AssetInstitutionResolver(AssetExportOptions options, string file)
    {
        _options = options;
        if (options.Institutions is { } index)
        {
            foreach (var institution in index.All)
            {
                var key = MatchKey.Fold(institution.Name);
                _byName[key] = _byName.ContainsKey(key) ? null : institution;
            }
            if (options.InstitutionId is { } id && !index.TryGet(id, out _) && index.FindLoosely(id) is null)
                throw new InputFileException(file, 0, "",
                    $"Établissement « {id} » inconnu : il ne figure pas dans la liste des établissements.{(index.Closest(id) is { } closest ? $" Identifiant le plus proche : « {closest} »." : "")}");
        }
    }

    /// <summary>The institution id for the row, or null when the row was rejected.</summary>
    public string? Resolve(RowValidator row, DataQualityReport report, IReadOnlyList<(BoundColumn Column, string? Text)> candidates)
    {
        if (_options.InstitutionId is { } fixedId)
            return _options.Institutions?.TryGet(fixedId, out var exact) == true ? exact.Id : _options.Institutions?.FindLoosely(fixedId)?.Id ?? fixedId;

        var present = candidates.Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
        var first = candidates.FirstOrDefault(c => c.Column.IsPresent).Column;
        if (present.Count == 0)
        {
            row.Reject(first, "Établissement inconnu : l'entité, la société et le lieu sont vides. Indiquez l'établissement de l'export (option --institution) ou remplissez l'entité.");
            return null;
        }
        if (_options.Institutions is null)
        {
            if (!_warnedNoList)
            {
                report.Warn(row.File, 0, present[0].Column.Header ?? "",
                    $"Sans liste des établissements, le texte de la colonne « {present[0].Column.Header} » sert d'identifiant d'établissement (dernier niveau de la hiérarchie).");
                _warnedNoList = true;
            }
            return Levels(present[0].Text!).First();
        }

        var key = string.Join('\u001F', present.Select(p => p.Text));
        if (!_cache.TryGetValue(key, out var found))
        {
            found = (present.SelectMany(p => Levels(p.Text!)).Select(Match).FirstOrDefault(id => id is not null), null);
            if (found.Id is null) found.Closest = Closest(present.SelectMany(p => Levels(p.Text!)));
            if (_cache.Count < 10_000) _cache[key] = found;
        }
        if (found.Id is not null) return found.Id;
        row.Reject(present[0].Column,
            $"Établissement introuvable : {string.Join(", ", present.Select(p => $"« {p.Text} »"))} ne correspond à aucun identifiant ni nom de la liste des établissements."
            + (found.Closest is null ? "" : $" Le plus proche : « {found.Closest} ».")
            + " Indiquez l'établissement de l'export (option --institution) ou corrigez le nom.",
            found.Closest);
        return null;
    }

    /// <summary>The levels of a hierarchy "A &gt; B &gt; C", the most specific first.</summary>
    private static IEnumerable<string> Levels(string text) =>
        text.Split('>', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse();

    private string? Match(string level)
    {
        var index = _options.Institutions!;
        if (index.TryGet(level, out var exact)) return exact.Id;
        if (index.FindLoosely(level) is { } loose) return loose.Id;
        return _byName.GetValueOrDefault(MatchKey.Fold(level))?.Id;
    }

    private string? Closest(IEnumerable<string> levels)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var level in levels)
        {
            var folded = MatchKey.Fold(level);
            foreach (var institution in _options.Institutions!.All)
            {
                foreach (var candidate in new[] { institution.Id, institution.Name })
                {
                    int d = EditDistance.Levenshtein(folded, MatchKey.Fold(candidate));
                    if (d < bestDistance) (best, bestDistance) = ($"{institution.Name} ({institution.Id})", d);
                }
            }
        }
        return best is not null && bestDistance <= 3 ? best : null;
    }
}
