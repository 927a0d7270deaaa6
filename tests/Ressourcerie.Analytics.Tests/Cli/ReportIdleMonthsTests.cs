using Ressourcerie.Analytics.Tests.TestSupport;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

public class ReportIdleMonthsTests
{
    /// <summary>Two projectors in storage, and four displays in service three months a year.</summary>
    private static TempFolder Data()
    {
        var folder = new TempFolder();
        folder.Write("institutions.csv", "Identifiant;Nom;Type;Commune;Région;Latitude;Longitude\n"
            + "A;Musée A;Musée;Paris;Île-de-France;48,8566;2,3522\n"
            + "B;Musée B;Musée;Orléans;Centre-Val de Loire;47,9029;1,9093\n");
        folder.Write("inventaire.csv", "Identifiant établissement;Catégorie;Quantité;Année d'acquisition;Statut;Mois d'utilisation par an\n"
            + "A;video_projector;2;2020;en stock;0\n"
            + "A;display;4;2021;en service;3\n");
        folder.Write("besoins.csv", "Identifiant établissement;Catégorie;Quantité;Début;Fin;Projet\n"
            + "B;display;4;01/03/2024;30/04/2024;Expo\n");
        return folder;
    }

    [Fact]
    public void The_idle_threshold_of_the_issue_is_set_from_the_command_line()
    {
        using var folder = Data();
        var (defaultExit, defaultOutput, defaultError) = Run("report", "--data", folder.Path, "--out", folder.File("out-2"), "--iterations", "100");
        var (exit, output, error) = Run("report", "--data", folder.Path, "--out", folder.File("out-3"), "--iterations", "100", "--idle-months", "3");

        Assert.True(defaultExit == 0, defaultError);
        Assert.True(exit == 0, error);
        Assert.Contains("Stock dormant : 2 unités dorment", defaultOutput);
        Assert.Contains("Stock dormant : 6 unités dorment", output);
    }

    [Fact]
    public void Scenario_run_lends_the_equipment_the_idle_threshold_makes_available()
    {
        using var folder = Data();
        var scenario = folder.Write("pret.yaml", "name: pret\nloan_share: 100 %\nhorizon_years: 1\n");
        var (defaultExit, defaultOutput, defaultError) = Run("scenario", "run", "--scenario", scenario, "--data", folder.Path, "--iterations", "100");
        var (exit, output, error) = Run("scenario", "run", "--scenario", scenario, "--data", folder.Path, "--iterations", "100", "--idle-months", "3");

        Assert.True(defaultExit == 0, defaultError);
        Assert.True(exit == 0, error);
        Assert.Contains("Appariement : 0 prêt trouvé", defaultOutput);
        Assert.Contains("(4 unités)", output);
    }

    [Fact]
    public void An_idle_threshold_outside_a_year_is_a_usage_error_in_French()
    {
        using var folder = Data();
        var (exit, _, error) = Run("report", "--data", folder.Path, "--out", folder.File("out"), "--idle-months", "13");

        Assert.Equal(2, exit);
        Assert.Contains("--idle-months doit être compris entre 0 et 12", error);
    }
}
