using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Agreement;
using Ressourcerie.Analytics.Interviews.Frequencies;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews;

public class InterviewAnalysisTests
{
    private static readonly InterviewAnalysis Analysis = new(StudyProject(), StudyInstitutions());

    [Fact]
    public void The_facade_runs_every_analysis_on_the_project()
    {
        Assert.Equal(3, Analysis.CodeFrequencies().Find("Freins > Coût")!.Segments);
        Assert.Equal(["technique (régisseur·e)", "DSI", "collections"], Analysis.CodeByProfile().Groups);
        Assert.Equal(["musée", "frac", "non renseigné"], Analysis.CodeByInstitutionType().Groups);
        Assert.Equal(["code", "technique (régisseur·e)", "DSI", "collections", "total"], Analysis.CodeProfileMatrix().Columns.Select(c => c.Name));
        Assert.Equal(3, Analysis.CoOccurrence().Codes.Count(c => c.StartsWith("Freins", StringComparison.Ordinal)));
        Assert.Equal(4, Analysis.Saturation(baseSize: 2, runLength: 1).Curve.Count);
        Assert.Equal(["Alice", "Bruno"], Analysis.Agreement(level: AgreementUnitLevel.Segment).Coders);
    }

    [Fact]
    public void ForCoder_keeps_one_coder_s_segments_and_every_interview()
    {
        var bruno = Analysis.ForCoder("Bruno");

        Assert.Equal(4, bruno.CodeFrequencies().InterviewCount);
        Assert.Equal(1, bruno.CodeFrequencies().Rows.Sum(r => r.Segments));
        Assert.Equal(Analysis.Pseudonyms.PseudonymOf("E3"), bruno.Pseudonyms.PseudonymOf("E3"));
        Assert.Throws<ArgumentException>(() => Analysis.ForCoder("Zoé"));
    }

    [Fact]
    public void A_salt_switches_pseudonyms_to_salted_hash_numbers()
    {
        var salted = new InterviewAnalysis(StudyProject(), pseudonymSalt: "sel");

        Assert.Equal(PseudonymNumbering.SaltedHash, salted.Pseudonyms.Numbering);
        Assert.Matches(@"^Régisseur·e \d{4}$", salted.Verbatims("Freins > Coût")[0].Pseudonym);
    }

    [Fact]
    public void Interviews_known_only_from_segments_still_get_a_pseudonym()
    {
        var project = Project([], [Segment("E7", "X", "texte")], "X");

        var verbatim = Assert.Single(new InterviewAnalysis(project).Verbatims("X"));

        Assert.Equal("Répondant·e 1", verbatim.Pseudonym);
        Assert.Equal("non renseigné", verbatim.InstitutionType);
    }

    [Fact]
    public void Results_are_identical_from_one_run_to_the_next()
    {
        var again = new InterviewAnalysis(StudyProject(), StudyInstitutions());

        Assert.Equal(Analysis.CodeFrequencies().Rows, again.CodeFrequencies().Rows);
        Assert.Equal(Analysis.CoOccurrence().Pairs, again.CoOccurrence().Pairs);
        static IEnumerable<string> Flatten(IEnumerable<Ressourcerie.Analytics.Interviews.Verbatims.Verbatim> verbatims) =>
            verbatims.Select(v => $"{v.Code}|{v.InterviewId}|{v.Start}|{v.Excerpt}|{v.Pseudonym}|{string.Join(",", v.Coders)}");
        Assert.Equal(Flatten(Analysis.Verbatims("Freins", includeSubcodes: true)), Flatten(again.Verbatims("Freins", includeSubcodes: true)));
        Assert.Equal(Analysis.CodeByProfile().Matrix(FrequencyMeasure.Segments).ToString(), again.CodeByProfile().Matrix(FrequencyMeasure.Segments).ToString());
    }
}
