using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Tests.Inventories;

public class FrenchRegionsTests
{
    [Fact]
    public void There_are_18_regions_and_each_is_recognised_as_itself()
    {
        Assert.Equal(18, FrenchRegions.Current.Count);
        foreach (var region in FrenchRegions.Current)
        {
            Assert.True(FrenchRegions.TryNormalize(region, out var found, out bool former), region);
            Assert.Equal((region, false), (found, former));
        }
    }

    [Theory]
    [InlineData("Alsace", "Grand Est")]
    [InlineData("lorraine", "Grand Est")]
    [InlineData("Champagne-Ardenne", "Grand Est")]
    [InlineData("Aquitaine", "Nouvelle-Aquitaine")]
    [InlineData("Limousin", "Nouvelle-Aquitaine")]
    [InlineData("Poitou-Charentes", "Nouvelle-Aquitaine")]
    [InlineData("Auvergne", "Auvergne-Rhône-Alpes")]
    [InlineData("Rhône-Alpes", "Auvergne-Rhône-Alpes")]
    [InlineData("Bourgogne", "Bourgogne-Franche-Comté")]
    [InlineData("Franche-Comté", "Bourgogne-Franche-Comté")]
    [InlineData("Basse-Normandie", "Normandie")]
    [InlineData("HAUTE NORMANDIE", "Normandie")]
    [InlineData("Languedoc-Roussillon", "Occitanie")]
    [InlineData("Midi-Pyrénées", "Occitanie")]
    [InlineData("Nord-Pas-de-Calais", "Hauts-de-France")]
    [InlineData("Picardie", "Hauts-de-France")]
    [InlineData("Centre", "Centre-Val de Loire")]
    public void Former_regions_map_to_the_current_ones(string former, string current)
    {
        Assert.True(FrenchRegions.TryNormalize(former, out var region, out bool isFormer));
        Assert.Equal((current, true), (region, isFormer));
    }

    [Theory]
    [InlineData("ile de france", "Île-de-France")]
    [InlineData("ÎLE-DE-FRANCE", "Île-de-France")]
    [InlineData("IDF", "Île-de-France")]
    [InlineData("PACA", "Provence-Alpes-Côte d'Azur")]
    [InlineData("provence alpes cote d azur", "Provence-Alpes-Côte d'Azur")]
    [InlineData("Réunion", "La Réunion")]
    [InlineData("AURA", "Auvergne-Rhône-Alpes")]
    [InlineData("Polynésie française", "Polynésie française")]
    [InlineData("Région Bretagne", "Bretagne")]
    [InlineData("region Grand Est", "Grand Est")]
    public void Case_accents_and_abbreviations_do_not_matter(string typed, string current)
    {
        Assert.True(FrenchRegions.TryNormalize(typed, out var region, out bool former));
        Assert.Equal((current, false), (region, former));
    }

    [Theory]
    [InlineData("Bretagnne", "Bretagne")]
    [InlineData("Normandy", "Normandie")]
    [InlineData("Occitannie", "Occitanie")]
    public void Typos_get_a_suggestion(string typed, string suggestion)
    {
        Assert.False(FrenchRegions.TryNormalize(typed, out _, out _));
        Assert.Equal(suggestion, FrenchRegions.Suggest(typed));
    }
}
