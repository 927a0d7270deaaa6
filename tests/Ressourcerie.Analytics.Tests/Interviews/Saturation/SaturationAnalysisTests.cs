using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Saturation;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Saturation;

public class SaturationAnalysisTests
{
    private static InterviewCodes Codes(string id, params string[] codes) => new(id, null, codes.ToHashSet());

    /// <summary>Base E1–E4 holds a…h (8 codes); E5 brings i, E6 and E7 nothing, E8 brings j.</summary>
    private static readonly InterviewCodes[] HandComputed =
    [
        Codes("E1", "a", "b", "c", "d"),
        Codes("E2", "a", "e"),
        Codes("E3", "b", "f", "g"),
        Codes("E4", "a", "h"),
        Codes("E5", "a", "i"),
        Codes("E6", "b"),
        Codes("E7", "c"),
        Codes("E8", "j"),
    ];

    [Fact]
    public void Curve_follows_Guest_2006_cumulative_unique_codes()
    {
        var result = SaturationAnalysis.Compute(HandComputed);

        Assert.Equal([4, 1, 2, 1, 1, 0, 0, 1], result.Curve.Select(p => p.NewCodes));
        Assert.Equal([4, 5, 7, 8, 9, 9, 9, 10], result.Curve.Select(p => p.CumulativeUniqueCodes));
        Assert.Equal([4, 2, 3, 2, 2, 1, 1, 1], result.Curve.Select(p => p.Codes));
        Assert.Equal(80.0, result.Curve[3].CumulativePercent);
        Assert.Equal(10, result.TotalUniqueCodes);
    }

    [Fact]
    public void Saturation_is_reached_at_the_end_of_the_first_run_within_the_threshold()
    {
        var result = SaturationAnalysis.Compute(HandComputed, baseSize: 4, runLength: 2, newInformationThreshold: 0.05);

        Assert.Equal(8, result.BaseCodes);
        // Runs 5–6: 1/8 = 12.5 %; 6–7: 0 %; 7–8: 1/8.
        Assert.Equal([(5, 6, 1), (6, 7, 0), (7, 8, 1)], result.Runs.Select(r => (r.StartPosition, r.EndPosition, r.NewCodes)));
        Assert.Equal([0.125, 0, 0.125], result.Runs.Select(r => r.SaturationRatio));
        Assert.True(result.IsReached);
        Assert.Equal(7, result.ReachedAtPosition);
        Assert.Equal("E7", result.ReachedAtInterviewId);
        Assert.Equal(5, result.InterviewsBeforeRun);
        Assert.Equal(result.Runs[1], result.SaturatingRun);
        Assert.StartsWith("Saturation atteinte à l'entretien E7 (rang 7)", result.Summary);
    }

    /// <summary>Guest et al. (2020): base of 20 unique codes; every run of two brings exactly one new code (5 %).</summary>
    private static InterviewCodes[] TwentyCodeBaseThenOneNewCodePerRun()
    {
        var interviews = new List<InterviewCodes>
        {
            Codes("E01", Enumerable.Range(1, 5).Select(i => $"c{i}").ToArray()),
            Codes("E02", Enumerable.Range(6, 5).Select(i => $"c{i}").ToArray()),
            Codes("E03", Enumerable.Range(11, 5).Select(i => $"c{i}").ToArray()),
            Codes("E04", Enumerable.Range(16, 5).Select(i => $"c{i}").ToArray()),
        };
        for (int i = 5; i <= 12; i++)
            interviews.Add(i % 2 == 1 ? Codes($"E{i:00}", "c1", $"nouveau{i}") : Codes($"E{i:00}", "c2"));
        return interviews.ToArray();
    }

    [Fact]
    public void One_new_code_for_a_base_of_twenty_is_five_percent_saturated_at_the_5_percent_threshold()
    {
        var result = SaturationAnalysis.Compute(TwentyCodeBaseThenOneNewCodePerRun(), baseSize: 4, runLength: 2, newInformationThreshold: 0.05);

        Assert.Equal(20, result.BaseCodes);
        Assert.Equal(0.05, result.Runs[0].SaturationRatio);
        Assert.True(result.IsReached);
        Assert.Equal(6, result.ReachedAtPosition);
        Assert.Equal("E06", result.ReachedAtInterviewId);
    }

