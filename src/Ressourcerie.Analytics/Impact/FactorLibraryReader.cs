using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Reads a factor file of the layout of <c>Resources/emission-factors.csv</c> (CSV with any
/// delimiter and decimal comma or point, or XLSX): one row per factor, with its kind
/// (<c>embodied</c>, <c>grid</c>, <c>transport</c>, <c>per_capita</c>, <c>refurbished_saving</c>),
/// the categories it applies to, low / typical / high values, a status and a source per value.
/// A factor file is all or nothing: any error stops the reading with every problem listed.
/// </summary>
public static class FactorLibraryReader
{
    private static readonly ColumnSpec[] Columns =
    [
        new("factor_id", "Identifiant du facteur", true, "id", "facteur"),
        new("kind", "Nature", true, "type"),
        new("categories", "Catégories", false, "category", "categorie"),
        new("label_fr", "Libellé", false, "label", "libelle"),
        new("unit", "Unité", false),
        new("low", "Valeur basse", false, "basse", "bas"),
        new("typical", "Valeur typique", false, "typique", "valeur"),
        new("high", "Valeur haute", false, "haute", "haut"),
        new("status", "Statut", true, "statut"),
        new("low_source", "Source de la valeur basse", false),
        new("typical_source", "Source de la valeur typique", false, "source"),
        new("high_source", "Source de la valeur haute", false),
        new("mapping", "Correspondance", false),
        new("lifetime_years", "Durée de vie (ans)", false, "lifetime", "duree de vie"),
        new("lifetime_source", "Source de la durée de vie", false),
        new("power_w", "Puissance (W)", false, "puissance"),
        new("use_hours_per_day", "Heures d'usage par jour", false),
        new("annual_kwh", "Consommation annuelle (kWh)", false, "kwh par an"),
        new("use_source", "Source de la consommation", false),
        new("end_of_life_kgco2e", "Fin de vie (kgCO2e)", false, "fin de vie"),
        new("end_of_life_source", "Source de la fin de vie", false),
        new("note", "Note", false, "notes"),
    ];

    public static FactorLibrary Read(string path)
    {
        using var reader = TabularFile.Open(path, preferredSheets: ["facteurs", "factors", "emission-factors"]);
        return Read(reader);
    }

    public static FactorLibrary Read(Stream stream, string displayName)
    {
        using var reader = TabularFile.Open(stream, displayName);
        return Read(reader);
    }

    private static FactorLibrary Read(TabularReader reader)
    {
        var file = reader.File;
        var report = new DataQualityReport();
        var map = ColumnMap.Resolve(reader.Headers, Columns, file, report);
        if (!map.IsComplete) throw ToException(file, report);

        var devices = new List<DeviceFactors>();
        var refurbished = new Dictionary<string, EmissionFactor>(StringComparer.Ordinal);
        EmissionFactor? refurbishedDefault = null, grid = null, van = null, perCapita = null;
        var ids = new HashSet<string>(StringComparer.Ordinal);

        while (reader.Read())
        {
            var row = new Row(reader, map, report);
            var id = row.Text("factor_id");
            if (id.Length == 0)
            {
                row.Error("factor_id", "identifiant du facteur manquant.");
                continue;
            }
            if (!ids.Add(id))
            {
                row.Error("factor_id", $"identifiant « {id} » en double.");
                continue;
            }
            var status = ParseStatus(row);
            var kind = row.Text("kind").ToLowerInvariant();
            var factor = ReadFactor(row, id, status, kind);
            switch (kind)
            {
                case "embodied":
                    var category = row.Text("categories");
                    if (!EquipmentTaxonomy.TryGet(category, out _))
                        row.Error("categories", $"catégorie inconnue « {category} » : une ligne « embodied » porte un identifiant de la nomenclature (video_projector, display, tv…).");
                    else if (devices.Any(d => d.CategoryId == category))
                        row.Error("categories", $"la catégorie « {category} » a déjà une ligne « embodied ».");
                    else if (factor is not null)
                        devices.Add(ReadDevice(row, category, factor));
                    break;
                case "grid":
                    Single(row, ref grid, factor, kind);
                    break;
                case "transport":
                    Single(row, ref van, factor, kind);
                    break;
                case "per_capita":
                    Single(row, ref perCapita, factor, kind);
                    break;
                case "refurbished_saving":
                    if (factor is { Range.High: > 1 }) row.Error("high", "une part évitée ne peut pas dépasser 1 (100 %).");
                    foreach (var target in row.Text("categories").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (target == "*") Single(row, ref refurbishedDefault, factor, "refurbished_saving *");
                        else if (!EquipmentTaxonomy.TryGet(target, out _)) row.Error("categories", $"catégorie inconnue « {target} ».");
                        else if (factor is not null && !refurbished.TryAdd(target, factor)) row.Error("categories", $"la catégorie « {target} » a déjà un taux de reconditionnement.");
                    }
                    break;
                default:
                    row.Error("kind", $"nature « {row.Text("kind")} » inconnue : embodied, grid, transport, per_capita ou refurbished_saving.");
                    break;
            }
        }

        foreach (var (value, name) in new[] { (grid, $"« grid » ({FactorLibrary.GridId})"), (van, $"« transport » ({FactorLibrary.TransportVanId})"), (perCapita, $"« per_capita » ({FactorLibrary.PerCapitaId})"), (refurbishedDefault, "« refurbished_saving » pour toutes les catégories (categories = *)") })
            if (value is null) report.Error(file, 0, "kind", $"aucune ligne {name} : la bibliothèque de facteurs doit en avoir une.");
        if (report.ErrorCount > 0) throw ToException(file, report);
        return new FactorLibrary(file, devices, grid!, van!, perCapita!, refurbished, refurbishedDefault!);
    }

    private static void Single(Row row, ref EmissionFactor? slot, EmissionFactor? factor, string kind)
    {
        if (factor is null) return;
        if (factor.IsMissing) row.Error("status", $"un facteur « {kind} » ne peut pas être manquant.");
        else if (slot is not null) row.Error("kind", $"deux lignes « {kind} » : une seule est permise.");
        else slot = factor;
    }

    private static FactorStatus? ParseStatus(Row row)
    {
        var text = MatchKey.Fold(row.Text("status"));
        FactorStatus? status = text switch
        {
            "sourced" or "source" => FactorStatus.Sourced,
            "derived" or "derive" => FactorStatus.Derived,
            "proxy" or "substitut" => FactorStatus.Proxy,
            "gap" or "missing" or "manquant" => FactorStatus.Missing,
            _ => null,
        };
        if (status is null) row.Error("status", $"statut « {row.Text("status")} » inconnu : SOURCED, DERIVED, PROXY ou GAP.");
        return status;
    }

    private static EmissionFactor? ReadFactor(Row row, string id, FactorStatus? status, string kind)
    {
        if (status is null) return null;
        var label = row.Text("label_fr") is { Length: > 0 } l ? l : id;
        var unit = row.Text("unit");
        var typicalSource = row.Text("typical_source");
        var lowSource = row.Text("low_source") is { Length: > 0 } ls ? ls : typicalSource;
        var highSource = row.Text("high_source") is { Length: > 0 } hs ? hs : typicalSource;
        var note = row.Text("note") is { Length: > 0 } n ? n : null;

        if (status == FactorStatus.Missing)
            return new EmissionFactor(id, label, unit, default, FactorStatus.Missing, lowSource, typicalSource.Length > 0 ? typicalSource : lowSource, highSource, note);

        double? typical = row.Number("typical");
        if (typical is null)
        {
            if (!row.HasError) row.Error("typical", "valeur typique manquante (ou statut GAP si aucun facteur n'existe).");
            return null;
        }
        var range = new FactorRange(row.Number("low") ?? typical.Value, typical.Value, row.Number("high") ?? typical.Value);
        if (range.Problem() is { } problem)
        {
            row.Error("typical", $"{problem}.");
            return null;
        }
        if (typicalSource.Length == 0 && lowSource.Length == 0)
        {
            row.Error("typical_source", "chaque facteur doit citer sa source.");
            return null;
        }
        return row.HasError ? null : new EmissionFactor(id, label, unit, range, status.Value, lowSource, typicalSource.Length > 0 ? typicalSource : lowSource, highSource, note);
    }

    private static DeviceFactors ReadDevice(Row row, string category, EmissionFactor embodied)
    {
        var label = EquipmentTaxonomy.FrenchLabel(category);
        var lifetimeStatus = embodied.IsMissing ? FactorStatus.Missing : embodied.Status;
        EmissionFactor? lifetime = row.Number("lifetime_years") is { } years
            ? Fixed($"{category}_lifetime", $"Durée de vie ({label})", "ans", years, lifetimeStatus, row.Text("lifetime_source"))
            : null;
        if (lifetime is { Range.Typical: <= 0 }) row.Error("lifetime_years", "la durée de vie doit être strictement positive.");

        double? power = row.Number("power_w");
        double? hours = row.Number("use_hours_per_day");
        if (hours is > 24) row.Error("use_hours_per_day", "une journée compte au plus 24 heures.");
        var useSource = row.Text("use_source");
        EmissionFactor? energy = row.Number("annual_kwh") is { } kwh
            ? Fixed($"{category}_energy", $"Consommation annuelle ({label})", "kWh/an", kwh, lifetimeStatus, useSource)
            : power is { } p && hours is { } h
                ? Fixed($"{category}_energy", $"Consommation annuelle ({label})", "kWh/an", p * h * 365 / 1000, lifetimeStatus,
                    $"{useSource} (calcul : puissance × heures par jour × 365 j)")
                : null;
        EmissionFactor? endOfLife = row.Number("end_of_life_kgco2e") is { } eol
            ? Fixed($"{category}_end_of_life", $"Fin de vie ({label}), non comptée", "kgCO2e/unité", eol, lifetimeStatus, row.Text("end_of_life_source"))
            : null;
        return new DeviceFactors(category, row.Text("mapping"), embodied, lifetime, energy, endOfLife, power, hours);
    }

    private static EmissionFactor Fixed(string id, string label, string unit, double value, FactorStatus status, string source) =>
        new(id, label, unit, FactorRange.Fixed(value), status, source, source, source);

    private static InputFileException ToException(string file, DataQualityReport report)
    {
        var errors = report.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        var first = errors[0];
        var message = first.Message;
        if (errors.Count > 1)
            message += $"\n{errors.Count - 1} autre(s) erreur(s) dans la bibliothèque de facteurs :\n" +
                       string.Join("\n", errors.Skip(1).Take(20).Select(e => "  " + e));
        return new InputFileException(file, first.Row, first.Column, message);
    }

    /// <summary>The current row, read by column name, with its errors going to the report.</summary>
    private sealed class Row(TabularReader reader, ColumnMap map, DataQualityReport report)
    {
        public bool HasError { get; private set; }

        public string Text(string column) => map[column] is >= 0 and var i ? reader.Text(i) : "";

        /// <summary>The number in a cell, null when empty; an unreadable number is an error.</summary>
        public double? Number(string column)
        {
            int i = map[column];
            if (i < 0 || reader.IsEmpty(i)) return null;
            if (reader.Kind(i) == CellKind.Number) return reader.Number(i);
            if (FrenchNumber.TryParse(reader.Span(i), out var value)) return value;
            Error(column, $"« {reader.Text(i)} » n'est pas un nombre.");
            return null;
        }

        public void Error(string column, string message)
        {
            HasError = true;
            report.Error(reader.File, reader.RowNumber, map.HeaderOf(column), message);
        }
    }
}
