using System.Globalization;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Reads a scenario written in JSON or YAML (told by the extension, else by the first character).
/// Keys are the snake_case lever names below; numbers may use a decimal comma, and shares may be
/// written "60 %". An unknown key, a share outside 0–1, a negative distance or an override without
/// source stops the reading with a French <see cref="InputFileException"/> naming the file, the key
/// and its line and character; every problem of the file is listed, not only the first.
/// </summary>
/// <example>
/// <code>
/// name: pret-mutualise
/// title: Prêt mutualisé
/// description: Les institutions se prêtent le matériel inutilisé.
/// horizon_years: 5
/// loan_share: 0,6
/// max_distance_km: 150
/// items_per_trip: 4
/// factor_overrides:
///   display: { typical: 120, source: "Mesure interne 2024" }
/// </code>
/// </example>
public static class ScenarioReader
{
    /// <summary>The keys a scenario file may hold, with what they mean (French, for messages and docs).</summary>
    public static IReadOnlyDictionary<string, string> Levers { get; } = new Dictionary<string, string>
    {
        ["name"] = "nom court du scénario (identifiant, ex. pret-mutualise)",
        ["title"] = "titre en français, lu dans le rapport (« titre » accepté aussi)",
        ["description"] = "description en français",
        ["horizon_years"] = "horizon en années (entier, 1 à 100)",
        ["start_year"] = "année civile de l'année 1 (par défaut : celle du premier besoin)",
        ["loan_share"] = "part des prêts trouvés par l'appariement qui ont lieu (0 à 1)",
        ["max_distance_km"] = "distance maximale d'un prêt en km",
        ["items_per_trip"] = "objets transportés par trajet de véhicule utilitaire",
        ["distance_rule"] = "round_trip (aller-retour) ou one_way (aller simple)",
        ["recurring_needs"] = "true : les besoins se répètent chaque année de l'horizon",
        ["lifetime_extension_years"] = "allongement de la durée de vie en années, toutes catégories",
        ["lifetime_extension_by_category"] = "allongement par catégorie (catégorie: années)",
        ["refurbished_share"] = "part des achats faits en reconditionné (0 à 1)",
        ["refurbished_saving"] = "part de l'empreinte évitée par un achat reconditionné (0 à 1, ou low/typical/high/source)",
        ["older_device_extra_consumption"] = "surconsommation électrique d'un appareil gardé plus longtemps (part, ≥ 0)",
        ["factor_overrides"] = "surcharges de facteurs par catégorie (low, typical, high, lifetime_years, power_w, use_hours_per_day, annual_kwh, source)",
    };

