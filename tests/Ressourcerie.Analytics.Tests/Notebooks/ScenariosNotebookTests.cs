using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Notebooks;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// <c>notebooks/03-scenarios-impact.ipynb</c>: its figures are <see cref="ScenarioRunner"/>'s for the
/// same scenario, levers and seed, and <c>-p PartPret=…</c> reruns it with the new lever.
/// </summary>
public class ScenariosNotebookTests
{
    private const string Name = "03-scenarios-impact.ipynb";

    private static readonly Study Study = Study.Load(RepositoryPaths.SampleData);

    /// <summary>The notebook's scenario computed with the library: pret-mutualise with the notebook's levers, loans matched within 150 km.</summary>
    private static ScenarioRun Expected(double loanShare)
    {
        var scenario = ScenarioReader.Read(Path.Combine(RepositoryPaths.SampleData, "scenarios", "pret-mutualise.yaml"))
            with { LoanShare = loanShare, MaxDistanceKm = 150, ItemsPerTrip = 4 };
        var matching = Study.MatchLoans(new MatchingOptions { MaxDistanceKm = 150 }).Result;
        return ScenarioRunner.Run(Study, matching, scenario, new MonteCarloOptions(RepositoryNotebooks.Iterations, 42));
    }

    private static async Task<ExecutedNotebook> Run(params string[] parameters)
    {
        var run = await RepositoryNotebooks.RunAsync(Name, parameters);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    private static void AssertShows(ScenarioRun expected, OutputTable monteCarlo)
    {
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Net.MeanTonnesCO2e), monteCarlo["Bilan net", "Moyenne (tCO2e)"]);
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Net.P50TonnesCO2e), monteCarlo["Bilan net", "P50 (tCO2e)"]);
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Net.P5TonnesCO2e), monteCarlo["Bilan net", "P5 (tCO2e)"]);
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Net.P95TonnesCO2e), monteCarlo["Bilan net", "P95 (tCO2e)"]);
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Avoided.MeanTonnesCO2e), monteCarlo["Émissions évitées", "Moyenne (tCO2e)"]);
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Transport.MeanTonnesCO2e), monteCarlo["Transport", "Moyenne (tCO2e)"]);
    }

    [Fact]
    public async Task The_Monte_Carlo_figures_are_those_of_ScenarioRunner_with_the_same_seed_and_levers()
    {
        var run = await Run();

        var injected = Assert.Single(run.Notebook.Cells, c => c.HasTag(NotebookParameters.InjectedTag));
        Assert.Contains($"int Iterations = {RepositoryNotebooks.Iterations};", injected.Source);
        var expected = Expected(0.6);
        AssertShows(expected, run.Table("scenarios-monte-carlo"));
        var figures = run.Table("scenarios-chiffres-cles");
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Net.P50TonnesCO2e), figures["Bilan net P50 (tCO2e)", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(RepositoryNotebooks.Iterations), figures["Tirages", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(expected.Result.Total.NetTonnesCO2e), run.Table("scenarios-leviers")["Bilan net", "tCO2e sur l'horizon, valeurs typiques"]);
    }

    [Fact]
    public async Task A_smaller_loan_share_given_with_p_lends_less_and_avoids_less()
    {
        var run = await Run("PartPret=0.5");
        var reference = await Run();

        var injected = Assert.Single(run.Notebook.Cells, c => c.HasTag(NotebookParameters.InjectedTag));
        Assert.Contains("double PartPret = 0.5;", injected.Source);
        Assert.Equal("0,5", run.Table("scenarios-scenario")["loan_share", "Utilisé"]);
        Assert.Equal("0,6", run.Table("scenarios-scenario")["loan_share", "Fichier"]);
        AssertShows(Expected(0.5), run.Table("scenarios-monte-carlo"));

        var half = run.Table("scenarios-monte-carlo");
        var full = reference.Table("scenarios-monte-carlo");
        foreach (var (row, column) in new[] { ("Émissions évitées", "Moyenne (tCO2e)"), ("Bilan net", "Moyenne (tCO2e)"), ("Bilan net", "P50 (tCO2e)"), ("Transport", "Moyenne (tCO2e)") })
            Assert.True(OutputTable.Number(half[row, column]) < OutputTable.Number(full[row, column]), $"{row}, {column} : {half[row, column]} avec 0,5 contre {full[row, column]} avec 0,6");

        // The notebook's variant of the scenario now differs from its file: the comparison shows both.
        var scenarios = run.Table("scenarios-comparaison").Column("Scénario");
        Assert.Equal("Prêt mutualisé (notebook)", scenarios[0]);
        Assert.Contains("Prêt mutualisé", scenarios.Skip(1));
        Assert.DoesNotContain("Prêt mutualisé (notebook)", reference.Table("scenarios-comparaison").Column("Scénario"));
    }

    [Fact]
    public async Task The_comparison_gives_each_sample_scenario_as_the_report_computes_it()
    {
        var comparison = (await Run()).Table("scenarios-comparaison");

        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SampleData, "scenarios"))
            .Where(f => Path.GetExtension(f) is ".yaml" or ".json").Order(StringComparer.Ordinal).Select(ScenarioReader.Read).ToList();
        Assert.Equal(files.Select(s => s.Title), comparison.Column("Scénario"));
        var combined = files.Single(s => s.Name == "combine");
        var matching = Study.MatchLoans(new MatchingOptions { MaxDistanceKm = combined.MaxDistanceKm!.Value }).Result;
        var expected = ScenarioRunner.Run(Study, matching, combined, new MonteCarloOptions(RepositoryNotebooks.Iterations, 42));
        Assert.Equal(FrenchDisplay.Format(expected.MonteCarlo.Net.MeanTonnesCO2e), comparison[combined.Title, "Bilan net moyen (tCO2e)"]);
    }

    [Fact]
    public async Task Two_runs_with_the_same_parameters_write_the_same_notebook()
    {
        var first = await Run();
        var second = await RepositoryNotebooks.RunAgainAsync(Name);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(NotebookFile.Serialize(first.Notebook), NotebookFile.Serialize(second.Notebook));
    }
}
