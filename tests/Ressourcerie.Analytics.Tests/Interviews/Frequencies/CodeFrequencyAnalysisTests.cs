using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Interviews.Frequencies;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Frequencies;

public class CodeFrequencyAnalysisTests
{
    [Fact]
    public void Frequencies_count_segments_and_distinct_interviews_with_and_without_subcodes()
    {
        var table = CodeFrequencyAnalysis.Compute(StudyProject());

        Assert.Equal(4, table.InterviewCount);
        Assert.Equal(["Freins", "Freins > Coût", "Freins > Logistique", "Leviers", "Leviers > Mutualisation"], table.Rows.Select(r => r.Code));
        Assert.Equal(new CodeFrequency("Freins", 0, 1, 1, 25, 5, 2, 50), table.Find("Freins"));
        Assert.Equal(new CodeFrequency("Freins > Coût", 1, 3, 2, 50, 3, 2, 50), table.Find("Freins > Coût"));
        Assert.Equal(new CodeFrequency("Freins > Logistique", 1, 1, 1, 25, 1, 1, 25), table.Find("Freins > Logistique"));
        Assert.Equal(new CodeFrequency("Leviers", 0, 0, 0, 0, 2, 2, 50), table.Find("Leviers"));
        Assert.Equal(new CodeFrequency("Leviers > Mutualisation", 1, 2, 2, 50, 2, 2, 50), table.Find("Leviers > Mutualisation"));
    }

    [Fact]
    public void Frequency_table_has_French_columns_in_codebook_order()
    {
        var frame = CodeFrequencyAnalysis.Compute(StudyProject()).ToDataFrame();

        Assert.Equal(
            ["code", "niveau", "segments (propre)", "entretiens (propre)", "% entretiens (propre)",
             "segments (avec sous-codes)", "entretiens (avec sous-codes)", "% entretiens (avec sous-codes)"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal("Freins", frame.Columns["code"][0]);
        Assert.Equal(5, frame.Columns["segments (avec sous-codes)"][0]);
        Assert.Equal(25.0, frame.Columns["% entretiens (propre)"][0]);
    }

    [Fact]
    public void Codes_missing_from_the_codebook_and_interviews_missing_from_the_list_still_count()
    {
        var project = Project([Interview("E1", "2024-01-01")],
            [Segment("E1", "Freins > Coût"), Segment("E9", "Autre > Nouveau")], "Freins", "Freins > Coût");

        var table = CodeFrequencyAnalysis.Compute(project);

        Assert.Equal(2, table.InterviewCount);
        Assert.Equal(["Freins", "Freins > Coût", "Autre", "Autre > Nouveau"], table.Rows.Select(r => r.Code));
        Assert.Equal(1, table.Find("Autre > Nouveau")!.Interviews);
        Assert.Equal(50, table.Find("Autre")!.InterviewPercentWithSubcodes);
    }

    [Fact]
    public void A_passage_counts_once_per_code_however_many_coders_or_subcodes_it_carries()
    {
        var project = Project([Interview("E1")],
            [
                Segment("E1", "Freins > Coût", "Trop cher.", "Léa", 0, 10), Segment("E1", "Freins > Coût", "Trop cher.", "Thomas", 0, 10),
                Segment("E1", "Freins > Temps", "Trop cher.", "Léa", 0, 10),
                Segment("E1", "Freins > Temps", "Pas le temps."), Segment("E1", "Freins > Temps", " Pas  le temps. "),
            ], "Freins", "Freins > Coût", "Freins > Temps");

        var table = CodeFrequencyAnalysis.Compute(project);

        Assert.Equal(1, table.Find("Freins > Coût")!.Segments);
        Assert.Equal(2, table.Find("Freins > Temps")!.Segments);
        Assert.Equal(2, table.Find("Freins")!.SegmentsWithSubcodes);
    }

    [Fact]
    public void An_empty_code_path_is_counted_like_any_other_code()
    {
        var project = Project([Interview("E1")], [Segment("E1", ""), Segment("E1", "A")], "A");

        var table = CodeFrequencyAnalysis.Compute(project);

        Assert.Equal(["A", ""], table.Rows.Select(r => r.Code));
        Assert.Equal(1, table.Find("")!.Segments);
    }

    [Fact]
    public void Frequencies_by_profile_use_each_profile_s_own_interviews_as_the_base()
    {
        var table = CodeFrequencyAnalysis.ByProfile(StudyProject());

        Assert.Equal("profil", table.Dimension);
        Assert.Equal(["technique (régisseur·e)", "DSI", "collections"], table.Groups);
        Assert.Equal([2, 1, 1], table.GroupInterviews);
        var cost = table.Rows.Single(r => r.Code == "Freins > Coût" && r.Group == "technique (régisseur·e)");
        Assert.Equal((3, 2, 100.0), (cost.Segments, cost.Interviews, cost.InterviewPercent));
        var leversDsi = table.Rows.Single(r => r.Code == "Leviers" && r.Group == "DSI");
        Assert.Equal((0, 0, 1, 1, 100.0), (leversDsi.Segments, leversDsi.Interviews, leversDsi.SegmentsWithSubcodes, leversDsi.InterviewsWithSubcodes, leversDsi.InterviewPercentWithSubcodes));
        Assert.Equal(5 * 3, table.Rows.Count);
    }

    [Fact]
    public void Frequencies_by_institution_type_put_unknown_institutions_in_non_renseigne()
    {
        var table = CodeFrequencyAnalysis.ByInstitutionType(StudyProject(), StudyInstitutions());

        Assert.Equal("type d'institution", table.Dimension);
        Assert.Equal(["musée", "frac", "non renseigné"], table.Groups);
        Assert.Equal([2, 1, 1], table.GroupInterviews);
        var museum = table.Rows.Single(r => r.Code == "Freins > Coût" && r.Group == "musée");
        Assert.Equal((2, 1, 50.0), (museum.Segments, museum.Interviews, museum.InterviewPercent));
        var frac = table.Rows.Single(r => r.Code == "Freins > Coût" && r.Group == "frac");
        Assert.Equal((1, 1, 100.0), (frac.Segments, frac.Interviews, frac.InterviewPercent));
    }

    [Fact]
    public void Code_by_profile_matrix_has_one_column_per_profile_and_a_total()
    {
        var table = CodeFrequencyAnalysis.ByProfile(StudyProject());

        var interviews = table.Matrix();
        var percent = table.Matrix(FrequencyMeasure.InterviewPercent, CodeCounting.WithSubcodes);

        Assert.Equal(["code", "technique (régisseur·e)", "DSI", "collections", "total"], interviews.Columns.Select(c => c.Name));
        Assert.IsType<Int32DataFrameColumn>(interviews.Columns["total"]);
        Assert.Equal([2, 0, 0, 2], Row(interviews, "Freins > Coût").Select(Convert.ToInt32));
        Assert.Equal([50.0, 100.0, 0.0, 50.0], Row(percent, "Leviers").Select(Convert.ToDouble));
    }

    private static object[] Row(DataFrame frame, string code)
    {
        long row = Enumerable.Range(0, (int)frame.Rows.Count).Single(i => (string)frame.Columns["code"][i] == code);
        return frame.Columns.Skip(1).Select(c => c[row]).ToArray();
    }
}
