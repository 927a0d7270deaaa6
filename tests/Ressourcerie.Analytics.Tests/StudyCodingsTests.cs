using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;
using Ressourcerie.Analytics.Interviews.Writers;
using Ressourcerie.Analytics.Tests.Interviews.Readers;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests;

/// <summary>How <c>Study.Load</c> finds and reads the interviews and their codings in a data folder.</summary>
public class StudyCodingsTests
{
    private const string Institutions = "etablissement_id;nom;type\nMUS-1;Musée;musée\nFRAC-1;Frac;frac\n";
    private const string Interviews = "entretien_id;date;profil;etablissement_id;repondant\nE1;05/03/2024;technique;MUS-1;Claire Martin\nE2;12/03/2024;dsi;FRAC-1;Jean Dupont\n";
    private const string Codings = "entretien_id;code;extrait;codeur;debut;fin\nE1;Freins > Coût;Le transport coûte cher.;Léa;0;24\nE1;Freins > Assurance;Le transport coûte cher.;Léa;0;24\nE2;Leviers > Prêt;On prête déjà.;Léa;5;19\n";

    [Fact]
    public void The_sample_folder_gives_its_20_interviews_491_codings_and_238_passages_with_institution_types()
    {
        var study = Study.Load(RepositoryPaths.SampleData);

        var codings = Assert.IsType<CodingProject>(study.Codings);
        Assert.Equal(CodingFormats.Ressourcerie, codings.Format);
        Assert.Equal(20, codings.Interviews.Count);
        Assert.Equal(491, codings.Segments.Count);
        Assert.Equal(["Léa", "Thomas"], codings.Coders);
        var analysis = Assert.IsType<InterviewAnalysis>(study.Interviews);
        Assert.Equal(238, analysis.Passages().Count);
        Assert.DoesNotContain("non renseigné", analysis.CodeByInstitutionType().Groups);
        Assert.Contains(study.InputFiles, f => f is { DisplayName: "entretiens.csv", Role: StudyInputRole.Interviews });
        Assert.Contains(study.InputFiles, f => f is { DisplayName: "codages.csv", Role: StudyInputRole.Codings, Description: "modèle Ressourcerie (entretiens + codages)" });
        Assert.Equal(491, study.Quality.Files["codages.csv"].RowsAccepted);
    }

