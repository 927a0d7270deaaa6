using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Agreement;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Agreement;

public class CodingAgreementAnalysisTests
{
    /// <summary>
    /// E1: Alice codes X and Y, Bruno X. E2: Alice Z, Bruno Z and Y. E3: Alice only (not compared).
    /// Units (interview, code): E1·X 1/1, E1·Y 1/0, E1·Z 0/0, E2·X 0/0, E2·Y 0/1, E2·Z 1/1.
    /// </summary>
    private static CodingProject TwoCoders() => Project(
        [Interview("E1", "2024-01-01"), Interview("E2", "2024-01-02"), Interview("E3", "2024-01-03")],
        [
            Segment("E1", "X", coder: "Alice"), Segment("E1", "Y", coder: "Alice"), Segment("E1", "X", coder: "Bruno"),
            Segment("E2", "Z", coder: "Alice"), Segment("E2", "Z", coder: "Bruno"), Segment("E2", "Y", coder: "Bruno"),
            Segment("E3", "X", coder: "Alice"),
        ],
        "X", "Y", "Z");

    [Fact]
    public void Document_level_compares_presence_of_each_code_in_each_interview_both_coded()
    {
        var agreement = CodingAgreementAnalysis.Compute(TwoCoders());

        Assert.Equal(AgreementUnitLevel.Document, agreement.Level);
        Assert.Equal(["Alice", "Bruno"], agreement.Coders);
        Assert.Equal(["E1", "E2"], agreement.Interviews);
        Assert.Equal(6, agreement.Units);
        Assert.Equal(100.0 * 4 / 6, agreement.PercentAgreement!.Value, 12);
        // Each coder: three 1s and three 0s, p_e = 1/2, p_o = 2/3.
        Assert.Equal(1.0 / 3, agreement.CohenKappa!.Value, 12);
        Assert.Equal(1.0 / 3, agreement.BrennanPredigerKappa!.Value, 12);
        // n = 12, o_01 + o_10 = 4, n_0 = n_1 = 6: α = 1 − 11·4 / (2·6·6).
        Assert.Equal(1 - 11.0 * 4 / 72, agreement.KrippendorffAlpha!.Value, 12);
        Assert.Contains(agreement.Notes, n => n.Contains("1 entretien(s) codé(s) par un seul"));
    }

    [Fact]
    public void Document_level_gives_each_code_its_own_coefficients()
    {
        var byCode = CodingAgreementAnalysis.Compute(TwoCoders()).ByCode.ToDictionary(c => c.Code);

        Assert.Equal(["X", "Y", "Z"], byCode.Keys);
        Assert.Equal((2, 100.0, 1.0, 1.0), (byCode["X"].Units, byCode["X"].PercentAgreement, byCode["X"].CohenKappa, byCode["X"].KrippendorffAlpha));
        Assert.Equal((0.0, -1.0, -0.5), (byCode["Y"].PercentAgreement, byCode["Y"].CohenKappa, byCode["Y"].KrippendorffAlpha));
    }

    [Fact]
    public void Undefined_coefficients_are_null_with_a_French_note()
    {
        // Both coders apply X everywhere: Cohen's kappa and alpha have no variation to work with.
        var project = Project([Interview("E1"), Interview("E2")],
            [Segment("E1", "X", coder: "A"), Segment("E1", "X", coder: "B"), Segment("E2", "X", coder: "A"), Segment("E2", "X", coder: "B")], "X");

        var agreement = CodingAgreementAnalysis.Compute(project);

        Assert.Equal(100.0, agreement.PercentAgreement);
        Assert.Null(agreement.CohenKappa);
        Assert.Null(agreement.KrippendorffAlpha);
        Assert.Equal(1.0, agreement.BrennanPredigerKappa);
        Assert.Contains(agreement.Notes, n => n.Contains("Kappa de Cohen non défini"));
        Assert.Contains(agreement.Notes, n => n.Contains("Alpha non défini"));
    }

    /// <summary>E1, code X: Alice [0,100) and Bruno [5,100) overlap 95 %; Alice [200,300) and Bruno [250,300) only 50 %.</summary>
    private static CodingProject OverlappingSegments() => Project([Interview("E1")],
        [
            Segment("E1", "X", coder: "Alice", start: 0, end: 100), Segment("E1", "X", coder: "Bruno", start: 5, end: 100),
            Segment("E1", "X", coder: "Alice", start: 200, end: 300), Segment("E1", "X", coder: "Bruno", start: 250, end: 300),
        ], "X");

    [Fact]
    public void Segment_level_matches_segments_overlapping_by_90_percent_of_the_longer_span()
    {
        var agreement = CodingAgreementAnalysis.Compute(OverlappingSegments(), level: AgreementUnitLevel.Segment);

        Assert.Equal(0.9, agreement.MinimumOverlap);
        Assert.Equal(3, agreement.Units);
        Assert.Equal(100.0 / 3, agreement.PercentAgreement!.Value, 12);
        Assert.Equal(
        [
            new AgreementComparison("E1", "X", 0, 100, [true, true]),
            new AgreementComparison("E1", "X", 200, 300, [true, false]),
            new AgreementComparison("E1", "X", 250, 300, [false, true]),
        ], agreement.Comparisons, new ComparisonComparer());
        Assert.Equal(2, agreement.DisagreementsDataFrame().Rows.Count);
    }

