using System.Text.Json;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Tests.Interviews;
using Ressourcerie.Cli;

namespace Ressourcerie.Analytics.Tests.Cli;

/// <summary>The interview results serialise as they are to the JSON keys of shared/CLI.md.</summary>
public class InterviewResultsJsonTests
{
    private static JsonElement Serialize<T>(T value)
    {
        var output = new StringWriter();
        CliJson.Write(output, value);
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }

    [Fact]
    public void Agreement_serialises_to_the_interviews_agreement_keys()
    {
        var project = TestProjects.Project([TestProjects.Interview("E1"), TestProjects.Interview("E2")],
            [
                TestProjects.Segment("E1", "Freins", coder: "A"), TestProjects.Segment("E1", "Freins", coder: "B"),
                TestProjects.Segment("E2", "Leviers", coder: "A"), TestProjects.Segment("E2", "Freins", coder: "B"),
            ], "Freins", "Leviers");
        var json = Serialize(new InterviewAnalysis(project).Agreement());

        foreach (var key in new[] { "percent_agreement", "cohen_kappa", "krippendorff_alpha", "units", "brennan_prediger_kappa", "coders", "by_code", "notes" })
            Assert.True(json.TryGetProperty(key, out _), key);
        Assert.Equal("document", json.GetProperty("level").GetString());
        Assert.False(json.TryGetProperty("comparisons", out _));
        Assert.Equal("Freins", json.GetProperty("by_code")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Undefined_coefficients_serialise_as_null()
    {
        var project = TestProjects.Project([TestProjects.Interview("E1")],
            [TestProjects.Segment("E1", "X", coder: "A"), TestProjects.Segment("E1", "X", coder: "B")], "X");

        var json = Serialize(new InterviewAnalysis(project).Agreement());

        Assert.Equal(JsonValueKind.Null, json.GetProperty("cohen_kappa").ValueKind);
        Assert.Equal(100, json.GetProperty("percent_agreement").GetDouble());
    }

    [Fact]
    public void Code_frequencies_serialise_with_code_segments_and_interviews()
    {
        var json = Serialize(new InterviewAnalysis(TestProjects.StudyProject()).CodeFrequencies().Rows);

        var cost = json.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "Freins > Coût");
        Assert.Equal(3, cost.GetProperty("segments").GetInt32());
        Assert.Equal(2, cost.GetProperty("interviews").GetInt32());
    }
}