    [Fact]
    public void A_folder_without_interviews_has_no_codings()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);

        var study = Study.Load(folder.Path);

        Assert.Null(study.Codings);
        Assert.Null(study.Interviews);
    }

    [Fact]
    public void Interviews_and_codings_files_are_found_by_the_first_word_of_their_name()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);
        folder.Write("Entretiens 2024.csv", Interviews);
        folder.Write("codages_2024.csv", Codings);

        var study = Study.Load(folder.Path);

        Assert.Equal([RespondentProfile.Technique, RespondentProfile.Dsi], study.Codings!.Interviews.Select(i => i.Profile));
        Assert.Equal(3, study.Codings.Segments.Count);
        Assert.Equal(2, study.Interviews!.Passages().Count);
        Assert.Equal(["musée", "frac"], study.Interviews.CodeByInstitutionType().Groups);
        Assert.Empty(study.Quality.Issues);
    }

    [Fact]
    public void A_REFI_QDA_project_is_read_whatever_its_name()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);
        var layout = Path.Combine(folder.Path, "layout");
        Directory.CreateDirectory(layout);
        File.WriteAllText(Path.Combine(layout, "entretiens.csv"), Interviews);
        File.WriteAllText(Path.Combine(layout, "codages.csv"), Codings);
        RefiQdaWriter.Write(CodingsReader.Read(layout, new DataQualityReport()), Path.Combine(folder.Path, "Projet équipe.qdpx"));

        var study = Study.Load(folder.Path);

        Assert.Equal(CodingFormats.RefiQda, study.Codings!.Format);
        Assert.Equal(3, study.Codings.Segments.Count);
        Assert.Contains(study.InputFiles, f => f is { DisplayName: "Projet équipe.qdpx", Role: StudyInputRole.Codings, Description: "projet REFI-QDA" });
        Assert.Equal(0, study.Quality.ErrorCount);
    }

    [Fact]
    public void A_tool_export_named_codages_is_recognised_by_its_columns()
    {
        using var folder = new TempFolder();
        File.Copy(QdaFixtures.Path("atlasti", "quotation_export.csv"), Path.Combine(folder.Path, "codages-atlas.csv"));

        var study = Study.Load(folder.Path);

        Assert.Equal(CodingFormats.AtlasTi, study.Codings!.Format);
        Assert.Equal(1465, study.Codings.Segments.Count);
        Assert.Equal(394, study.Interviews!.Passages().Count);
        Assert.Equal(394, study.Quality.Files["codages-atlas.csv"].RowsRead);
    }

    [Fact]
    public void An_unreadable_codings_file_is_a_file_error_and_the_other_files_are_still_read()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", Institutions);
        folder.Write("projet.qdpx", "ceci n'est pas une archive");

        var study = Study.Load(folder.Path);

        Assert.Null(study.Codings);
        Assert.Equal(2, study.Institutions.Count);
        var error = Assert.Single(study.Quality.Issues);
        Assert.Equal(("projet.qdpx", 0, IssueSeverity.Error), (error.File, error.Row, error.Severity));
        Assert.Contains("ZIP", error.Message);
        Assert.Contains(study.InputFiles, f => f is { DisplayName: "projet.qdpx", Role: StudyInputRole.Codings, Description: null });
    }

    [Fact]
    public void Interviews_without_codings_are_one_warning()
    {
        using var folder = new TempFolder();
        folder.Write("entretiens.csv", Interviews);

        var study = Study.Load(folder.Path);

        Assert.Null(study.Codings);
        var warning = Assert.Single(study.Quality.Issues);
        Assert.Equal(("entretiens.csv", IssueSeverity.Warning), (warning.File, warning.Severity));
        Assert.Contains("codages.csv", warning.Message);
    }

    [Fact]
    public void Two_codings_sources_are_combined_and_the_combination_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("entretiens.csv", Interviews);
        folder.Write("codages.csv", Codings);
        File.Copy(QdaFixtures.Path("taguette", "highlights.csv"), Path.Combine(folder.Path, "codages-taguette.csv"));
        var taguette = CodingsReader.Read(QdaFixtures.Path("taguette", "highlights.csv"), new DataQualityReport());

        var study = Study.Load(folder.Path);

        // Files are read in name order: "codages-taguette" sorts before "codages.csv".
        Assert.Equal("taguette + ressourcerie", study.Codings!.Format);
        Assert.Equal(3 + taguette.Segments.Count, study.Codings.Segments.Count);
        Assert.Equal(2 + taguette.Interviews.Count, study.Codings.Interviews.Count);
        Assert.Single(study.Quality.Issues, i => i.Severity == IssueSeverity.Warning && i.Message.StartsWith("Codages réunis depuis 2 fichiers"));
    }

    [Fact]
    public void One_workbook_with_entretiens_and_codages_sheets_is_our_layout()
    {
        using var folder = new TempFolder();
        Workbooks.Save(folder.File("etude.xlsx"),
            ("institutions", [["etablissement_id", "nom", "type"], ["MUS-1", "Musée", "musée"]]),
            ("entretiens", [["entretien_id", "profil", "etablissement_id", "repondant"], ["E1", "technique", "MUS-1", "Claire Martin"]]),
            ("codages", [["entretien_id", "code", "extrait", "debut", "fin"], ["E1", "Freins > Coût", "=le camion coûte cher", 0, 21]]));

        var study = Study.Load(folder.Path);

        Assert.Equal(RespondentProfile.Technique, Assert.Single(study.Codings!.Interviews).Profile);
        Assert.Equal("=le camion coûte cher", Assert.Single(study.Codings.Segments).Excerpt);
        Assert.Equal(0, study.Quality.ErrorCount);
    }

    [Fact]
    public void An_interviews_file_beside_a_QDA_project_is_reported_as_not_used()
    {
        using var folder = new TempFolder();
        folder.Write("entretiens.csv", Interviews);
        File.Copy(QdaFixtures.Path("refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde"), Path.Combine(folder.Path, "projet.qde"));

        var study = Study.Load(folder.Path);

        Assert.Equal(CodingFormats.RefiQda, study.Codings!.Format);
        Assert.Single(study.Quality.Issues, i => i is { File: "entretiens.csv", Severity: IssueSeverity.Warning } && i.Message.StartsWith("Fichier des entretiens non utilisé"));
    }
}
