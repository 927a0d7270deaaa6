using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// What the report found, in a few French lines for the console after <c>report</c>: interviews
/// (count, saturation, intercoder alpha), idle stock (units, share), loans (units lent, needs met)
/// and each scenario's net balance with its P5–P95 range. Read from the report's
/// <c>summary.json</c> content, so the console and the file never disagree; a part the data did
/// not allow (no interviews, no needs, no scenario) gives no line.
/// </summary>
public static class ReportHeadlines
{
    public static IReadOnlyList<string> Of(ReportModel report)
    {
        var summary = report.Summary;
        var lines = new List<string>();
        if (summary["entretiens"] is SummaryJson interviews && Number(interviews, "interviews") > 0) lines.Add(Interviews(interviews));
        if (summary["stock_dormant"] is SummaryJson idle) lines.Add(IdleStock(idle));
        if (summary["appariements"] is SummaryJson matching) lines.Add(Loans(matching));
        if (summary["scenarios"] is List<SummaryJson> { Count: > 0 } scenarios)
        {
            lines.Add("Scénarios, émissions évitées nettes (transport des prêts déduit), moyenne et P5–P95 :");
            foreach (var scenario in scenarios.OrderByDescending(s => Number(s.Section("net_tco2e"), "mean")))
                lines.Add("  " + Scenario(scenario));
        }
        return lines;
    }

    private static string Interviews(SummaryJson json)
    {
        var saturation = json.Section("saturation");
        var reached = saturation["reached"] is true && Number(saturation, "position") is { } position
            ? $"saturation thématique atteinte à l'entretien n° {InText(position)}" + (saturation["interview"] is string id ? $" ({id})" : "")
            : "saturation thématique non atteinte (d'autres entretiens apporteraient encore des thèmes)";
        var alpha = Number(json, "krippendorff_alpha") is { } value
            ? $"accord intercodeurs : alpha de Krippendorff {InText(value, 2)}"
            : "accord intercodeurs non mesuré (un seul codeur par entretien)";
        return $"Entretiens : {Counted(Number(json, "interviews") ?? 0, "entretien codé", "entretiens codés")}, {reached} ; {alpha}.";
    }

    private static string IdleStock(SummaryJson json)
    {
        double units = Number(json, "units") ?? 0;
        var value = Number(json, "value_eur") is { } euros && euros > 0 ? $" (valeur d'achat estimée {InText(euros)}\u00A0€)" : "";
        return $"Stock dormant : {Counted(units, "unité dort", "unités dorment")}, soit {PercentInText(Number(json, "share_of_inventory_units") ?? 0)} du parc inventorié{value}.";
    }

    private static string Loans(SummaryJson json)
    {
        double lent = Number(json, "units_lent") ?? 0, needed = Number(json, "need_units") ?? 0;
        var distance = Number(json.Section("parameters"), "max_distance_km") is { } km ? $" à moins de {InText(km)} km" : "";
        return $"Prêts : {Counted(lent, "unité prêtée", "unités prêtées")} par {Counted(Number(json, "loans") ?? 0, "prêt", "prêts")}{distance}, " +
               $"{PercentInText(Number(json, "coverage") ?? 0)} des unités demandées couvertes ({InText(lent)} sur {InText(needed)}).";
    }

    private static string Scenario(SummaryJson json)
    {
        var net = json.Section("net_tco2e");
        var title = json["title"] as string ?? json["scenario"] as string ?? "";
        var years = Number(json, "horizon_years") is { } horizon ? $" sur {(horizon > 1 ? $"{InText(horizon)} ans" : "1 an")}" : "";
        return $"« {title} » : {TonnesText.WithRange(Number(net, "mean") ?? 0, Number(net, "p5") ?? 0, Number(net, "p95") ?? 0)}{years}";
    }

    /// <summary>A count and its noun agreed in French: singular below 2 (« 1 unité dort », « 0 prêt »).</summary>
    private static string Counted(double count, string singular, string plural) =>
        $"{InText(count)} {Plural(count, singular, plural)}";

    private static double? Number(SummaryJson json, string key) => json[key] switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };
}
