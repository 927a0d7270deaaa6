using System.Collections.Concurrent;
using System.Globalization;
using Ressourcerie.Analytics.Ingestion;
using Sylvan.Data.Csv;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// Turns the free text people type in a "Catégorie" cell ("VP", "vidéoproj.", "Écran 55 pouces",
/// "casque Quest") into a taxonomy id, from the synonym table shipped as the embedded resource
/// <c>Resources/category-synonyms.csv</c>. The rules follow the ambiguities the team listed:
/// text is folded (lower case, no accents, hyphens and spaces collapsed, plural <c>s</c> dropped),
/// synonyms match whole tokens only, brands and models exactly as written (no plural: "Surfaces",
/// "Focals" or "Shields" are words, not the brands), a specific phrase or a brand beats an ambiguous word
/// ("HP EliteBook" is a laptop, "HP" alone a loudspeaker; "casque Quest" a VR headset), then the
/// longest phrase wins ("Apple TV" before "TV"), then the earliest one (French puts the head noun
/// first: "projecteur LED" is lighting, "vidéo-projecteur LED" a projector). When the cell is
/// ambiguous or vague, the libellé, brand and model settle it; a display of 40 inches or more is
/// a <c>tv</c>. Results are cached per distinct text, so a million lines with a few thousand
/// distinct labels cost a few thousand resolutions.
/// </summary>
public sealed class CategoryNormalizer
{
    public const string ResourceName = "Ressourcerie.Resources.category-synonyms.csv";

    /// <summary>Diagonal from which a display is a TV / large display (the taxonomy's <c>tv</c>).</summary>
    public const double LargeDisplayInches = 40;

    private const int CacheCapacity = 200_000;
    private const char KeySeparator = '\u001F';

    private readonly Dictionary<string, Synonym> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taxonomyKeys = new(StringComparer.Ordinal);
    private readonly int _maxTokens;
    private readonly int _maxKeyLength;

