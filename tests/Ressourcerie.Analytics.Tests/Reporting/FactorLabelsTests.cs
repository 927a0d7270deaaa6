using Ressourcerie.Analytics.Reporting;

namespace Ressourcerie.Analytics.Tests.Reporting;

public class FactorLabelsTests
{
    [Theory]
    [InlineData("video_projector", "Vidéoprojecteur", "Fabrication (Vidéoprojecteur)")]
    [InlineData("video_wall", "Mur d'images (par dalle)", "Fabrication : Mur d'images (par dalle)")]
    [InlineData("refurbished_saving_computer", "Part de l'empreinte évitée par un achat reconditionné (ordinateurs)", "Économie du reconditionné (ordinateurs)")]
    [InlineData("video_projector_lifetime", "Durée de vie (Vidéoprojecteur)", "Durée de vie (Vidéoprojecteur)")]
    [InlineData("electricity_fr", "Électricité France (mix moyen de consommation)", "Électricité France (mix moyen de consommation)")]
    public void Embodied_footprints_and_refurbished_rates_get_names_that_say_what_they_are(string id, string label, string expected) =>
        Assert.Equal(expected, FactorLabels.Readable(id, label));
}