    [Fact]
    public void One_new_code_for_a_base_of_twenty_is_not_saturated_at_the_0_percent_threshold()
    {
        var result = SaturationAnalysis.Compute(TwentyCodeBaseThenOneNewCodePerRun(), baseSize: 4, runLength: 2, newInformationThreshold: 0);

        Assert.All(result.Runs, r => Assert.Equal(1, r.NewCodes));
        Assert.All(result.Runs, r => Assert.False(r.WithinThreshold));
        Assert.False(result.IsReached);
        Assert.Null(result.ReachedAtPosition);
        Assert.Null(result.ReachedAtInterviewId);
        Assert.StartsWith("Saturation non atteinte", result.Summary);
    }

    [Fact]
    public void A_base_of_six_and_runs_of_three_follow_the_same_definition()
    {
        // The base E01–E06 holds c1…c20 and nouveau5: 21 codes.
        var result = SaturationAnalysis.Compute(TwentyCodeBaseThenOneNewCodePerRun(), baseSize: 6, runLength: 3, newInformationThreshold: 0.05);

        Assert.Equal(21, result.BaseCodes);
        // Run 7–9 brings nouveau7 and nouveau9: 2/21 > 5 %; run 8–10 brings nouveau9 only: 1/21 ≤ 5 %.
        Assert.Equal((7, 9, 2), (result.Runs[0].StartPosition, result.Runs[0].EndPosition, result.Runs[0].NewCodes));
        Assert.Equal((8, 10, 1), (result.Runs[1].StartPosition, result.Runs[1].EndPosition, result.Runs[1].NewCodes));
        Assert.True(result.IsReached);
        Assert.Equal(10, result.ReachedAtPosition);
    }

    [Fact]
    public void Interviews_are_read_in_date_order_ties_by_natural_id_undated_last()
    {
        var project = Project(
            [
                Interview("E10", "2024-02-01"), Interview("E2", "2024-02-01"), Interview("E1", "2024-03-01"),
                Interview("E0"), Interview("E3", "2024-01-15"),
            ],
            [Segment("E10", "x"), Segment("E2", "y"), Segment("E1", "x"), Segment("E0", "z"), Segment("E3", "x")]);

        var result = SaturationAnalysis.Compute(project, baseSize: 1, runLength: 1);

        Assert.Equal(["E3", "E2", "E10", "E1", "E0"], result.Curve.Select(p => p.InterviewId));
        Assert.Equal([1, 1, 0, 0, 1], result.Curve.Select(p => p.NewCodes));
        Assert.Equal(["rang", "entretien", "date", "codes de l'entretien", "nouveaux codes", "codes uniques cumulés", "% des codes uniques"],
            result.CurveDataFrame().Columns.Select(c => c.Name));
        Assert.Equal("2024-01-15", result.CurveDataFrame().Columns["date"][0]);
    }

    [Fact]
    public void Too_few_interviews_is_reported_not_saturated()
    {
        var result = SaturationAnalysis.Compute(HandComputed.Take(5).ToArray(), baseSize: 4, runLength: 2);

        Assert.False(result.IsReached);
        Assert.Empty(result.Runs);
        Assert.Contains("non évaluable", result.Summary);
        Assert.Contains("au moins 6", result.Summary);
    }

    [Fact]
    public void A_base_without_codes_makes_the_ratio_undefined()
    {
        var interviews = new[] { Codes("E1"), Codes("E2"), Codes("E3", "a") };

        var result = SaturationAnalysis.Compute(interviews, baseSize: 1, runLength: 1);

        Assert.True(double.IsNaN(result.Runs[0].SaturationRatio));
        Assert.False(result.IsReached);
        Assert.Contains("aucun code", result.Summary);
        Assert.Null(result.RunsDataFrame().Columns["ratio de saturation (%)"][0]);
    }

    [Theory]
    [InlineData(0, 2, 0.05)]
    [InlineData(4, 0, 0.05)]
    [InlineData(4, 2, 5.0)]
    [InlineData(4, 2, -0.1)]
    public void Invalid_parameters_are_refused_with_their_paper_names(int baseSize, int runLength, double threshold)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SaturationAnalysis.Compute(HandComputed, baseSize, runLength, threshold));
        Assert.Matches("base_size|run_length|new_information_threshold", error.Message);
    }
}
