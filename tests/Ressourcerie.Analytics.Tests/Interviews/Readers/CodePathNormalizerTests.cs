using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

public class CodePathNormalizerTests
{
    [Theory]
    [InlineData(new[] { "Freins > Coût", "Matériel > Audio/vidéo" }, ">")]
    [InlineData(new[] { "Freins::Coût", "Freins::Délais" }, "::")]
    [InlineData(new[] { "Freins\\Coût", "Leviers\\Prêt" }, "\\")]
    [InlineData(new[] { "Freins/Coût", "Freins/Délais", "Audio/vidéo" }, "/")]
    [InlineData(new[] { "Freins", "Freins/Coût" }, "/")]
    [InlineData(new[] { "Audio/vidéo", "Son/lumière", "Prêt" }, null)]
    [InlineData(new[] { "Freins", "Leviers" }, null)]
    public void The_separator_is_the_one_the_file_uses(string[] codes, string? expected) =>
        Assert.Equal(expected, CodePathNormalizer.DetectSeparator(codes));

    [Theory]
    [InlineData("Freins>Coût", ">", "Freins > Coût")]
    [InlineData("  Freins  financiers >   Coût ", ">", "Freins financiers > Coût")]
    [InlineData("Freins::Coût::Camion", "::", "Freins > Coût > Camion")]
    [InlineData("Matériel > Audio/vidéo", ">", "Matériel > Audio/vidéo")]
    [InlineData("Audio/vidéo", null, "Audio/vidéo")]
    public void Codes_are_written_Parent_greater_than_Child(string raw, string? separator, string expected) =>
        Assert.Equal(expected, CodePathNormalizer.Normalize(raw, separator));

    [Fact]
    public void Empty_levels_are_dropped_and_reported()
    {
        Assert.Equal("Freins > Coût", CodePathNormalizer.Normalize("Freins >  > Coût >", ">", out bool dropped));
        Assert.True(dropped);
        Assert.Equal("", CodePathNormalizer.Normalize(" > ", ">"));
    }
}
