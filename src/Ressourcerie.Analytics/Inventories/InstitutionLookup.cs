using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The "must exist in institutions" rule of inventories and needs, per file: an exact id passes; an
/// id written with another case or punctuation ("mus-001" for "MUS-001") is corrected with a
/// warning; an unknown one rejects the row, naming the closest id. Suggestions are computed once per
/// distinct unknown id. Without an index (no institutions file), any id is accepted.
/// </summary>
public sealed class InstitutionLookup(RowValidator row, InstitutionIndex? index)
{
    private readonly StringPool _ids = new();
    private readonly Dictionary<string, string?> _closest = new(StringComparer.Ordinal);

    // Inventories list an institution's lines together: the previous row's id is checked before hashing.
    private Institution? _last;

    /// <summary>The institution id for the row, or null when the row was rejected.</summary>
    public string? Resolve(BoundColumn column)
    {
        if (!row.Require(column, "Identifiant de l'établissement manquant")) return null;
        var text = row.Span(column);
        if (index is null) return _ids.Get(text);
        if (_last is not null && text.SequenceEqual(_last.Id)) return _last.Id;
        if (index.TryGet(text, out var institution))
        {
            _last = institution;
            return institution.Id;
        }

        var loose = index.FindLoosely(text);
        if (loose is not null)
        {
            row.Warn(column, $"Identifiant « {text} » lu comme « {loose.Id} » (même identifiant, écrit autrement).", loose.Id);
            return loose.Id;
        }
        var key = text.ToString();
        if (!_closest.TryGetValue(key, out var closest))
        {
            closest = index.Closest(text);
            if (_closest.Count < 10_000) _closest[key] = closest;
        }
        row.Reject(column,
            $"Établissement inconnu : « {text} » ne figure pas dans le fichier des établissements.{(closest is null ? "" : $" Identifiant le plus proche : « {closest} ».")} Ajoutez l'établissement ou corrigez l'identifiant.",
            closest);
        return null;
    }
}
