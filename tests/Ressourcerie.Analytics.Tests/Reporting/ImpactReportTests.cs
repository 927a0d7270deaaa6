using System.Text.Json;
using ClosedXML.Excel;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Tests.Reporting.Excel;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>The report written once on data/sample and its four scenarios, shared by the tests below.</summary>
public sealed class SampleImpactReport : IDisposable
{
    public const int Seed = 7;
    public const int Iterations = 1_000;

    private readonly TempDirectory _temp = new();

    public SampleImpactReport()
    {
        Study = Study.Load(RepositoryPaths.SampleData);
        var options = ReportFixtures.Options() with { Seed = Seed, Iterations = Iterations };
        Output = ReportWriter.Write(MinistryReport.Build(ReportData.From(Study, options), options), _temp.File("out"));
        Workbook = ClosedXmlReader.Open(Output.WorkbookPath);
        Summary = JsonDocument.Parse(File.ReadAllText(Output.SummaryPath));
    }

    public Study Study { get; }

    public ReportOutput Output { get; }

    public XLWorkbook Workbook { get; }

    public JsonDocument Summary { get; }

    public static Scenario Scenario(string name) =>
        ScenarioReader.Read(ReportData.DefaultScenarioFiles(RepositoryPaths.SampleData).Single(f => Path.GetFileNameWithoutExtension(f) == name));

