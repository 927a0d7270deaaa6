using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Decides the date order of an export in a first pass over its date columns (a forward-only
/// reader cannot go back), and reports it once for the file: always for a tool whose default is
/// ambiguous for French users (Snipe-IT), otherwise only when the values could not tell it or
/// contradicted each other.
/// </summary>
internal static class AssetDateOrder
{
    public static (DateOrder Order, bool Assumed) Decide(
        Func<TabularReader> open,
        IReadOnlyList<ColumnSpec> columns,
        IReadOnlyList<string> dateColumns,
        AssetExportOptions options,
        DateOrder fallback,
        string tool,
        string whyFallback,
        bool alwaysReport,
        DataQualityReport report)
    {
        if (options.DateOrder is { } forced) return (forced, false);
        var detector = new DateOrderDetector();
        string file, header;
        using (var reader = open())
        {
            file = reader.File;
            var map = ColumnMap.Resolve(reader.Headers, GroupPrefixedHeaders.Extend(reader.Headers, columns), reader.File, new DataQualityReport());
            var indexes = dateColumns.Where(map.Has).Select(c => map[c]).ToArray();
            header = dateColumns.Where(map.Has).Select(map.HeaderOf).FirstOrDefault() ?? "";
            if (indexes.Length == 0) return (fallback, false);
            while (reader.Read())
                foreach (int i in indexes)
                    if (reader.Kind(i) == CellKind.Text) detector.Observe(reader.Span(i));
        }
        if (detector.Observed == 0) return (fallback, false);
        if (detector.Detected is not { } detected)
        {
            report.Warn(file, 0, header,
                $"Ordre des dates indéterminable : aucune des {detector.Observed} dates ne distingue le jour du mois (aucun nombre supérieur à 12 avant l'année). Ordre {fallback.French()} supposé : {whyFallback}. " +
                "Si les dates sont dans l'autre ordre, précisez-le (option --date-order).");
            return (fallback, true);
        }
        if (detector.IsContradictory)
            report.Warn(file, 0, header,
                $"Dates contradictoires : {detector.DayFirstEvidence} ne se lisent que jour/mois, {detector.MonthFirstEvidence} que mois/jour. " +
                $"L'ordre majoritaire {detected.French()} est retenu ; les dates illisibles dans cet ordre sont signalées ligne par ligne.");
        else if (alwaysReport)
        {
            var note = detected == fallback ? "" : $", et non dans l'ordre {fallback.French()} des exports {tool} par défaut";
            report.Warn(file, 0, header, $"Dates lues dans l'ordre {detected.French()} : « {detector.Example} » ne peut pas se lire autrement{note}.");
        }
        return (detected, false);
    }
}