    // ConcurrentDictionary.Count takes every lock: the caches' size is counted here instead.
    private int _cachedCount;
    private readonly ConcurrentDictionary<string, CellOutcome> _cellCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PhraseMatch> _pairCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string? CategoryId, CategoryEvidence Evidence, string? MatchedLabel, string? Suggestion), CategoryResolution> _resolutions = new();

    // Looked up by span on every line: the lookups are made once (each making costs a type check).
    private readonly ConcurrentDictionary<string, CellOutcome>.AlternateLookup<ReadOnlySpan<char>> _cellLookup;
    private readonly ConcurrentDictionary<string, PhraseMatch>.AlternateLookup<ReadOnlySpan<char>> _pairLookup;

    public static CategoryNormalizer Default { get; } = FromEmbeddedTable();

    private CategoryNormalizer(IEnumerable<Synonym> synonyms)
    {
        _cellLookup = _cellCache.GetAlternateLookup<ReadOnlySpan<char>>();
        _pairLookup = _pairCache.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var category in EquipmentTaxonomy.All)
            foreach (var own in (string[])[category.Id, category.LabelFr, category.LabelEn])
                _taxonomyKeys.Add(string.Join(' ', Tokenize(own)));
        foreach (var synonym in synonyms)
        {
            if (!EquipmentTaxonomy.TryGet(synonym.CategoryId, out _))
                throw new InvalidOperationException($"Table des synonymes : catégorie inconnue « {synonym.CategoryId} » pour « {synonym.Label} ».");
            var key = string.Join(' ', Tokenize(synonym.Label));
            if (key.Length == 0) continue;
            if (_phrases.TryGetValue(key, out var existing))
            {
                if (existing.CategoryId != synonym.CategoryId)
                    throw new InvalidOperationException(
                        $"Table des synonymes : « {synonym.Label} » ({synonym.CategoryId}) et « {existing.Label} » ({existing.CategoryId}) se confondent une fois normalisés.");
                continue;
            }
            _phrases[key] = synonym;
            _maxTokens = Math.Max(_maxTokens, key.Count(c => c == ' ') + 1);
            _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
        }
    }

    /// <summary>Number of distinct normalised phrases known.</summary>
    public int PhraseCount => _phrases.Count;

    public CategoryResolution Normalize(string? category, string? label = null, string? brand = null, string? model = null) =>
        Normalize(category.AsSpan(), label.AsSpan(), brand.AsSpan(), model.AsSpan());

    public CategoryResolution Normalize(ReadOnlySpan<char> category, ReadOnlySpan<char> label = default, ReadOnlySpan<char> brand = default, ReadOnlySpan<char> model = default)
    {
        category = category.Trim();
        if (!_cellLookup.TryGetValue(category, out var cell))
        {
            cell = ResolveCell(category.ToString());
            if (_cachedCount < CacheCapacity && _cellCache.TryAdd(category.ToString(), cell)) Interlocked.Increment(ref _cachedCount);
        }
        label = label.Trim();
        brand = brand.Trim();
        model = model.Trim();
        if (!cell.NeedsDetails || (label.IsEmpty && brand.IsEmpty && model.IsEmpty)) return cell.Resolution;
        if (!cell.IsRefinable)
            return Math.Max(DiagonalInches(label), DiagonalInches(model)) >= LargeDisplayInches
                ? Interned("tv", CategoryEvidence.Diagonal, cell.Resolution.MatchedLabel, null)
                : cell.Resolution;

        // The details are matched as two pairs, each cached: the category with the libellé (so that
        // "Casque" + "VR" reads as "casque VR") and the brand with the model ("Meta" + "Quest 3").
        // Caching the four cells together would multiply their distinct values.
        var fromLabel = label.IsEmpty ? default : PairMatch(category, label);
        var fromProduct = brand.IsEmpty && model.IsEmpty ? default : PairMatch(brand, model);
        var details = fromProduct.IsBetterThan(fromLabel) ? fromProduct : fromLabel;
        var resolution = Combine(cell.Resolution, details);
        if (resolution.CategoryId == "display" && Math.Max(DiagonalInches(label), DiagonalInches(model)) >= LargeDisplayInches)
            resolution = Interned("tv", CategoryEvidence.Diagonal, resolution.MatchedLabel, null);
        return resolution;
    }

    private PhraseMatch PairMatch(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int length = first.Length + second.Length + 1;
        Span<char> key = length <= 512 ? stackalloc char[length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = KeySeparator;
        second.CopyTo(key[(first.Length + 1)..]);
        if (_pairLookup.TryGetValue(key, out var match)) return match;
        match = Match(string.Concat(first, " ", second));
        if (_cachedCount < CacheCapacity && _pairCache.TryAdd(key.ToString(), match)) Interlocked.Increment(ref _cachedCount);
        return match;
    }

    private CategoryResolution Combine(CategoryResolution cell, PhraseMatch details)
    {
        if (cell.Evidence == CategoryEvidence.Empty)
            return details.Strength >= Strength.Ambiguous
                ? Interned(null, CategoryEvidence.Empty, null, $"{details.Synonym!.Label} ({details.Synonym.CategoryId})")
                : cell;
        bool cellIsVague = cell.CategoryId == EquipmentTaxonomy.Other;
        var needed = cellIsVague ? Strength.Ambiguous : Strength.Specific;
        return details.Strength >= needed && details.Synonym!.CategoryId != cell.CategoryId
            ? Interned(details.Synonym.CategoryId, CategoryEvidence.Details, details.Synonym.Label, null)
            : cell;
    }

    /// <summary>One shared instance per distinct resolution, so that the rows settled by their details allocate nothing.</summary>
    private CategoryResolution Interned(string? categoryId, CategoryEvidence evidence, string? matchedLabel, string? suggestion) =>
        _resolutions.GetOrAdd((categoryId, evidence, matchedLabel, suggestion), k => new CategoryResolution(k.CategoryId, k.Evidence, k.MatchedLabel, k.Suggestion));

    private CellOutcome ResolveCell(string category)
    {
        var match = Match(category);
        // A cell holding one of our own ids or labels ("display", "Écran / moniteur", "Autre") is a
        // choice made from the template's list: it is kept as it is, whatever the libellé says.
        if (match.Synonym is not null && _taxonomyKeys.Contains(string.Join(' ', Tokenize(category))))
            return new(new CategoryResolution(match.Synonym.CategoryId, CategoryEvidence.Category, match.Synonym.Label), NeedsDetails: false);
        switch (match.Strength)
        {
            case Strength.None when Tokenize(category).Count == 0:
                return new(new CategoryResolution(null, CategoryEvidence.Empty, null), NeedsDetails: true);
            case Strength.None:
                if (DiagonalInches(category) >= LargeDisplayInches)
                    return new(new CategoryResolution("tv", CategoryEvidence.Diagonal, null), NeedsDetails: false);
                return new(new CategoryResolution(null, CategoryEvidence.Unknown, null, Suggest(category)), NeedsDetails: false);
            case Strength.Vague:
                var evidence = match.Synonym!.Kind == SynonymKind.Other ? CategoryEvidence.Category : CategoryEvidence.VagueDefault;
                return new(new CategoryResolution(EquipmentTaxonomy.Other, evidence, match.Synonym.Label), NeedsDetails: true);
        }
        var synonym = match.Synonym!;
        if (synonym.CategoryId == "display" && DiagonalInches(category) >= LargeDisplayInches)
            return new(new CategoryResolution("tv", CategoryEvidence.Diagonal, synonym.Label), NeedsDetails: false);
        bool refinable = match.Strength == Strength.Ambiguous;
        return new(new CategoryResolution(synonym.CategoryId, CategoryEvidence.Category, synonym.Label), refinable || synonym.CategoryId == "display", refinable);
    }

    /// <summary>The best synonym in <paramref name="text"/>: specific before ambiguous before vague, then most tokens, then earliest.</summary>
    private PhraseMatch Match(string text)
    {
        var words = Words(text);
        var tokens = words.ConvertAll(Stem);
        PhraseMatch best = default;
        for (int start = 0; start < tokens.Count; start++)
        {
            for (int length = Math.Min(_maxTokens, tokens.Count - start); length >= 1; length--)
            {
                if (!_phrases.TryGetValue(string.Join(' ', tokens.Skip(start).Take(length)), out var synonym)) continue;
                // "HP" followed by a model number ("HP Z2", "HP 250 G8") is Hewlett-Packard, not a haut-parleur.
                if (synonym.Kind == SynonymKind.AmbiguousBrand && start + length < tokens.Count && IsModelNumber(tokens[start + length])) break;
                if (synonym.ExactKey is not null && synonym.ExactKey != string.Join(' ', words.Skip(start).Take(length))) continue;
                var candidate = new PhraseMatch(synonym, StrengthOf(synonym.Kind), start, length);
                if (candidate.IsBetterThan(best)) best = candidate;
                break;
            }
        }
        return best;
    }

    private static bool IsModelNumber(string token)
    {
        bool letter = false, digit = false;
        foreach (char c in token)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else letter = true;
        }
        return digit && (letter || token.Length >= 3);
    }

    private static Strength StrengthOf(SynonymKind kind) => kind switch
    {
        SynonymKind.Term or SynonymKind.Brand => Strength.Specific,
        SynonymKind.Ambiguous or SynonymKind.AmbiguousBrand => Strength.Ambiguous,
        _ => Strength.Vague,
    };

    /// <summary>
    /// The synonym closest to an unknown text, by edit distance between the synonym and each run of
    /// as many words of the text, e.g. « vidéoprojecteur (video_projector) » for "vidéoprojcteur".
    /// </summary>
    private string? Suggest(string text)
    {
        var tokens = Tokenize(text);
        if (tokens.Count == 0) return null;
        var windows = new List<string>();
        for (int length = 1; length <= Math.Min(_maxTokens, tokens.Count); length++)
            for (int start = 0; start + length <= tokens.Count; start++)
                windows.Add(string.Join(' ', tokens.Skip(start).Take(length)));

        Synonym? best = null;
        string? bestKey = null;
        int bestDistance = int.MaxValue;
        // No pair farther apart in length than the most lenient typo threshold can be the answer (the
        // distance is at least the difference in length): skipping them changes nothing and keeps a
        // corrupt 8-million-character cell from costing minutes here.
        int lenient = Math.Max(1, (_maxKeyLength + 2) / 4);
        foreach (var (key, synonym) in _phrases)
        {
            if (synonym.Kind is SynonymKind.Vague) continue;
            foreach (var window in windows)
            {
                if (Math.Abs(window.Length - key.Length) >= bestDistance || Math.Abs(window.Length - key.Length) > lenient) continue;
                int d = EditDistance.Levenshtein(window, key);
                bool better = d < bestDistance
                    || (d == bestDistance && bestKey is not null && (key.Length < bestKey.Length || (key.Length == bestKey.Length && string.CompareOrdinal(key, bestKey) < 0)));
                if (better)
                {
                    best = synonym;
                    bestKey = key;
                    bestDistance = d;
                }
            }
        }
        return best is not null && EditDistance.IsPlausibleTypo(bestDistance, bestKey!.Length) ? $"{best.Label} ({best.CategoryId})" : null;
    }

    /// <summary>Folded words, with a plural <c>s</c> dropped so that "écrans" and "écran" are one token.</summary>
    private static List<string> Tokenize(string text) => Words(text).ConvertAll(Stem);

    private static List<string> Words(string text) => [.. MatchKey.FoldWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static string Stem(string word) =>
        word.Length >= 4 && word[^1] == 's' && word[^2] != 's' && !char.IsAsciiDigit(word[^2]) ? word[..^1] : word;

    /// <summary>
    /// The largest screen diagonal written in <paramref name="text"/> with an inch mark
    /// (<c>55"</c>, <c>65''</c>, <c>55 pouces</c>, <c>55in</c>, <c>43 po</c>), in inches; 0 when none.
    /// </summary>
    public static double DiagonalInches(ReadOnlySpan<char> text)
    {
        double largest = 0;
        Span<char> buffer = stackalloc char[16];
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) continue;
            int j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            int end = j;
            if (j + 1 < text.Length && text[j] is ',' or '.' && char.IsAsciiDigit(text[j + 1]))
                for (end = j + 1; end < text.Length && char.IsAsciiDigit(text[end]); end++) { }
            var number = text[i..end];
            int k = end;
            while (k < text.Length && text[k] is ' ' or '\u00A0' or '\u202F') k++;
            if (HasInchMark(text[k..]) && number.Length <= 16)
            {
                var invariant = buffer[..number.Length];
                number.CopyTo(invariant);
                invariant.Replace(',', '.');
                if (double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out double inches) && inches is >= 10 and <= 150)
                    largest = Math.Max(largest, inches);
            }
            i = end;
        }
        return largest;
    }

    private static bool HasInchMark(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty) return false;
        if (rest[0] is '"' or '”' or '″' or '“') return true;
        if (rest.StartsWith("''") || rest.StartsWith("’’") || rest.StartsWith("′′")) return true;
        foreach (var unit in (ReadOnlySpan<string>)["pouces", "pouce", "inches", "inch", "in", "po"])
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (rest.Length == unit.Length || !char.IsLetter(rest[unit.Length])))
                return true;
        return false;
    }

    private static CategoryNormalizer FromEmbeddedTable()
    {
        using var stream = typeof(CategoryNormalizer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource intégrée introuvable : {ResourceName}");
        using var text = new StreamReader(stream);
        using var csv = CsvDataReader.Create(text);
        var synonyms = new List<Synonym>();
        int category = csv.GetOrdinal("category"), label = csv.GetOrdinal("label"), lang = csv.GetOrdinal("lang"), kind = csv.GetOrdinal("kind");
        while (csv.Read())
            synonyms.Add(new Synonym(csv.GetString(category), csv.GetString(label), csv.GetString(lang), ParseKind(csv.GetString(kind))));

        // The taxonomy's own ids and labels are always accepted ("video_projector", "Vidéoprojecteur", "Video projector").
        foreach (var c in EquipmentTaxonomy.All)
        {
            var kindOfOwn = c.Id == EquipmentTaxonomy.Other ? SynonymKind.Other : SynonymKind.Term;
            synonyms.Add(new Synonym(c.Id, c.Id, "id", kindOfOwn));
            synonyms.Add(new Synonym(c.Id, c.LabelFr, "fr", kindOfOwn));
            synonyms.Add(new Synonym(c.Id, c.LabelEn, "en", kindOfOwn));
        }
        return new CategoryNormalizer(synonyms);
    }

    private static SynonymKind ParseKind(string kind) => kind switch
    {
        "term" => SynonymKind.Term,
        "brand" => SynonymKind.Brand,
        "ambiguous" => SynonymKind.Ambiguous,
        "ambiguous_brand" => SynonymKind.AmbiguousBrand,
        "other" => SynonymKind.Other,
        "vague" => SynonymKind.Vague,
        _ => throw new InvalidOperationException($"Table des synonymes : genre inconnu « {kind} »."),
    };

    private enum SynonymKind
    {
        Term,
        Brand,

        /// <summary>A generic word ("écran", "casque", "projecteur") that any specific synonym beside it overrides.</summary>
        Ambiguous,

        /// <summary>An ambiguous abbreviation that is also a brand ("HP"): a model number after it makes it the brand.</summary>
        AmbiguousBrand,

        /// <summary>"autre", "other": the taxonomy's own <c>other</c>.</summary>
        Other,

        /// <summary>Says nothing about the kind of equipment ("divers", "matériel").</summary>
        Vague,
    }

    private enum Strength
    {
        None,
        Vague,
        Ambiguous,
        Specific,
    }

    private sealed record Synonym(string CategoryId, string Label, string Language, SynonymKind Kind)
    {
        /// <summary>
        /// For a brand or a model, its folded words as written: a product name has no plural, so the
        /// text must hold these very words ("Surface" is a tablet, "Granite Surfaces" is not).
        /// </summary>
        public string? ExactKey { get; } = Kind is SynonymKind.Brand or SynonymKind.AmbiguousBrand ? string.Join(' ', Words(Label)) : null;
    }

    private readonly record struct PhraseMatch(Synonym? Synonym, Strength Strength, int Start, int Tokens)
    {
        public bool IsBetterThan(PhraseMatch other)
        {
            if (Strength != other.Strength) return Strength > other.Strength;
            if (Tokens != other.Tokens) return Tokens > other.Tokens;
            return Start < other.Start;
        }
    }

    /// <param name="NeedsDetails">The libellé, brand or model may change the result (a refinement, or a diagonal for a display).</param>
    /// <param name="IsRefinable">The cell is ambiguous, vague or empty, so the details may give another category (not only a diagonal).</param>
    private readonly record struct CellOutcome(CategoryResolution Resolution, bool NeedsDetails, bool IsRefinable = true);
}