    private static readonly string[] OverrideKeys = ["low", "typical", "high", "lifetime_years", "power_w", "use_hours_per_day", "annual_kwh", "source"];
    private static readonly string[] SavingKeys = ["low", "typical", "high", "source"];
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Scenario Read(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ScenarioNode.MaxBytes)
                throw new InputFileException(name, 0, "", $"Fichier de scénario trop volumineux ({info.Length / 1024} Kio ; 1 Mio au plus).");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(name, 0, "", $"Fichier de scénario introuvable ou illisible : {FileAccessProblem.Reading(e, path)}.", e);
        }
        return Parse(bytes, name);
    }

    /// <param name="fileName">The file's name: its extension tells JSON from YAML, and messages name it.</param>
    public static Scenario Parse(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        bool json = extension == ".json" || (extension is not ".yaml" and not ".yml" && FirstCharacter(content) is '{' or '[');
        var root = ScenarioNode.Parse(content, fileName, json);
        return new Interpreter(fileName).Scenario(root);
    }

    public static Scenario Parse(string content, string fileName) => Parse(System.Text.Encoding.UTF8.GetBytes(content), fileName);

    private static char FirstCharacter(byte[] content)
    {
        foreach (byte b in content)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) return (char)b;
        return '\0';
    }

    /// <summary>Turns the tree into a scenario, collecting every problem with its position.</summary>
    private sealed class Interpreter(string file)
    {
        private readonly List<(int Line, int Column, string Key, string Message)> _errors = [];

        public Scenario Scenario(ScenarioNode root)
        {
            if (root is not ScenarioMap map)
                throw new InputFileException(file, root.Line, "", "Un scénario est un dictionnaire de leviers (clé: valeur) ; ce fichier n'en contient pas.");

            var scenario = new Scenario { Name = Path.GetFileNameWithoutExtension(file), File = file };
            string? titleKey = null;
            foreach (var entry in Unique(map, ""))
            {
                var key = entry.Key;
                var value = entry.Value;
                switch (key)
                {
                    case "name":
                        if (Text(value, key) is { } name) scenario = scenario with { Name = name };
                        break;
                    case "title" or "titre":
                        if (titleKey is not null)
                            Error(entry.Line, entry.Column, key, $"le titre est déjà donné par « {titleKey} » : gardez une seule de ces clés.");
                        else if (Text(value, key) is { } title)
                            scenario = scenario with { Title = title };
                        titleKey = key;
                        break;
                    case "description":
                        if (Text(value, key) is { } description) scenario = scenario with { Description = description };
                        break;
                    case "horizon_years":
                        if (Integer(value, key, 1, 100, "l'horizon est un nombre entier d'années entre 1 et 100") is { } horizon)
                            scenario = scenario with { HorizonYears = horizon };
                        break;
                    case "start_year":
                        if (Integer(value, key, 1900, 2200, "l'année de départ est une année civile (ex. 2025)") is { } start)
                            scenario = scenario with { StartYear = start };
                        break;
                    case "loan_share":
                        if (Share(value, key) is { } loanShare) scenario = scenario with { LoanShare = loanShare };
                        break;
                    case "refurbished_share":
                        if (Share(value, key) is { } refurbishedShare) scenario = scenario with { RefurbishedShare = refurbishedShare };
                        break;
                    case "max_distance_km":
                        if (NonNegative(value, key, "une distance ne peut pas être négative") is { } distance)
                            scenario = scenario with { MaxDistanceKm = distance };
                        break;
                    case "items_per_trip":
                        if (Number(value, key) is { } items)
                        {
                            if (items > 0) scenario = scenario with { ItemsPerTrip = items };
                            else Error(value, key, "un trajet transporte au moins un objet : donnez un nombre strictement positif.");
                        }
                        break;
                    case "distance_rule":
                        if (Text(value, key) is { } rule)
                        {
                            switch (MatchKey.Fold(rule))
                            {
                                case "roundtrip" or "allerretour":
                                    scenario = scenario with { DistanceRule = DistanceRule.RoundTrip };
                                    break;
                                case "oneway" or "allersimple":
                                    scenario = scenario with { DistanceRule = DistanceRule.OneWay };
                                    break;
                                default:
                                    Error(value, key, $"« {rule} » : valeurs possibles round_trip (aller-retour) ou one_way (aller simple).");
                                    break;
                            }
                        }
                        break;
                    case "recurring_needs":
                        if (Boolean(value, key) is { } recurring) scenario = scenario with { RecurringNeeds = recurring };
                        break;
                    case "lifetime_extension_years":
                        if (NonNegative(value, key, "un allongement de durée de vie ne peut pas être négatif") is { } years)
                            scenario = scenario with { LifetimeExtensionYears = years };
                        break;
                    case "lifetime_extension_by_category":
                        scenario = scenario with { LifetimeExtensionByCategory = ExtensionByCategory(value, key) };
                        break;
                    case "refurbished_saving":
                        scenario = scenario with { RefurbishedSaving = RefurbishedSaving(value, key, scenario.Name) };
                        break;
                    case "older_device_extra_consumption":
                        if (NonNegative(value, key, "une surconsommation ne peut pas être négative") is { } extra)
                            scenario = scenario with { OlderDeviceExtraConsumption = extra };
                        break;
                    case "factor_overrides":
                        scenario = scenario with { FactorOverrides = Overrides(value, key) };
                        break;
                    default:
                        Error(entry.Line, entry.Column, key,
                            $"levier inconnu « {key} ». Clés acceptées : {string.Join(", ", Levers.Keys)} (titre pour title).");
                        break;
                }
            }
            if (string.IsNullOrWhiteSpace(scenario.Name)) Error(map.Line, map.Column, "name", "le scénario doit avoir un nom.");
            if (_errors.Count > 0) throw ToException();
            return scenario;
        }

        private IReadOnlyDictionary<string, double> ExtensionByCategory(ScenarioNode node, string key)
        {
            var result = new Dictionary<string, double>(StringComparer.Ordinal);
            if (node is not ScenarioMap map)
            {
                Error(node, key, "attendu : un dictionnaire « catégorie: années » (ex. video_projector: 3).");
                return result;
            }
            foreach (var entry in Unique(map, key))
            {
                var path = $"{key}.{entry.Key}";
                if (!EquipmentTaxonomy.TryGet(entry.Key, out var category))
                {
                    Error(entry.Line, entry.Column, path, UnknownCategory(entry.Key));
                    continue;
                }
                if (NonNegative(entry.Value, path, "un allongement de durée de vie ne peut pas être négatif") is { } years)
                    result[category.Id] = years;
            }
            return result;
        }

        private EmissionFactor? RefurbishedSaving(ScenarioNode node, string key, string scenarioName)
        {
            FactorRange range;
            string source;
            if (node is ScenarioMap map)
            {
                var values = new Dictionary<string, double>();
                string? text = null;
                foreach (var entry in Unique(map, key))
                {
                    var path = $"{key}.{entry.Key}";
                    if (entry.Key == "source") text = Text(entry.Value, path);
                    else if (SavingKeys.Contains(entry.Key)) { if (Share(entry.Value, path) is { } v) values[entry.Key] = v; }
                    else Error(entry.Line, entry.Column, path, $"clé inconnue « {entry.Key} » : {string.Join(", ", SavingKeys)}.");
                }
                if (!values.TryGetValue("typical", out var typical))
                {
                    Error(node, key, "donnez au moins la valeur typique (« typical »).");
                    return null;
                }
                if (string.IsNullOrWhiteSpace(text))
                {
                    Error(node, $"{key}.source", "une part évitée donnée en plage doit citer sa source (« source »).");
                    return null;
                }
                range = new FactorRange(values.GetValueOrDefault("low", typical), typical, values.GetValueOrDefault("high", typical));
                source = text;
            }
            else
            {
                if (Share(node, key) is not { } value) return null;
                range = FactorRange.Fixed(value);
                source = $"levier du scénario « {scenarioName} »";
            }
            if (range.Problem() is { } problem)
            {
                Error(node, key, problem + ".");
                return null;
            }
            return new EmissionFactor("refurbished_saving_scenario", "Part de l'empreinte évitée par un achat reconditionné (scénario)", "part (0-1)",
                range, FactorStatus.Scenario, source, source, source, OverrideSource: source);
        }

        private IReadOnlyList<FactorOverride> Overrides(ScenarioNode node, string key)
        {
            var result = new List<FactorOverride>();
            if (node is not ScenarioMap map)
            {
                Error(node, key, "attendu : un dictionnaire « catégorie: { typical: …, source: … } ».");
                return result;
            }
            foreach (var entry in Unique(map, key))
            {
                var path = $"{key}.{entry.Key}";
                bool special = entry.Key is FactorLibrary.GridId or FactorLibrary.TransportVanId;
                if (!special && !EquipmentTaxonomy.TryGet(entry.Key, out _))
                {
                    Error(entry.Line, entry.Column, path, UnknownCategory(entry.Key) + $" (ou {FactorLibrary.GridId}, {FactorLibrary.TransportVanId})");
                    continue;
                }
                if (entry.Value is not ScenarioMap fields)
                {
                    Error(entry.Value, path, "attendu : un dictionnaire de valeurs (low, typical, high, lifetime_years, power_w, use_hours_per_day, annual_kwh) avec sa « source ».");
                    continue;
                }
                var values = new Dictionary<string, double>();
                string? source = null;
                int errorsBefore = _errors.Count;
                foreach (var field in Unique(fields, path))
                {
                    var fieldPath = $"{path}.{field.Key}";
                    if (field.Key == "source") source = Text(field.Value, fieldPath);
                    else if (!OverrideKeys.Contains(field.Key))
                        Error(field.Line, field.Column, fieldPath, $"clé inconnue « {field.Key} ». Clés acceptées : {string.Join(", ", OverrideKeys)}.");
                    else if (NonNegative(field.Value, fieldPath, "un facteur ne peut pas être négatif") is { } v) values[field.Key] = v;
                }
                if (string.IsNullOrWhiteSpace(source))
                {
                    Error(fields, $"{path}.source", "une surcharge de facteur doit citer sa source (clé « source »).");
                    continue;
                }
                if (values.Count == 0 && _errors.Count == errorsBefore)
                {
                    Error(fields, path, "la surcharge ne donne aucune valeur.");
                    continue;
                }
                result.Add(new FactorOverride(entry.Key, source,
                    Low: Get("low"), Typical: Get("typical"), High: Get("high"), LifetimeYears: Get("lifetime_years"),
                    PowerW: Get("power_w"), UseHoursPerDay: Get("use_hours_per_day"), AnnualKwh: Get("annual_kwh"),
                    File: file, Line: entry.Line));

                double? Get(string name) => values.TryGetValue(name, out var v) ? v : null;
            }
            return result;
        }

        private IEnumerable<ScenarioEntry> Unique(ScenarioMap map, string parent)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                if (seen.Add(entry.Key)) yield return entry;
                else Error(entry.Line, entry.Column, parent.Length > 0 ? $"{parent}.{entry.Key}" : entry.Key, $"clé « {entry.Key} » en double.");
            }
        }

        private string? Text(ScenarioNode node, string key)
        {
            if (node is ScenarioScalar { Text: { } text }) return text.Trim();
            Error(node, key, "attendu : un texte.");
            return null;
        }

        private double? Number(ScenarioNode node, string key)
        {
            if (node is ScenarioScalar { Text: { } text } && FrenchNumber.TryParse(text, out var value) && !text.TrimEnd().EndsWith('%'))
                return value;
            Error(node, key, $"attendu : un nombre{Found(node)}.");
            return null;
        }

        private double? NonNegative(ScenarioNode node, string key, string rule)
        {
            if (Number(node, key) is not { } value) return null;
            if (value >= 0) return value;
            Error(node, key, $"{rule} (valeur : {value.ToString(French)}).");
            return null;
        }

        /// <summary>A share 0–1; "60 %" is read as 0.6.</summary>
        private double? Share(ScenarioNode node, string key)
        {
            if (node is not ScenarioScalar { Text: { } text } || !FrenchNumber.TryParse(text, out var value))
            {
                Error(node, key, $"attendu : une part entre 0 et 1 (ex. 0,6 ou 60 %){Found(node)}.");
                return null;
            }
            bool percent = text.TrimEnd().EndsWith('%');
            if (percent) value /= 100;
            if (value is >= 0 and <= 1) return value;
            Error(node, key, $"la part doit être comprise entre 0 et 1 (valeur : {text.Trim()}){(percent || value <= 0 ? "" : " ; écrivez 0,6 ou 60 % pour 60 %")}.");
            return null;
        }

        private int? Integer(ScenarioNode node, string key, int min, int max, string rule)
        {
            if (node is ScenarioScalar { Text: { } text } && FrenchNumber.TryParseInteger(text, out var value) && value >= min && value <= max)
                return (int)value;
            Error(node, key, $"{rule}{Found(node)}.");
            return null;
        }

        private bool? Boolean(ScenarioNode node, string key)
        {
            if (node is ScenarioScalar { Text: { } text })
            {
                switch (MatchKey.Fold(text))
                {
                    case "true" or "oui" or "yes" or "vrai" or "1": return true;
                    case "false" or "non" or "no" or "faux" or "0": return false;
                }
            }
            Error(node, key, $"attendu : true ou false (oui ou non){Found(node)}.");
            return null;
        }

        private static string Found(ScenarioNode node) => node switch
        {
            ScenarioScalar { Text: null } => " ; la valeur est vide",
            ScenarioScalar s => $" ; trouvé « {s.Text} »",
            ScenarioMap => " ; trouvé un dictionnaire",
            _ => " ; trouvé une liste",
        };

        private static string UnknownCategory(string id) =>
            $"catégorie inconnue « {id} ». Catégories : {string.Join(", ", EquipmentTaxonomy.All.Select(c => c.Id))}";

        private void Error(ScenarioNode node, string key, string message) => Error(node.Line, node.Column, key, message);

        private void Error(int line, int column, string key, string message) => _errors.Add((line, column, key, message));

        private InputFileException ToException()
        {
            var ordered = _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
            var (line, column, key, message) = ordered[0];
            var text = $"clé « {key} » : {message} (caractère {column})";
            if (ordered.Count > 1)
                text += $"\n{ordered.Count - 1} autre(s) erreur(s) dans ce scénario :\n" +
                        string.Join("\n", ordered.Skip(1).Select(e => $"  {file}, ligne {e.Line}, caractère {e.Column}, clé « {e.Key} » : {e.Message}"));
            return new InputFileException(file, line, key, text);
        }
    }
}
