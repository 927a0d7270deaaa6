using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>Our entretiens + codages layout, with the mistakes hand-made files contain (Fixtures/Qda/layout).</summary>
public class CodingsLayoutReaderTests
{
    private static readonly string Folder = QdaFixtures.Path("layout");

    private static (CodingProject Project, DataQualityReport Report) ReadFolder()
    {
        var report = new DataQualityReport();
        return (CodingsReader.Read(Folder, report), report);
    }

    [Fact]
    public void Every_row_is_accepted_corrected_or_rejected()
    {
        var (project, report) = ReadFolder();

        Assert.Equal(CodingFormats.Ressourcerie, project.Format);
        Assert.Equal((11, 8, 3), Counts(report, "entretiens.csv"));
        Assert.Equal((14, 9, 5), Counts(report, "codages.csv"));
        Assert.True(report.IsBalanced);
        Assert.Equal(["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E09"], project.Interviews.Select(i => i.Id));
        Assert.Equal(9, project.Segments.Count);
    }

    [Fact]
    public void Profiles_are_read_from_their_synonyms()
    {
        var (project, _) = ReadFolder();

        Assert.Equal(
            [RespondentProfile.Technique, RespondentProfile.Dsi, RespondentProfile.Numerique, RespondentProfile.Collections,
             RespondentProfile.Rso, RespondentProfile.Expert, RespondentProfile.Expert, RespondentProfile.Autre],
            project.Interviews.Select(i => i.Profile));
    }

    [Fact]
    public void Interview_rows_keep_dates_institution_respondent_and_extra_columns()
    {
        var (project, report) = ReadFolder();
        var e01 = project.Interviews[0];

        Assert.Equal(new DateOnly(2024, 3, 5), e01.Date);
        Assert.Equal("MUS-LYON-01", e01.InstitutionId);
        Assert.Equal("Claire Martin", e01.Respondent);
        Assert.Equal("Auvergne-Rhône-Alpes", e01.Variables["Région"]);
        Assert.Equal(new SourceLocation("entretiens.csv", 2), e01.Source);
        Assert.Equal(new DateOnly(2024, 3, 12), project.Interviews[1].Date);
        Assert.Equal(new DateOnly(2024, 3, 14), project.Interviews[2].Date);
        Assert.Contains(report.Issues, i => i is { File: "entretiens.csv", Row: 4, Column: "Date", Severity: IssueSeverity.Warning });
        Assert.Null(project.Interviews.Single(i => i.Id == "E07").Date);
        Assert.Contains(report.Issues, i => i is { File: "entretiens.csv", Row: 9, Column: "Date", Severity: IssueSeverity.Warning });
        Assert.Contains(report.Issues, i => i is { File: "entretiens.csv", Row: 12, Column: "Profil", Severity: IssueSeverity.Warning });
    }

