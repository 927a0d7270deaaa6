using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests;

public class StudyLoadTests
{
    private const string Institutions = "etablissement_id;nom;type\nMUS-1;Musée;musée\nFRAC-1;Frac;frac\n";

    [Fact]
    public void Files_are_found_by_role_name_in_French_or_English_and_several_files_of_a_role_are_all_read()
    {
        using var folder = new TempFolder();
        folder.Write("Etablissements.csv", Institutions);
        folder.Write("inventaire-2023.csv", "etablissement_id;categorie;quantite\nMUS-1;VP;1\n");
        folder.Write("Inventory_2024.tsv", "etablissement_id\tcategorie\tquantite\nFRAC-1\tEnceinte\t2\n");
        folder.Write("needs.txt", "etablissement_id,categorie,quantite,debut,fin\nMUS-1,VP,1,2025-01-01,2025-02-01\n");
        folder.Write("README.md", "notes");
        folder.Write("~$inventaire-2023.csv", "verrou Office");
        folder.Write("notes.csv", "a;b\n1;2\n");

        var study = Study.Load(folder.Path);

        Assert.Equal(
            [("Etablissements.csv", StudyInputRole.Institutions), ("Inventory_2024.tsv", StudyInputRole.Inventory), ("inventaire-2023.csv", StudyInputRole.Inventory), ("needs.txt", StudyInputRole.Needs)],
            study.InputFiles.Select(f => (f.DisplayName, f.Role)));
        Assert.Equal(["FRAC-1", "MUS-1"], study.Inventory.Select(i => i.InstitutionId));
        Assert.Single(study.Needs);
        Assert.Empty(study.Quality.Issues);
        Assert.Equal(folder.Path, study.DataDirectory);
        Assert.All(study.InputFiles, f => Assert.False(string.IsNullOrEmpty(f.Description)));
    }

    [Fact]
    public void Needs_read_alongside_a_large_inventory_keep_the_order_of_files_and_issues_of_one_file_after_another()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);
        // Enough lines for several batches of the parallel validation, a mistake every thousand lines.
        var inventory = new System.Text.StringBuilder("etablissement_id;categorie;quantite\n");
        for (int i = 1; i <= 10_000; i++) inventory.Append(i % 1000 == 0 ? "MUS-9;VP;1\n" : "MUS-1;VP;2\n");
        folder.Write("inventaire.csv", inventory.ToString());
        folder.Write("besoins.csv", "etablissement_id;categorie;quantite;debut;fin\nMUS-1;VP;1;2025-01-01;2025-02-01\nFRAC-9;VP;1;2025-01-01;2025-02-01\nMUS-1;VP;zéro;2025-01-01;2025-02-01\n");

        var study = Study.Load(folder.Path);

        Assert.Equal(["institutions.csv", "inventaire.csv", "besoins.csv"], study.Quality.Files.Keys);
        Assert.Equal(["institutions.csv", "inventaire.csv", "besoins.csv"], study.InputFiles.Select(f => f.DisplayName));
        Assert.Equal(
            [.. Enumerable.Range(1, 10).Select(k => ("inventaire.csv", k * 1000 + 1)), ("besoins.csv", 3), ("besoins.csv", 4)],
            study.Quality.Issues.Select(i => (i.File, i.Row)));
        Assert.Equal(9_990, study.Inventory.Count);
        Assert.Single(study.Needs);
        Assert.True(study.Quality.IsBalanced);
    }

    [Fact]
    public void A_folder_without_any_recognised_file_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("notes.csv", "a;b\n1;2\n");
        var error = Assert.Throws<InputFileException>(() => Study.Load(folder.Path));
        Assert.Contains("inventaire.csv", error.Message);
    }

    [Fact]
    public void An_unreadable_institutions_file_skips_the_must_exist_rule_instead_of_rejecting_every_line()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", "nom;type\nMusée;musée\n");
        folder.Write("inventaire.csv", "etablissement_id;categorie;quantite\nMUS-1;VP;1\nMUS-2;VP;1\n");

        var study = Study.Load(folder.Path);

        Assert.Equal(2, study.Inventory.Count);
        Assert.Null(study.InstitutionIndex);
        Assert.Single(study.Quality.Issues, i => i is { File: "institutions.csv", Row: 0, Severity: IssueSeverity.Error });
        Assert.Single(study.Quality.Issues, i => i is { File: "inventaire.csv", Row: 0, Severity: IssueSeverity.Warning } && i.Message.Contains("n'a pas pu être lu"));
    }

    [Fact]
    public void An_empty_file_is_one_error_and_the_other_files_are_still_read()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);
        folder.Write("inventaire.csv", "");
        folder.Write("besoins.csv", "etablissement_id;categorie;quantite;debut;fin\nMUS-1;VP;1;01/02/2025;28/02/2025\n");

        var study = Study.Load(folder.Path);

        var error = Assert.Single(study.Quality.Issues);
        Assert.Equal(("inventaire.csv", 0, IssueSeverity.Error), (error.File, error.Row, error.Severity));
        Assert.Single(study.Needs);
        Assert.Equal(0, study.Quality.Files["inventaire.csv"].RowsRead);
    }

    [Fact]
    public void An_unclosed_quote_keeps_the_rows_before_it_and_reports_where_it_broke()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);
        var big = new string('x', 9 * 1024 * 1024);
        folder.Write("inventaire.csv", $"etablissement_id;categorie;quantite\nMUS-1;VP;1\nMUS-1;\"Enceinte;{big}\n");

        var study = Study.Load(folder.Path);

        Assert.Single(study.Inventory);
        var error = Assert.Single(study.Quality.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(("inventaire.csv", 3), (error.File, error.Row));
        Assert.True(study.Quality.IsBalanced);
    }
}