    [Fact]
    public void Segment_level_reports_Brennan_Prediger_kappa_over_the_codes_but_not_Cohen_kappa_or_alpha()
    {
        // X: one matched pair and one unmatched segment; Y: one matched pair. p_o = 2/3, q = 2 codes.
        var project = Project([Interview("E1")],
            [
                Segment("E1", "X", coder: "Alice", start: 0, end: 100), Segment("E1", "X", coder: "Bruno", start: 0, end: 100),
                Segment("E1", "X", coder: "Alice", start: 200, end: 300),
                Segment("E1", "Y", coder: "Alice", start: 400, end: 500), Segment("E1", "Y", coder: "Bruno", start: 400, end: 498),
            ], "X", "Y");

        var agreement = CodingAgreementAnalysis.Compute(project, level: AgreementUnitLevel.Segment);

        Assert.Equal(3, agreement.Units);
        Assert.Equal((2.0 / 3 - 0.5) / 0.5, agreement.BrennanPredigerKappa!.Value, 12);
        Assert.Null(agreement.CohenKappa);
        Assert.Null(agreement.KrippendorffAlpha);
        Assert.Contains(agreement.Notes, n => n.Contains("non calculés au niveau des segments"));
        Assert.All(agreement.ByCode, c => Assert.Null(c.KrippendorffAlpha));
    }

    [Fact]
    public void Segment_level_overlap_share_is_configurable()
    {
        var agreement = CodingAgreementAnalysis.Compute(OverlappingSegments(), level: AgreementUnitLevel.Segment, minimumOverlap: 0.5);

        Assert.Equal(2, agreement.Units);
        Assert.Equal(100.0, agreement.PercentAgreement);
    }

    [Fact]
    public void Segment_level_without_offsets_matches_identical_excerpts()
    {
        var project = Project([Interview("E1")],
            [
                Segment("E1", "X", "On prête  les vidéoprojecteurs.", "Alice"), Segment("E1", "X", "On prête les vidéoprojecteurs.", "Bruno"),
                Segment("E1", "X", "Le transport coûte cher.", "Alice"), Segment("E1", "X", "Le transport coûte.", "Bruno"),
            ], "X");

        var agreement = CodingAgreementAnalysis.Compute(project, level: AgreementUnitLevel.Segment);

        Assert.Equal(3, agreement.Units);
        Assert.Equal(1, agreement.Comparisons.Count(c => c.Agrees));
    }

    [Fact]
    public void Three_coders_get_alpha_and_percent_agreement_but_no_Cohen_kappa()
    {
        var project = Project([Interview("E1"), Interview("E2")],
            [
                Segment("E1", "X", coder: "A"), Segment("E1", "X", coder: "B"), Segment("E1", "Y", coder: "C"),
                Segment("E2", "Y", coder: "A"), Segment("E2", "Y", coder: "B"), Segment("E2", "Y", coder: "C"),
            ], "X", "Y");

        var agreement = CodingAgreementAnalysis.Compute(project);

        Assert.Equal(["A", "B", "C"], agreement.Coders);
        Assert.Null(agreement.CohenKappa);
        Assert.NotNull(agreement.KrippendorffAlpha);
        Assert.Contains(agreement.Notes, n => n.Contains("défini pour deux codeurs"));
        // E1·X: 1,1,0 (1 pair of 3 agrees); E1·Y: 0,0,1 (1 of 3); E2·X: 0,0,0 (3); E2·Y: 1,1,1 (3): 8/12.
        Assert.Equal(100.0 * 8 / 12, agreement.PercentAgreement!.Value, 12);
    }

    [Fact]
    public void Coders_are_chosen_by_name_ignoring_case()
    {
        var agreement = CodingAgreementAnalysis.Compute(TwoCoders(), ["bruno", "ALICE"]);

        Assert.Equal(["Bruno", "Alice"], agreement.Coders);
    }

    [Fact]
    public void An_unknown_coder_or_a_single_coder_is_refused_in_French()
    {
        var unknown = Assert.Throws<ArgumentException>(() => CodingAgreementAnalysis.Compute(TwoCoders(), ["Alice", "Zoé"]));
        Assert.Contains("Codeur inconnu : « Zoé »", unknown.Message);

        var single = Project([Interview("E1")], [Segment("E1", "X", coder: "Alice")], "X");
        var alone = Assert.Throws<ArgumentException>(() => CodingAgreementAnalysis.Compute(single));
        Assert.Contains("au moins deux codeurs", alone.Message);
    }

    [Fact]
    public void Agreement_table_has_a_row_per_code_and_an_overall_row()
    {
        var frame = CodingAgreementAnalysis.Compute(TwoCoders()).ToDataFrame();

        Assert.Equal(["code", "unités", "accord (%)", "kappa de Cohen", "kappa de Brennan et Prediger", "alpha de Krippendorff", "remarques"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(4, frame.Rows.Count);
        Assert.Equal(CodingAgreement.OverallLabel, frame.Columns["code"][3]);
    }

    private sealed class ComparisonComparer : IEqualityComparer<AgreementComparison>
    {
        public bool Equals(AgreementComparison? x, AgreementComparison? y) =>
            x!.InterviewId == y!.InterviewId && x.Code == y.Code && x.Start == y.Start && x.End == y.End && x.CodedBy.SequenceEqual(y.CodedBy);

        public int GetHashCode(AgreementComparison obj) => obj.InterviewId.GetHashCode();
    }
}