    [Fact]
    public void Interview_rejections_name_row_column_and_reason()
    {
        var (_, report) = ReadFolder();
        var errors = report.IssuesFor("entretiens.csv").Where(i => i.Severity == IssueSeverity.Error).ToList();

        Assert.Equal([(8, "Identifiant entretien"), (10, "Profil"), (11, "Identifiant entretien")], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("déjà utilisé ligne 3", errors[0].Message);
        Assert.Contains("« directeur » inconnu", errors[1].Message);
        Assert.StartsWith("Identifiant d'entretien manquant", errors[2].Message);
    }

    [Fact]
    public void Codage_rejections_say_why_and_suggest_the_closest_interview()
    {
        var (_, report) = ReadFolder();
        var errors = report.IssuesFor("codages.csv").Where(i => i.Severity == IssueSeverity.Error).ToList();

        Assert.Equal([8, 9, 10, 11, 14], errors.Select(e => e.Row));
        Assert.Contains("« E99 » n'existe pas dans entretiens.csv. Vouliez-vous dire « E09 » ?", errors[0].Message);
        Assert.Equal("E09", errors[0].Suggestion);
        Assert.Contains("a été rejeté (entretiens.csv, ligne 10)", errors[1].Message);
        Assert.Equal("code", errors[2].Column);
        Assert.Equal("debut", errors[3].Column);
        Assert.Contains("« abc » n'est pas un nombre", errors[4].Message);
    }

    [Fact]
    public void Excerpts_stay_exactly_as_typed_even_when_they_look_like_formulas()
    {
        var (project, _) = ReadFolder();

        Assert.Equal(
            ["On ne prête pas, le transport coûte plus cher que le matériel.", "=le contrat d'assurance ne couvre pas le prêt",
             "+1 pour une plateforme commune", "-20 % de budget cette année", "@DSI : il faudrait un inventaire partagé"],
            project.Segments.Take(5).Select(s => s.Excerpt));
    }

    [Fact]
    public void Codes_follow_the_file_separator_and_keep_slashes_inside_names()
    {
        var (project, report) = ReadFolder();

        Assert.Equal(["Freins", "Freins > Coût du transport", "Freins > Assurance", "Leviers", "Leviers > Plateforme de prêt", "Matériel",
            "Matériel > Audio/vidéo", "Leviers > Mutualisation"], project.Codebook.Codes.Select(c => c.Path));
        Assert.Contains(report.Issues, i => i is { File: "codages.csv", Row: 7, Severity: IssueSeverity.Warning } && i.Message.Contains("niveau vide"));
    }

    [Fact]
    public void Offsets_and_coders_are_optional()
    {
        var (project, report) = ReadFolder();

        Assert.Equal((0, 62), (project.Segments[0].Start!.Value, project.Segments[0].End!.Value));
        Assert.Null(project.Segments[1].Start);
        var e06 = project.Segments.Single(s => s.InterviewId == "E06");
        Assert.Null(e06.Start);
        Assert.Contains(report.Issues, i => i is { File: "codages.csv", Row: 13, Column: "fin", Severity: IssueSeverity.Warning });
        Assert.Null(project.Segments.Single(s => s.InterviewId == "E09").Coder);
        Assert.Equal(["Alice", "Bruno"], project.Coders);
        Assert.Equal("", project.Segments.Single(s => s.InterviewId == "E05").Excerpt);
    }

    [Fact]
    public void A_codages_file_alone_derives_its_interviews_and_says_so()
    {
        var dir = Directory.CreateTempSubdirectory("qda-layout-");
        try
        {
            var path = Path.Combine(dir.FullName, "codages.csv");
            File.WriteAllText(path, "entretien_id;code;extrait\nA;Freins/Coût;x\nA;Freins/Délais;y\nB;Audio/vidéo;z\n");
            var report = new DataQualityReport();
            var project = CodingsReader.Read(path, report);

            Assert.Equal(["A", "B"], project.Interviews.Select(i => i.Id));
            Assert.All(project.Interviews, i => Assert.Equal(RespondentProfile.Autre, i.Profile));
            // The file nests with "/": "Freins" is the parent of two codes, so "Audio/vidéo" is read the same way.
            Assert.Equal(["Freins > Coût", "Freins > Délais", "Audio > vidéo"], project.Segments.Select(s => s.CodePath));
            Assert.Contains(report.Issues, i => i.Row == 0 && i.Message.StartsWith("Pas de fichier entretiens"));
            Assert.Equal((3, 3, 0), Counts(report, "codages.csv"));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_coder_typed_with_other_case_accents_or_spaces_is_one_coder_and_is_reported()
    {
        var dir = Directory.CreateTempSubdirectory("qda-layout-");
        try
        {
            var path = Path.Combine(dir.FullName, "codages.csv");
            File.WriteAllText(path, "entretien_id;code;extrait;codeur\nA;Freins;x;Léa \nA;Freins;x;lea\nA;Leviers;y;Thomas\nB;Freins;z;LÉA\nB;Freins;z;lea\n");
            var report = new DataQualityReport();
            var project = CodingsReader.Read(path, report);

            Assert.Equal(["Léa", "Thomas"], project.Coders);
            Assert.Equal(["Léa", "Léa", "Thomas", "Léa", "Léa"], project.Segments.Select(s => s.Coder));
            var warnings = report.Issues.Where(i => i.Column == "Codeur").ToList();
            Assert.Equal([(3, "lea"), (5, "LÉA")], warnings.Select(w => (w.Row, w.Message.Split('«', '»')[1].Trim())));
            Assert.All(warnings, w => Assert.Equal(IssueSeverity.Warning, w.Severity));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Offsets_that_do_not_span_the_excerpt_are_kept_with_a_warning()
    {
        var (project, report) = ReadFolder();

        // E02 "-20 % de budget cette année" has 27 characters but positions [5, 30); E01's rows match.
        var warning = Assert.Single(report.Issues, i => i.Message.StartsWith("Les positions"));
        Assert.Equal((5, "fin", IssueSeverity.Warning), (warning.Row, warning.Column, warning.Severity));
        Assert.Contains("[5, 30) couvrent 25 caractères mais l'extrait en compte 27", warning.Message);
        Assert.Equal(((int?)5, (int?)30), project.Segments.Where(s => s.InterviewId == "E02").Select(s => (s.Start, s.End)).First(s => s.Start is not null));
    }

    [Fact]
    public void A_code_typed_with_other_case_or_accents_is_one_code_and_is_reported()
    {
        var dir = Directory.CreateTempSubdirectory("qda-layout-");
        try
        {
            var path = Path.Combine(dir.FullName, "codages.csv");
            File.WriteAllText(path, "entretien_id;code;extrait;codeur\nE1;Freins > Coût;a;Léa\nE1;freins > cout;a;Thomas\nE2;Freins>Coût ;b;Léa\nE2;Freins > Cout;b;Thomas\nE3;Freins;c;Léa\n");
            var report = new DataQualityReport();
            var project = CodingsReader.Read(path, report);

            Assert.Equal(["Freins > Coût", "Freins > Coût", "Freins > Coût", "Freins > Coût", "Freins"], project.Segments.Select(s => s.CodePath));
            Assert.Equal(["Freins", "Freins > Coût"], project.Codebook.Codes.Select(c => c.Path));
            var warnings = report.Issues.Where(i => i.Column == "code").ToList();
            Assert.Equal([3, 5], warnings.Select(w => w.Row));
            Assert.All(warnings, w => Assert.Equal(IssueSeverity.Warning, w.Severity));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_missing_required_column_is_one_clear_error()
    {
        var dir = Directory.CreateTempSubdirectory("qda-layout-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "entretiens.csv"), "entretien_id;profil\nA;dsi\n");
            File.WriteAllText(Path.Combine(dir.FullName, "codages.csv"), "entretien_id;extrait\nA;x\n");
            var report = new DataQualityReport();
            var project = CodingsReader.Read(dir.FullName, report);

            var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
            Assert.Equal(("codages.csv", 0, "Code"), (error.File, error.Row, error.Column));
            Assert.Empty(project.Segments);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Concatenated_files_and_Excel_errors_follow_the_common_row_rules()
    {
        var dir = Directory.CreateTempSubdirectory("qda-layout-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "entretiens.csv"), "entretien_id;profil;date\nA;dsi;45356\nB;rso;\n");
            File.WriteAllText(Path.Combine(dir.FullName, "codages.csv"),
                "entretien_id;code;extrait\nA;Freins > Coût;x\nentretien_id;code;extrait\nB;Freins > Coût;#N/A\nB;Leviers;y;en trop\n");
            var report = new DataQualityReport();
            var project = CodingsReader.Read(dir.FullName, report);

            Assert.Equal((4, 2, 2), Counts(report, "codages.csv"));
            Assert.Contains(report.Issues, i => i is { File: "codages.csv", Row: 3, Severity: IssueSeverity.Error } && i.Message.Contains("répète la ligne d'en-tête"));
            Assert.Contains(report.Issues, i => i is { File: "codages.csv", Row: 4, Column: "extrait", Severity: IssueSeverity.Error } && i.Message.Contains("#N/A"));
            Assert.Contains(report.Issues, i => i is { File: "codages.csv", Row: 5, Severity: IssueSeverity.Warning } && i.Message.Contains("4 champs"));
            // A serial number typed in the date column is read, with a warning.
            Assert.Equal(new DateOnly(2024, 3, 5), project.Interviews[0].Date);
            Assert.Contains(report.Issues, i => i is { File: "entretiens.csv", Row: 2, Column: "date", Severity: IssueSeverity.Warning });
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static (long Read, long Accepted, long Rejected) Counts(DataQualityReport report, string file)
    {
        var counts = report.Files[file];
        return (counts.RowsRead, counts.RowsAccepted, counts.RowsRejected);
    }
}
