using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Characters a damaged file decodes to, which Unicode normalisation refuses alone (it threw and
/// stopped <c>Study.Load</c>, found by fuzzing): a byte-swapped BOM (U+FFFE), U+FFFF, the
/// noncharacters U+FDD0–U+FDEF, half of a surrogate pair, an emoji. Each separates words like any symbol.
/// </summary>
public class DamagedTextFoldingTests
{
    [Theory]
    [InlineData("MUS-1\uFFFE", "mus1", "mus 1")]
    [InlineData("\uFFFFVidéo\uFDD0projecteur", "videoprojecteur", "video projecteur")]
    [InlineData("Écran\uFDEF géant\uFFFE", "ecrangeant", "ecran geant")]
    [InlineData("Tablette \uD83D\uDCF1 prêtée", "tablettepretee", "tablette pretee")]
    [InlineData("Caméra\uD83D", "camera", "camera")]
    [InlineData("\uDCF1Caméra", "camera", "camera")]
    public void Noncharacters_and_broken_surrogates_fold_as_separators(string text, string fold, string words)
    {
        Assert.Equal(fold, MatchKey.Fold(text));
        Assert.Equal(words, MatchKey.FoldWords(text));
    }
}
