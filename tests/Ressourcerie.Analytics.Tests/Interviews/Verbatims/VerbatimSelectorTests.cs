using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Verbatims;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Verbatims;

public class VerbatimSelectorTests
{
    private static readonly InterviewAnalysis Analysis = new(StudyProject(), StudyInstitutions(), namesToRedact: ["Pierre Durand"]);

    [Fact]
    public void Verbatims_carry_pseudonym_profile_and_institution_type_never_the_name()
    {
        var verbatims = Analysis.Verbatims("Freins > Coût");

        Assert.Equal(
        [
            ("Le coût de transport est un frein.", "E1", "technique (régisseur·e)", "musée", "Régisseur·e 1", "Alice", 10),
            ("Régisseur·e 1 : on paie l'assurance.", "E1", "technique (régisseur·e)", "musée", "Régisseur·e 1", "Alice", 100),
            ("Trop cher à emballer.", "E2", "technique (régisseur·e)", "frac", "Régisseur·e 2", "Alice", 5),
        ], verbatims.Select(v => (v.Excerpt, v.InterviewId, v.Profile, v.InstitutionType, v.Pseudonym, string.Join(", ", v.Coders), v.Start!.Value)));
        Assert.All(verbatims, v => Assert.Equal("Freins > Coût", v.Code));
        Assert.DoesNotContain(verbatims, v => v.Excerpt.Contains("Marie") || v.Pseudonym.Contains("Marie"));
    }

    [Fact]
    public void Verbatims_are_redacted_by_default_and_raw_only_on_request()
    {
        Assert.Equal("Appelez-moi au [téléphone].", Analysis.Verbatims("Leviers > Mutualisation")[1].Excerpt);
        Assert.Equal("Appelez-moi au 06 12 34 56 78.", Analysis.Verbatims("Leviers > Mutualisation", redact: false)[1].Excerpt);
    }

    [Fact]
    public void Verbatims_of_a_parent_can_include_its_subcodes_in_interview_then_text_order()
    {
        var verbatims = Analysis.Verbatims("Freins", includeSubcodes: true);

        Assert.Equal(
            [("E1", 10), ("E1", 100), ("E1", 200), ("E2", 5), ("E2", 50)],
            verbatims.Select(v => (v.InterviewId, v.Start!.Value)));
        Assert.Single(Analysis.Verbatims("Freins"));
    }

    [Fact]
    public void The_code_may_be_typed_without_its_exact_case_or_accents()
    {
        Assert.Equal(3, Analysis.Verbatims("freins > cout").Count);
    }

    [Fact]
    public void An_unknown_code_is_refused_in_French()
    {
        var error = Assert.Throws<ArgumentException>(() => Analysis.Verbatims("Freins > Météo"));
        Assert.Contains("Code inconnu : « Freins > Météo »", error.Message);
    }

    [Fact]
    public void Verbatim_table_has_French_columns_and_no_respondent_column()
    {
        var frame = VerbatimSelector.ToDataFrame(Analysis.Verbatims("Freins > Coût"));

        Assert.Equal(["code", "extrait", "entretien", "profil", "type d'institution", "pseudonyme", "codeurs"], frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_passage_coded_by_two_coders_is_one_verbatim_listing_both()
    {
        var project = Project([Interview("E1", respondent: "Zoé Roux")],
            [
                Segment("E1", "X", "Zoé Roux prête ses écrans.", "Thomas", 0, 26),
                Segment("E1", "X", "Zoé Roux prête ses écrans. ", "Léa", 0, 26),
                Segment("E1", "X", "Autre passage.", "Léa", 40, 54),
            ], "X");

        var verbatims = new InterviewAnalysis(project).Verbatims("X");

        Assert.Equal(2, verbatims.Count);
        Assert.Equal(["Léa", "Thomas"], verbatims[0].Coders);
        Assert.Equal("Régisseur·e 1 prête ses écrans.", verbatims[0].Excerpt.Trim());
    }
}
