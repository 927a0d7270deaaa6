using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Analytics.Tests.SampleData;

public class InterviewCorpusTests
{
    [Fact]
    public void Every_passage_uses_codes_of_the_codebook_and_every_code_has_a_passage()
    {
        var codes = InterviewCorpus.Codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        Assert.All(InterviewCorpus.Passages.SelectMany(p => p.Codes), code => Assert.Contains(code, codes));
        Assert.All(codes, code => Assert.Contains(InterviewCorpus.Passages, p => p.MainCode == code && !p.ExercisesSafetyRules));
        Assert.All(InterviewCorpus.ConfusedPairs, pair => Assert.True(codes.Contains(pair.Item1) && codes.Contains(pair.Item2)));
    }

    [Fact]
    public void Every_parent_code_is_a_step_of_the_interview_guide()
    {
        var parents = InterviewCorpus.Codebook().ChildrenOf(null).Select(c => c.Path).ToHashSet();

        Assert.Equal(InterviewCorpus.GuideOrder.ToHashSet(), parents);
    }

    [Fact]
    public void Passages_are_distinct_clean_sentences()
    {
        var texts = InterviewCorpus.Passages.Select(p => p.Text).ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.All(texts, t => Assert.Equal(t.Trim(), t));
        Assert.All(texts, t => Assert.Matches(@"[.!?…»]$", t));
    }
}
