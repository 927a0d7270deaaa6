using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

public class RespondentProfileParserTests
{
    [Theory]
    [InlineData("technique", RespondentProfile.Technique)]
    [InlineData("Régisseur", RespondentProfile.Technique)]
    [InlineData("régisseuse d'exposition", RespondentProfile.Technique)]
    [InlineData("Régie", RespondentProfile.Technique)]
    [InlineData("technical manager", RespondentProfile.Technique)]
    [InlineData("DSI", RespondentProfile.Dsi)]
    [InlineData("Service informatique", RespondentProfile.Dsi)]
    [InlineData("IT", RespondentProfile.Dsi)]
    [InlineData("Numérique", RespondentProfile.Numerique)]
    [InlineData("digital", RespondentProfile.Numerique)]
    [InlineData("Chargée de médiation numérique", RespondentProfile.Numerique)]
    [InlineData("collections", RespondentProfile.Collections)]
    [InlineData("Conservation", RespondentProfile.Collections)]
    [InlineData("Régie des œuvres", RespondentProfile.Collections)]
    [InlineData("régisseuse des collections", RespondentProfile.Collections)]
    [InlineData("RSO", RespondentProfile.Rso)]
    [InlineData("Développement durable", RespondentProfile.Rso)]
    [InlineData("RSE", RespondentProfile.Rso)]
    [InlineData("expert", RespondentProfile.Expert)]
    [InlineData("Experte", RespondentProfile.Expert)]
    [InlineData("expert·e", RespondentProfile.Expert)]
    [InlineData("Consultant", RespondentProfile.Expert)]
    [InlineData("autre", RespondentProfile.Autre)]
    public void Synonyms_give_the_profile(string text, RespondentProfile expected)
    {
        Assert.True(RespondentProfileParser.TryParse(text, out var profile));
        Assert.Equal(expected, profile);
    }

    [Fact]
    public void Text_naming_two_profiles_is_ambiguous_and_unknown_text_is_refused()
    {
        Assert.False(RespondentProfileParser.TryParse("DSI et numérique", out _, out bool ambiguous));
        Assert.True(ambiguous);
        Assert.False(RespondentProfileParser.TryParse("directeur", out _, out ambiguous));
        Assert.False(ambiguous);
        Assert.False(RespondentProfileParser.TryParse("", out _));
    }

    [Fact]
    public void Canonical_values_read_back_as_their_profile()
    {
        foreach (var profile in Enum.GetValues<RespondentProfile>())
        {
            Assert.True(RespondentProfileParser.TryParse(RespondentProfileParser.CanonicalValue(profile), out var read));
            Assert.Equal(profile, read);
        }
    }
}