    /// <summary>
    /// The scenario computed straight from the library, without the report: the loans matched at the
    /// scenario's distance (the matching's default, 300 km, when it has none), the same seed and iterations.
    /// </summary>
    public ScenarioSummary Expected(string name) => _expected.GetOrAdd(name, _ =>
    {
        var scenario = Scenario(name);
        var matching = Study.MatchLoans(new MatchingOptions { MaxDistanceKm = scenario.MaxDistanceKm ?? 300 });
        return ScenarioSummary.From(ScenarioRunner.Run(Study, matching.Result, scenario, new MonteCarloOptions(Iterations, Seed)));
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScenarioSummary> _expected = new(StringComparer.Ordinal);

    public void Dispose()
    {
        Workbook.Dispose();
        Summary.Dispose();
        _temp.Dispose();
    }
}

public sealed class ImpactReportTests(SampleImpactReport report) : IClassFixture<SampleImpactReport>
{
    private static readonly string[] Names = ["achat-reconditionne", "allongement-duree-de-vie", "combine", "pret-mutualise"];

    /// <summary>The French titles of the sample's scenarios, which the sheets show instead of the names.</summary>
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["achat-reconditionne"] = "Achat reconditionné",
        ["allongement-duree-de-vie"] = "Allongement de la durée de vie",
        ["combine"] = "Les trois leviers combinés",
        ["pret-mutualise"] = "Prêt mutualisé",
    };

    private static string NameOf(string title) => Titles.Single(p => p.Value == title).Key;

    [Fact]
    public void The_three_impact_sheets_come_in_the_planned_order_with_their_charts()
    {
        var sheets = report.Workbook.Worksheets.Select(w => w.Name).ToList();
        int scenarios = sheets.IndexOf("Scénarios");
        Assert.True(scenarios > sheets.IndexOf("Inventaire"));
        Assert.Equal(["Scénarios", "Sensibilité", "Hypothèses et sources"], sheets.Skip(scenarios).Take(3));
        Assert.True(sheets.IndexOf("Hypothèses et sources") < sheets.IndexOf("Qualité des données"));

        var charts = report.Output.Charts.Select(c => Path.GetFileNameWithoutExtension(c.PngPath)).ToList();
        Assert.Contains("scenarios-comparaison", charts);
        Assert.Contains("scenario-combine-categories", charts);
        Assert.Contains("sensibilite-combine-tornade", charts);
        Assert.All(Names, n => Assert.Contains($"scenario-{n}-distribution", charts));
        Assert.Single(XlsxPackage.Sheet(report.Output.WorkbookPath, "Scénarios").Descendants(XlsxPackage.Main + "drawing"));
        Assert.Single(XlsxPackage.Sheet(report.Output.WorkbookPath, "Sensibilité").Descendants(XlsxPackage.Main + "drawing"));
    }

    [Fact]
    public void The_comparison_gives_each_scenarios_monte_carlo_figures_as_the_library_computes_them()
    {
        var table = report.Workbook.Worksheet("Scénarios").Table("T_comparaison_des_scenarios");
        Assert.Equal(["Mesure", "Unité", .. Names.Select(n => Titles[n])], table.HeadersRow().Cells().Select(c => c.GetString()));
        var rows = Rows(table).ToDictionary(r => r["Mesure"].GetString());
        // Exact, as the library computes them; the per-year figure is a quotient written to 15 significant digits.
        (string Measure, string Unit, Func<ScenarioSummary, double> Value, string Format, double Tolerance)[] measures =
        [
            ("Horizon", "ans", x => x.HorizonYears, "#,##0", 0),
            ("Émissions évitées, moyenne", "tCO2e", x => x.AvoidedTCO2e.Mean, "#,##0.00", 0),
            ("Émissions évitées, P5", "tCO2e", x => x.AvoidedTCO2e.P5, "#,##0.00", 0),
            ("Émissions évitées, P50", "tCO2e", x => x.AvoidedTCO2e.P50, "#,##0.00", 0),
            ("Émissions évitées, P95", "tCO2e", x => x.AvoidedTCO2e.P95, "#,##0.00", 0),
            ("Transport des prêts, moyenne", "tCO2e", x => x.TransportTCO2e, "#,##0.00", 0),
            ("Bilan net, moyenne", "tCO2e", x => x.NetTCO2e.Mean, "#,##0.00", 0),
            ("Bilan net, P5", "tCO2e", x => x.NetTCO2e.P5, "#,##0.00", 0),
            ("Bilan net, P50", "tCO2e", x => x.NetTCO2e.P50, "#,##0.00", 0),
            ("Bilan net, P95", "tCO2e", x => x.NetTCO2e.P95, "#,##0.00", 0),
            ("Bilan net par an, moyenne", "tCO2e/an", x => x.NetTCO2e.Mean / x.HorizonYears, "#,##0.00", 1e-12),
            ("Équivalent Français", "personnes-an", x => x.Equivalence.People, "#,##0.0", 0),
            ("Catégories sans facteur (hors des totaux)", "catégories", x => x.MissingFactors.Count, "#,##0", 0),
        ];
        Assert.Equal(["Identifiant (clé name)", .. measures.Select(m => m.Measure), "Description"], rows.Keys);

        foreach (var name in Names)
        {
            var expected = report.Expected(name);
            var column = Titles[name];
            Assert.Equal(name, rows["Identifiant (clé name)"][column].GetString());
            foreach (var (measure, unit, value, format, tolerance) in measures)
            {
                Assert.Equal(unit, rows[measure]["Unité"].GetString());
                Assert.Equal(value(expected), rows[measure][column].GetDouble(), tolerance);
                Assert.Equal(format, rows[measure][column].Style.NumberFormat.Format);
            }
            Assert.Equal(expected.NetTCO2e.Mean / 9.4, rows["Équivalent Français"][column].GetDouble(), 2);
            Assert.Equal(expected.Description, rows["Description"][column].GetString());
            Assert.False(string.IsNullOrWhiteSpace(expected.Description));
            Assert.True(rows["Description"][column].Style.Alignment.WrapText);
        }
        // The levers compound: the combined scenario avoids more than any single one.
        Assert.Equal(Titles["combine"], Names.Select(n => Titles[n]).MaxBy(t => rows["Bilan net, moyenne"][t].GetDouble()));
    }

    [Fact]
    public void The_impact_sheets_are_narrow_enough_to_print_legibly_on_a_landscape_a4_page()
    {
        // Printed one page wide, A4 landscape between 0.4-inch margins holds about 1,045 pixels: a
        // sheet of at most 1,600 pixels (columns of 7 pixels per character plus 5 of padding) prints
        // at 65 % or more; the stacked tables once spread over 3,500 and printed at 30 %.
        foreach (var name in new[] { "Scénarios", "Hypothèses et sources" })
        {
            var sheet = report.Workbook.Worksheet(name);
            int lastColumn = sheet.LastColumnUsed()!.ColumnNumber();
            double pixels = Enumerable.Range(1, lastColumn).Sum(c => Math.Truncate(sheet.Column(c).Width * 7 + 5));
            Assert.True(pixels <= 1_700, $"{name} : {pixels} pixels de large");
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
        }
        // Long sources wrap within their bounded column, and their row grows to show them.
        var hypotheses = report.Workbook.Worksheet("Hypothèses et sources");
        var projector = hypotheses.Table("T_facteurs_par_categorie").DataRange.Rows().Single(r => r.Cell(10).GetString() == "video_projector");
        var source = projector.Cell(12);
        Assert.True(source.Style.Alignment.WrapText);
        Assert.InRange(source.WorksheetColumn().Width, 20, 30);
        Assert.True(projector.WorksheetRow().Height >= 15 * Math.Ceiling(source.GetString().Length / (2 * source.WorksheetColumn().Width)));
    }

    [Fact]
    public void Past_six_scenarios_the_comparison_continues_below_and_equal_titles_get_their_file_name()
    {
        using var temp = new TempDirectory();
        var files = new List<string>();
        for (int i = 1; i <= 7; i++)
        {
            var file = temp.File($"pret-{i}.yaml");
            File.WriteAllText(file, $"name: pret-{i}\ntitle: {(i <= 2 ? "Prêt mutualisé" : $"Prêt n° {i}")}\nloan_share: {i / 10.0:0.0}\n".Replace(',', '.'));
            files.Add(file);
        }
        var options = ReportFixtures.Options() with { Iterations = 100, ScenarioFiles = files };
        var output = ReportWriter.Write(MinistryReport.Build(ReportData.From(report.Study, options), options), temp.File("out"));

        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        var sheet = workbook.Worksheet("Scénarios");
        string[] Headers(string table) => [.. sheet.Table(table).HeadersRow().Cells().Select(c => c.GetString())];
        Assert.Equal(["Mesure", "Unité", "Prêt mutualisé (pret-1)", "Prêt mutualisé (pret-2)", "Prêt n° 3", "Prêt n° 4", "Prêt n° 5", "Prêt n° 6"], Headers("T_comparaison_des_scenarios"));
        Assert.Equal(["Mesure", "Unité", "Prêt n° 7"], Headers("T_comparaison_des_scenarios_2"));
        var last = Rows(sheet.Table("T_comparaison_des_scenarios_2")).ToDictionary(r => r["Mesure"].GetString());
        Assert.Equal("pret-7", last["Identifiant (clé name)"]["Prêt n° 7"].GetString());
        using var summary = JsonDocument.Parse(File.ReadAllText(output.SummaryPath));
        var json = summary.RootElement.GetProperty("scenarios").EnumerateArray().Last();
        Assert.Equal(json.GetProperty("net_tco2e").GetProperty("mean").GetDouble(), last["Bilan net, moyenne"]["Prêt n° 7"].GetDouble());
    }

    [Fact]
    public void Each_scenario_block_shows_its_levers_and_its_results_with_the_lever_breakdown()
    {
        var sheet = report.Workbook.Worksheet("Scénarios");
        var levers = Rows(sheet.Table("T_pret_mutualise_leviers")).ToDictionary(r => r["Levier"].GetString());
        Assert.Equal(0.6, levers["Part des prêts trouvés qui ont lieu"]["Valeur"].GetDouble());
        Assert.Equal("0.0\\ %", levers["Part des prêts trouvés qui ont lieu"]["Valeur"].Style.NumberFormat.Format);
        Assert.Equal(150, levers["Distance maximale d'un prêt"]["Valeur"].GetDouble());
        Assert.Equal("km", levers["Distance maximale d'un prêt"]["Unité"].GetString());
        Assert.Equal(4, levers["Équipements par trajet"]["Valeur"].GetDouble());
        Assert.Equal("aller-retour", levers["Trajet compté"]["Unité"].GetString());
        var matching = report.Study.MatchLoans(new MatchingOptions { MaxDistanceKm = 150 });
        Assert.Equal(matching.Result.Loans.Count, levers["Prêts trouvés par l'appariement"]["Valeur"].GetDouble());

        var expected = report.Expected("pret-mutualise");
        var results = Rows(sheet.Table("T_pret_mutualise_resultats")).ToDictionary(r => r["Résultat"].GetString());
        Assert.Equal(expected.NetTCO2e.P50, results["Bilan net"]["P50"].GetDouble());
        Assert.Equal(expected.ByLever.NetTCO2e, results["Bilan net"]["Valeurs typiques des facteurs"].GetDouble());
        Assert.Equal(expected.ByLever.AvoidedPurchasesTCO2e, results["dont achats évités par les prêts"]["Valeurs typiques des facteurs"].GetDouble());
        Assert.Equal(0, results["dont allongement de la durée de vie"]["Valeurs typiques des facteurs"].GetDouble());
        Assert.True(results["dont achats évités par les prêts"]["Moyenne"].IsEmpty());
        Assert.Equal(expected.Equivalence.People, results["Équivalent en empreinte annuelle de Français"]["Moyenne"].GetDouble());

        var years = Rows(sheet.Table("T_pret_mutualise_annees"));
        Assert.Equal(5, years.Count);
        Assert.Equal(expected.ByLever.NetTCO2e, years.Sum(y => y["Bilan net (tCO2e)"].GetDouble()), 4);
        var regions = Rows(sheet.Table("T_pret_mutualise_regions"));
        Assert.Equal(expected.ByLever.NetTCO2e, regions.Sum(r => r["Bilan net (tCO2e)"].GetDouble()), 4);
        Assert.NotEmpty(Rows(sheet.Table("T_pret_mutualise_preteurs")));
        Assert.InRange(Rows(sheet.Table("T_pret_mutualise_etablissements")).Count, 1, 15);
    }

    [Fact]
    public void By_category_lists_every_category_with_its_factor_status_and_missing_ones_without_any_amount()
    {
        var expected = report.Expected("combine");
        var rows = Rows(report.Workbook.Worksheet("Scénarios").Table("T_combine_categories")).ToDictionary(r => r["Catégorie"].GetString());

        Assert.Equal(expected.ByCategory.Count + expected.MissingFactors.Count, rows.Count);
        foreach (var category in expected.ByCategory)
        {
            var row = rows[category.Label];
            Assert.Equal(category.AvoidedTCO2e, row["Évitées, moyenne (tCO2e)"].GetDouble());
            Assert.Equal(category.AvoidedP95TCO2e, row["Évitées, P95"].GetDouble());
            Assert.Equal(category.FactorStatus, row["Statut du facteur"].GetString());
        }
        Assert.Contains(rows.Values, r => r["Statut du facteur"].GetString() == "estimation (dérivé)");
        foreach (var missing in expected.MissingFactors)
        {
            var row = rows[missing.Label];
            Assert.Equal("facteur manquant", row["Statut du facteur"].GetString());
            Assert.Equal(missing.StockUnits, row["En service (unités)"].GetDouble());
            // Never counted as zero: the amount cells are empty.
            Assert.True(row["Évitées, moyenne (tCO2e)"].IsEmpty());
            Assert.True(row["Bilan net, valeurs typiques (tCO2e)"].IsEmpty());
        }
        var headphones = Rows(report.Workbook.Worksheet("Scénarios").Table("T_combine_facteurs_manquants")).Single(r => r["Catégorie"].GetString() == "Casque audio");
        Assert.Equal(expected.MissingFactors.Single(m => m.Category == "headphones").NeedUnits, headphones["Besoins (unités)"].GetDouble());
    }

    [Fact]
    public void Every_category_of_a_scenario_has_its_factor_and_a_source_on_the_hypotheses_sheet()
    {
        var sheet = report.Workbook.Worksheet("Hypothèses et sources");
        var factors = Rows(sheet.Table("T_facteurs_par_categorie"));
        foreach (var name in Names)
        {
            var key = name.Replace('-', '_');
            foreach (var category in Rows(report.Workbook.Worksheet("Scénarios").Table($"T_{key}_categories")).Select(r => r["Catégorie"].GetString()))
            {
                var rows = factors.Where(f => f["Catégorie"].GetString() == category).ToList();
                Assert.True(rows.Count > 0, $"{name} : {category} sans ligne d'hypothèse");
                Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["Source"].GetString()), $"{category} : source vide"));
                Assert.Contains(rows, r => r["Scénarios"].GetString() is "tous" || r["Scénarios"].GetString().Contains(Titles[name]));
            }
        }

        var projector = factors.Single(f => f["Identifiant"].GetString() == "video_projector");
        var library = FactorLibrary.Default.Device("video_projector").Embodied;
        Assert.Equal("Fabrication (Vidéoprojecteur)", projector["Facteur"].GetString());
        Assert.Equal(library.Range.Typical, projector["Valeur utilisée"].GetDouble());
        Assert.Equal(library.Range.Low, projector["Basse (P10)"].GetDouble());
        Assert.Equal(library.Range.High, projector["Haute (P90)"].GetDouble());
        Assert.Equal("sourcé", projector["Statut"].GetString());
        Assert.Equal("non", projector["Surchargé par le scénario"].GetString());
        Assert.Equal(library.Source, projector["Source"].GetString());
        var headphones = factors.Single(f => f["Identifiant"].GetString() == "headphones");
        Assert.Equal("facteur manquant", headphones["Statut"].GetString());
        Assert.True(headphones["Valeur utilisée"].IsEmpty());

        var general = Rows(sheet.Table("T_parametres_generaux")).ToDictionary(r => r["Identifiant"].GetString());
        Assert.Equal(FactorLibrary.Default.Grid.Range.Typical, general[FactorLibrary.GridId]["Valeur utilisée"].GetDouble());
        Assert.Equal(0, general[FactorLibrary.GridId]["Valeur utilisée"].Style.NumberFormat.NumberFormatId);
        Assert.Equal(FactorLibrary.Default.TransportVan.Range.Typical, general[FactorLibrary.TransportVanId]["Valeur utilisée"].GetDouble());
        Assert.Equal(9.4, general[FactorLibrary.PerCapitaId]["Valeur utilisée"].GetDouble());
        Assert.Equal("Achat reconditionné, Les trois leviers combinés", general["refurbished_saving_computer"]["Scénarios"].GetString());

        var quote = Rows(sheet.Table("T_citation_grand_musee")).ToDictionary(r => r["Élément"].GetString(), r => r["Valeur"].GetDouble());
        Assert.Equal(9000, quote["Empreinte annuelle d'un grand musée (citation courante)"]);
        Assert.Equal(11.25, quote["Empreinte par personne que suppose la citation"]);
        Assert.Equal(957.4, quote["Français équivalents recalculés"], 1);
    }

    [Fact]
    public void A_scenario_override_is_shown_with_its_source_and_the_source_it_replaced()
    {
        using var temp = new TempDirectory();
        var file = temp.File("ecrans-mesures.yaml");
        File.WriteAllText(file, "name: ecrans-mesures\nloan_share: 0.5\nfactor_overrides:\n  display:\n    typical: 120\n    high: 450\n    source: \"PCF Dell P2422H (2021)\"\n");
        var options = ReportFixtures.Options() with { Iterations = 200, ScenarioFiles = [file] };
        var model = MinistryReport.Build(ReportData.From(report.Study, options), options);
        var output = ReportWriter.Write(model, temp.File("out"));

        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        var display = Rows(workbook.Worksheet("Hypothèses et sources").Table("T_facteurs_par_categorie")).Single(r => r["Identifiant"].GetString() == "display");
        Assert.Equal(120, display["Valeur utilisée"].GetDouble());
        Assert.Equal(450, display["Haute (P90)"].GetDouble());
        Assert.Equal("valeur du scénario", display["Statut"].GetString());
        Assert.Equal("oui", display["Surchargé par le scénario"].GetString());
        Assert.Equal("PCF Dell P2422H (2021)", display["Source"].GetString());
        Assert.Equal(FactorLibrary.Default.Device("display").Embodied.Source, display["Source remplacée"].GetString());
        var levers = Rows(workbook.Worksheet("Scénarios").Table("T_ecrans_mesures_leviers")).ToDictionary(r => r["Levier"].GetString());
        Assert.Equal("display", levers["Facteurs surchargés par le scénario"]["Unité"].GetString());
    }

    [Fact]
    public void The_sensitivity_sheet_lists_each_scenarios_tornado_sorted_by_swing()
    {
        var sheet = report.Workbook.Worksheet("Sensibilité");
        foreach (var name in Names)
        {
            var expected = report.Expected(name);
            var rows = Rows(sheet.Table($"T_{name.Replace('-', '_')}_sensibilite"));
            Assert.Equal(expected.Tornado.Count, rows.Count);
            var swings = rows.Select(r => r["Amplitude (tCO2e)"].GetDouble()).ToList();
            Assert.Equal(swings.OrderDescending(), swings);
            Assert.Equal(expected.Tornado[0].SwingTCO2e, swings[0]);
            Assert.Equal(expected.Tornado[0].Factor, rows[0]["Identifiant"].GetString());
            Assert.Equal(expected.Tornado[0].NetAtHighTCO2e, rows[0]["Bilan net, facteur haut (tCO2e)"].GetDouble());
        }
        var top = Rows(sheet.Table("T_facteur_le_plus_influent")).Single(r => r["Scénario"].GetString() == Titles["combine"]);
        Assert.StartsWith("Fabrication (", top["Facteur le plus influent"].GetString());
    }

    [Fact]
    public void The_convergence_table_ends_at_the_iteration_count_with_the_final_mean()
    {
        var rows = Rows(report.Workbook.Worksheet("Scénarios").Table("T_convergence_monte_carlo"));
        foreach (var name in Names)
        {
            var own = rows.Where(r => r["Scénario"].GetString() == Titles[name]).ToList();
            Assert.Equal(MonteCarloSimulation.Checkpoints(SampleImpactReport.Iterations).Select(i => (double)i), own.Select(r => r["Itérations"].GetDouble()));
            Assert.Equal(report.Expected(name).NetTCO2e.Mean, own[^1]["Bilan net, moyenne (tCO2e)"].GetDouble());
            Assert.True(own[^1]["Erreur type de la moyenne (tCO2e)"].GetDouble() < own[0]["Erreur type de la moyenne (tCO2e)"].GetDouble());
        }
    }

    [Fact]
    public void The_synthesis_gives_each_scenario_with_its_range_and_says_which_avoids_most_what_weighs_most_and_what_is_missing()
    {
        var synthesis = report.Workbook.Worksheet("Synthèse");
        var figures = Rows(synthesis.Table("T_chiffres_cles")).ToDictionary(r => r["Indicateur"].GetString());
        var combine = report.Expected("combine");
        var label = figures.Keys.Single(k => k.StartsWith("Les trois leviers combinés : émissions évitées nettes sur 5 ans, moyenne (P5–P95 : ", StringComparison.Ordinal));
        Assert.Equal(combine.NetTCO2e.Mean, figures[label]["Valeur"].GetDouble());
        Assert.Equal("tCO2e", figures[label]["Unité"].GetString());
        Assert.Equal("Scénarios", figures[label]["Feuille"].GetString());

        var findings = Rows(synthesis.Table("T_constats")).Select(r => r["Constat"].GetString()).ToList();
        Assert.Contains(findings, f => f.StartsWith("Le scénario « Les trois leviers combinés » évite le plus : ", StringComparison.Ordinal) && f.Contains("(P5–P95\u00A0: ") && f.Contains("Français"));
        Assert.Contains(findings, f => f.StartsWith("Le facteur qui fait le plus varier le résultat de « Les trois leviers combinés » est « Fabrication (", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("n'ont pas de facteur d'émission") && f.Contains("casque audio") && f.Contains("minorants"));
    }

    [Fact]
    public void Summary_json_has_a_scenarios_section_with_numbers_equal_to_the_sheet()
    {
        var root = report.Summary.RootElement;
        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(Names, scenarios.Select(s => s.GetProperty("scenario").GetString()));
        foreach (var s in scenarios)
        {
            var expected = report.Expected(s.GetProperty("scenario").GetString()!);
            Assert.Equal(Titles[s.GetProperty("scenario").GetString()!], s.GetProperty("title").GetString());
            foreach (var (key, interval) in new[] { ("avoided_tco2e", expected.AvoidedTCO2e), ("net_tco2e", expected.NetTCO2e) })
            {
                var json = s.GetProperty(key);
                Assert.Equal(JsonValueKind.Number, json.GetProperty("mean").ValueKind);
                Assert.Equal(interval.Mean, json.GetProperty("mean").GetDouble());
                Assert.Equal(interval.P5, json.GetProperty("p5").GetDouble());
                Assert.Equal(interval.P50, json.GetProperty("p50").GetDouble());
                Assert.Equal(interval.P95, json.GetProperty("p95").GetDouble());
            }
            Assert.Equal(expected.TransportTCO2e, s.GetProperty("transport_tco2e").GetDouble());
            Assert.InRange(s.GetProperty("top_categories").GetArrayLength(), 1, 5);
            Assert.Equal(JsonValueKind.Number, s.GetProperty("top_categories")[0].GetProperty("avoided_tco2e").ValueKind);
            Assert.Equal(expected.MissingFactors.Select(m => m.Category), s.GetProperty("missing_factors").EnumerateArray().Select(m => m.GetProperty("category").GetString()));
        }
        Assert.Equal(report.Expected("combine").NetTCO2e.Mean, root.GetProperty("key_figures").GetProperty("scenario_combine_net_tco2e").GetDouble());
    }

    [Fact]
    public void The_same_seed_gives_identical_impact_cells_and_another_seed_moves_them()
    {
        string[] sheets = ["Scénarios", "Sensibilité", "Hypothèses et sources"];
        List<string> Cells(int seed)
        {
            using var temp = new TempDirectory();
            var options = ReportFixtures.Options() with { Seed = seed, Iterations = 300 };
            var output = ReportWriter.Write(MinistryReport.Build(ReportData.From(report.Study, options), options), temp.File("out"));
            using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
            return [.. sheets.SelectMany(s => workbook.Worksheet(s).CellsUsed().Select(c => $"{s}!{c.Address}={c.Value}|{c.Style.NumberFormat.Format}"))];
        }

        var first = Cells(3);
        Assert.Equal(first, Cells(3));
        Assert.NotEqual(first, Cells(4));
    }

    [Fact]
    public void Without_any_scenario_the_report_says_so_instead_of_showing_empty_sheets()
    {
        using var temp = new TempDirectory();
        var model = MinistryReport.Build(ReportFixtures.Data(temp.Path), ReportFixtures.Options());

        Assert.DoesNotContain(model.Sheets, s => s.Name is "Scénarios" or "Sensibilité" or "Hypothèses et sources");
        Assert.Contains(model.Findings, f => f.Text.StartsWith("Aucun scénario de réemploi n'a été fourni", StringComparison.Ordinal));
    }

    private static List<Dictionary<string, IXLCell>> Rows(IXLTable table)
    {
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return [.. table.DataRange.Rows().Select(row => headers.Select((h, i) => (h, cell: row.Cell(i + 1))).ToDictionary(p => p.h, p => (IXLCell)p.cell))];
    }
}
