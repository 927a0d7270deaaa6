using Ressourcerie.Analytics.Reporting;

namespace Ressourcerie.Analytics.Tests.Reporting;

public class ReportHeadlinesTests
{
    private static ReportModel Report()
    {
        var report = new ReportModel(new DateOnly(2025, 3, 14));
        var interviews = report.Summary.Section("entretiens").Set("interviews", 20L).Set("krippendorff_alpha", 0.877258);
        interviews.Section("saturation").Set("reached", true).Set("position", 10.0).Set("interview", "ENT-10");
        report.Summary.Section("stock_dormant").Set("units", 1099.0).Set("share_of_inventory_units", 0.19895).Set("value_eur", 857330.65);
        var matching = report.Summary.Section("appariements").Set("loans", 267L).Set("units_lent", 711L).Set("need_units", 957L).Set("coverage", 0.742947);
        matching.Section("parameters").Set("max_distance_km", 300.0);
        SummaryJson Scenario(string name, string title, double mean, double p5, double p95)
        {
            var json = new SummaryJson().Set("scenario", name).Set("title", title).Set("horizon_years", 5L);
            json.Section("net_tco2e").Set("mean", mean).Set("p5", p5).Set("p50", mean).Set("p95", p95);
            return json;
        }
        report.Summary.Set("scenarios", [Scenario("pret-mutualise", "Prêt mutualisé", 24.484291, 15.5, 39.5), Scenario("combine", "Les trois leviers combinés", 244.328978, 158.2, 385.1)]);
        return report;
    }

    [Fact]
    public void Headlines_give_interviews_idle_stock_loans_and_each_scenario_with_its_range_largest_first()
    {
        Assert.Equal(
            [
                "Entretiens : 20 entretiens codés, saturation thématique atteinte à l'entretien n° 10 (ENT-10) ; accord intercodeurs : alpha de Krippendorff 0,88.",
                "Stock dormant : 1 099 unités dorment, soit 19,9 % du parc inventorié (valeur d'achat estimée 857 331 €).",
                "Prêts : 711 unités prêtées par 267 prêts à moins de 300 km, 74,3 % des unités demandées couvertes (711 sur 957).",
                "Scénarios, émissions évitées nettes (transport des prêts déduit), moyenne et P5–P95 :",
                "  « Les trois leviers combinés » : 244 tCO2e (P5–P95 : 158 – 385) sur 5 ans",
                "  « Prêt mutualisé » : 24,5 tCO2e (P5–P95 : 15,5 – 39,5) sur 5 ans",
            ],
            ReportHeadlines.Of(Report()).Select(l => l.Replace('\u00A0', ' ').Replace('\u202F', ' ')));
    }

    [Fact]
    public void Unreached_saturation_and_a_single_coder_are_said_and_missing_parts_give_no_line()
    {
        var report = new ReportModel(new DateOnly(2025, 3, 14));
        var interviews = report.Summary.Section("entretiens").Set("interviews", 3L).Set("krippendorff_alpha", (string?)null);
        interviews.Section("saturation").Set("reached", false).Set("interview", (string?)null);

        var line = Assert.Single(ReportHeadlines.Of(report));
        Assert.Equal("Entretiens : 3 entretiens codés, saturation thématique non atteinte (d'autres entretiens apporteraient encore des thèmes) ; accord intercodeurs non mesuré (un seul codeur par entretien).", line);
        Assert.Empty(ReportHeadlines.Of(new ReportModel(new DateOnly(2025, 3, 14))));
    }
}
