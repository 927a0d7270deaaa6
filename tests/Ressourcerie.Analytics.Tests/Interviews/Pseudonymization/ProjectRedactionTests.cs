using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Pseudonymization;

public class ProjectRedactionTests
{
    [Fact]
    public void Names_are_replaced_in_excerpts_and_memos_and_changed_segments_lose_their_offsets_but_stay_one_passage()
    {
        var project = StudyProject();
        var memo = project.Segments[0] with { Memo = "Vu avec Jean Martin" };
        project = project with { Segments = [memo, .. project.Segments.Skip(1), project.Segments[1] with { CodePath = "Freins > Logistique", Coder = "Bruno" }] };
        var analysis = new InterviewAnalysis(project);

        var redacted = ProjectRedaction.Redact(project, analysis.Redactor, out int changed);

        // "Marie Blanc : on paie l'assurance." twice, and the phone number.
        Assert.Equal(3, changed);
        Assert.Equal("Régisseur·e 1 : on paie l'assurance.", redacted.Segments[1].Excerpt);
        Assert.Equal((null, null), (redacted.Segments[1].Start, redacted.Segments[1].End));
        Assert.Equal((10, 40), (redacted.Segments[0].Start!.Value, redacted.Segments[0].End!.Value));
        Assert.Equal("Vu avec Régisseur·e 2", redacted.Segments[0].Memo);
        Assert.Equal("Appelez-moi au [téléphone].", redacted.Segments[6].Excerpt);
        Assert.All(redacted.Interviews, i => Assert.Null(i.Respondent));
        Assert.Equal(analysis.Passages().Count, new InterviewAnalysis(redacted).Passages().Count);
    }
}
