namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Where each expected column is in a file's header. Unknown columns are kept aside and ignored;
/// a header that appears twice is reported and only its first occurrence is read; a missing
/// required column is one error for the whole file, naming the accepted spellings.
/// </summary>
public sealed class ColumnMap
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _header = new(StringComparer.Ordinal);

    private ColumnMap(IReadOnlyList<ColumnSpec> specs) => Specs = specs;

    public IReadOnlyList<ColumnSpec> Specs { get; }

    /// <summary>Headers that matched no expected column (kept, never an error).</summary>
    public IReadOnlyList<string> ExtraHeaders { get; private set; } = [];

    public IReadOnlyList<string> MissingRequired { get; private set; } = [];

    public bool IsComplete => MissingRequired.Count == 0;

    /// <summary>Column index of <paramref name="name"/>, or -1 when the file does not have it.</summary>
    public int this[string name] => _index.GetValueOrDefault(name, -1);

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The header as written in the file (what issues name), or the French label when absent.</summary>
    public string HeaderOf(string name) =>
        _header.TryGetValue(name, out var h) ? h : Specs.FirstOrDefault(s => s.Name == name)?.FrenchLabel ?? name;

    /// <summary>Matches <paramref name="headers"/> against <paramref name="specs"/>, reporting duplicates and missing required columns.</summary>
    public static ColumnMap Resolve(IReadOnlyList<string> headers, IReadOnlyList<ColumnSpec> specs, string file, DataQualityReport report)
    {
        var map = new ColumnMap(specs);
        var byKey = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var spec in specs)
            foreach (var name in spec.AllNames)
                byKey.TryAdd(MatchKey.Fold(name), spec);

        var extra = new List<string>();
        for (int i = 0; i < headers.Count; i++)
        {
            var key = MatchKey.Fold(headers[i]);
            if (key.Length == 0) continue;
            if (!byKey.TryGetValue(key, out var spec))
            {
                extra.Add(headers[i]);
                continue;
            }
            if (map._index.TryGetValue(spec.Name, out int first))
            {
                report.Warn(file, 1, headers[i],
                    $"La colonne « {headers[i]} » apparaît deux fois (colonnes {ColumnLetter(first)} et {ColumnLetter(i)}) : seule la première est lue. Supprimez ou renommez le doublon.");
                continue;
            }
            map._index[spec.Name] = i;
            map._header[spec.Name] = headers[i];
        }
        map.ExtraHeaders = extra;
        map.MissingRequired = specs.Where(s => s.Required && !map._index.ContainsKey(s.Name)).Select(s => s.Name).ToList();
        // A title typed above the table ("Inventaire 2024") makes the first row look like a one-cell header.
        var titleHint = headers.Count(h => h.Length > 0) <= 2 && map.MissingRequired.Count > 0
            ? " La première ligne doit être la ligne d'en-tête : supprimez les lignes de titre au-dessus du tableau."
            : "";
        var found = FoundForMessage(headers);
        foreach (var missing in map.MissingRequired)
        {
            var spec = specs.First(s => s.Name == missing);
            report.Error(file, 0, spec.FrenchLabel,
                $"Colonne obligatoire absente : « {spec.FrenchLabel} » (ou « {spec.Name} »). Colonnes trouvées : {found}.{titleHint}");
        }
        return map;
    }

    /// <summary>The headers found, for a message: the first few, each cut short, so that a corrupt or binary first line cannot fill the report.</summary>
    private static string FoundForMessage(IReadOnlyList<string> headers)
    {
        const int MaxListed = 12, MaxLength = 40;
        var named = headers.Where(h => h.Length > 0).ToList();
        var listed = string.Join(", ", named.Take(MaxListed).Select(h => $"« {(h.Length > MaxLength ? h[..MaxLength] + "…" : h)} »"));
        return named.Count > MaxListed ? $"{listed}… ({named.Count} colonnes en tout)" : listed;
    }

    /// <summary>Spreadsheet letter of a zero-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
