using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Notebooks;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary><c>notebooks/02-inventaires-et-besoins.ipynb</c> on data/sample shows the library's figures.</summary>
public class InventoriesNotebookTests
{
    private const string Name = "02-inventaires-et-besoins.ipynb";

    private static readonly Study Study = Study.Load(RepositoryPaths.SampleData);

    private static async Task<ExecutedNotebook> Run()
    {
        var run = await RepositoryNotebooks.RunAsync(Name);
        Assert.True(run.ExitCode == 0, run.Error);
        return run;
    }

    [Fact]
    public async Task Idle_units_clusters_and_loans_are_the_library_s()
    {
        var figures = (await Run()).Table("inventaires-chiffres-cles");

        var idle = IdleStock.Find(Study.Inventory).Sum(i => i.Item.Quantity);
        var clusters = Study.ClusterNeeds();
        var matching = Study.MatchLoans().Result;
        Assert.Equal(FrenchDisplay.Format(idle), figures["Unités dormantes", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(Study.Inventory.Sum(i => i.Quantity)), figures["Unités inventoriées", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(clusters.K), figures["Groupes de besoins (k)", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(clusters.Silhouette), figures["Silhouette moyenne", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(matching.UnitsLent), figures["Unités prêtées", "Valeur"]);
        Assert.Equal(FrenchDisplay.Format(matching.UnitsUnmet), figures["Unités non couvertes", "Valeur"]);
    }

    [Fact]
    public async Task The_silhouette_of_every_k_tried_and_the_members_of_each_cluster_are_shown()
    {
        var run = await Run();

        var clusters = Study.ClusterNeeds();
        Assert.Equal(clusters.SilhouetteByK.Select(s => s.K.ToString()), run.Table("inventaires-silhouette").Column("k"));
        Assert.Contains($"k retenu : {clusters.K} ", run.Printed("inventaires-silhouette"));
        Assert.Equal(clusters.Clusters.Select(c => string.Join(", ", c.InstitutionIds)), run.Table("inventaires-groupes-membres").Column("Membres"));
        Assert.Contains("Graphique : Profils de besoins des établissements", run.Displayed("inventaires-groupes-membres"));
    }

    [Fact]
    public async Task Unmet_needs_are_grouped_by_reason_and_loans_are_drawn_on_the_map()
    {
        var run = await Run();

        var matching = Study.MatchLoans();
        var byReason = run.Tables("inventaires-non-couverts")[0];
        Assert.Equal(matching.Result.UnitsUnmet, (int)byReason.Column("Unités non couvertes").Sum(OutputTable.Number));
        Assert.Equal(matching.Result.Unmet.Count, (int)byReason.Column("Besoins").Sum(OutputTable.Number));
        Assert.Contains("Graphique : Prêts proposés entre établissements", run.Displayed("inventaires-regions"));
    }
}
