using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.Ingestion;

public class MatchKeyTests
{
    [Theory]
    [InlineData("Prix d'achat (€)", "prixdachat")]
    [InlineData("prix_achat", "prixachat")]
    [InlineData("Année d'acquisition", "anneedacquisition")]
    [InlineData("  ÉTABLISSEMENT-ID ", "etablissementid")]
    [InlineData("Œuvre", "oeuvre")]
    public void Fold_ignores_case_accents_spaces_and_punctuation(string header, string expected) =>
        Assert.Equal(expected, MatchKey.Fold(header));

    [Fact]
    public void FoldWords_keeps_word_boundaries_as_single_spaces() =>
        Assert.Equal("video projecteur epson eb 2250u", MatchKey.FoldWords("Vidéo-projecteur  Epson EB-2250U"));
}
