using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Tests.Impact;

public class FactorLibraryTests
{
    private static readonly FactorLibrary Library = FactorLibrary.Default;

    [Theory]
    [InlineData("video_projector", 40.5, 94, 200, 8)]
    [InlineData("display", 64.7, 65.9, 438, 6)]
    [InlineData("tv", 152, 328.3, 363, 8)]
    [InlineData("touch_display", 328.3, 431, 602, 8)]
    [InlineData("video_wall", 328.3, 431, 602, 8)]
    [InlineData("media_player", 5.2, 26.7, 61.4, 4)]
    [InlineData("computer_laptop", 132, 182.3, 315, 5)]
    [InlineData("computer_desktop", 187, 204.9, 421, 6)]
    [InlineData("computer_mini_pc", 71, 175, 194, 4)]
    [InlineData("tablet", 34, 83.9, 150, 3)]
    [InlineData("smartphone", 31, 79.3, 84, 2.5)]
    [InlineData("loudspeaker", 19.8, 19.8, 61, 5)]
    [InlineData("vr_headset", 45.9, 77.3, 98.4, 5)]
    [InlineData("interactive_kiosk", 256, 606, 796, 5)]
    [InlineData("server", 684, 1300, 3660, 5)]
    [InlineData("network", 10, 16, 61.4, 5)]
    [InlineData("printer", 10.8, 130, 1500, 5)]
    public void The_shipped_library_maps_each_category_to_its_sourced_row(string category, double low, double typical, double high, double lifetime)
    {
        var device = Library.Device(category);

        Assert.True(device.IsUsable);
        Assert.Equal(new FactorRange(low, typical, high), device.Embodied.Range);
        Assert.Equal(lifetime, device.LifetimeYears);
        Assert.Equal("kgCO2e/unité", device.Embodied.Unit);
        Assert.False(string.IsNullOrWhiteSpace(device.Mapping));
        Assert.False(string.IsNullOrWhiteSpace(device.Embodied.LowSource));
        Assert.False(string.IsNullOrWhiteSpace(device.Embodied.TypicalSource));
        Assert.False(string.IsNullOrWhiteSpace(device.Embodied.HighSource));
        Assert.False(string.IsNullOrWhiteSpace(device.Lifetime!.Source));
    }

    [Fact]
    public void Displays_map_to_the_ADEME_24_inch_monitor_and_tvs_to_the_48_inch_tv()
    {
        Assert.Contains("24 pouces", Library.Device("display").Mapping);
        Assert.Contains("48 pouces", Library.Device("tv").Mapping);
        Assert.Equal(FactorStatus.Sourced, Library.Device("tv").Embodied.Status);
    }

    [Theory]
    [InlineData("touch_display", FactorStatus.Derived)]
    [InlineData("video_wall", FactorStatus.Derived)]
    [InlineData("interactive_kiosk", FactorStatus.Derived)]
    [InlineData("loudspeaker", FactorStatus.Proxy)]
    [InlineData("network", FactorStatus.Proxy)]
    public void Derived_and_proxy_rows_are_estimates(string category, FactorStatus status)
    {
        var embodied = Library.Device(category).Embodied;

        Assert.Equal(status, embodied.Status);
        Assert.True(embodied.Status.IsEstimate());
        Assert.StartsWith("estimation", embodied.Status.French());
    }

    [Theory]
    [InlineData("headphones")]
    [InlineData("amplifier")]
    [InlineData("camera_photo")]
    [InlineData("camera_video")]
    [InlineData("projection_screen")]
    [InlineData("av_signal")]
    [InlineData("microphone")]
    [InlineData("other")]
    public void Categories_without_a_sourced_factor_are_missing_never_zero(string category)
    {
        var device = Library.Device(category);

        Assert.False(device.IsUsable);
        Assert.Equal(FactorStatus.Missing, device.Embodied.Status);
        Assert.False(string.IsNullOrWhiteSpace(device.MissingReason));
        Assert.Equal("facteur manquant", device.Embodied.Status.French());
    }

    [Fact]
    public void Every_category_of_the_taxonomy_is_either_counted_or_flagged()
    {
        foreach (var category in EquipmentTaxonomy.All)
        {
            var device = Library.Device(category.Id);
            Assert.True(device.IsUsable || device.MissingReason is not null, category.Id);
        }
    }

    [Fact]
    public void The_shipped_library_has_the_grid_van_per_capita_and_refurbished_rates_with_sources()
    {
        Assert.Equal(new FactorRange(0.0519, 0.0519, 0.098), Library.Grid.Range);
        Assert.Equal("kgCO2e/kWh", Library.Grid.Unit);
        Assert.Equal(new FactorRange(0.2, 0.26, 0.33), Library.TransportVan.Range);
        Assert.Equal(9.4, Library.PerCapita.Range.Typical);
        Assert.Contains("SDES", Library.PerCapita.TypicalSource);
        Assert.Equal(new FactorRange(0.64, 0.755, 0.87), Library.RefurbishedSaving("smartphone").Range);
        Assert.Equal(new FactorRange(0.46, 0.63, 0.80), Library.RefurbishedSaving("tablet").Range);
        Assert.Equal(new FactorRange(0.43, 0.70, 0.97), Library.RefurbishedSaving("computer_desktop").Range);
        Assert.Equal("refurbished_saving_default", Library.RefurbishedSaving("video_projector").Id);
        Assert.All(Library.AllFactors().Where(f => !f.IsMissing), f => Assert.False(string.IsNullOrWhiteSpace(f.Source), f.Id));
    }

    [Fact]
    public void The_use_phase_comes_from_annual_kWh_or_power_times_hours()
    {
        Assert.Equal(73, Library.Device("display").AnnualEnergy!.Range.Typical);
        // Touch display: 65 W × 10 h × 365 days = 237.25 kWh.
        var touch = Library.Device("touch_display").AnnualEnergy!;
        Assert.Equal(237.25, touch.Range.Typical, 9);
        Assert.Contains("calcul", touch.Source);
        Assert.Null(Library.Device("interactive_kiosk").AnnualEnergy);
    }

    [Fact]
    public void A_user_file_in_french_excel_layout_is_read()
    {
        var library = FactorLibrary.Load(Path.Combine("Fixtures", "Impact", "fixed-factors.csv"));

        Assert.Equal(FactorRange.Fixed(65.9), library.Device("display").Embodied.Range);
        Assert.Equal(36.5, library.Device("video_projector").AnnualEnergy!.Range.Typical);
        Assert.Equal(0.0519, library.Grid.Range.Typical);
        Assert.Equal("fixed-factors.csv", library.SourceName);
        Assert.False(library.Device("server").IsUsable);
    }

    [Fact]
    public void A_broken_factor_file_names_the_file_row_and_column_of_every_problem()
    {
        var csv = """
            factor_id,kind,categories,low,typical,high,status,typical_source,lifetime_years
            display,embodied,display,70,60,438,SOURCED,ADEME,6
            tv,embodied,tv,,abc,,SOURCED,ADEME,8
            kiosk,embodied,borne,1,2,3,SOURCED,X,5
            electricity_fr,grid,,0.05,0.05,0.05,PEUT-ÊTRE,Base Empreinte,
            """;

        var error = Assert.Throws<InputFileException>(() => FactorLibraryReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), "facteurs.csv"));

        Assert.Equal("facteurs.csv", error.File);
        Assert.Equal(2, error.Row);
        Assert.Equal("typical", error.Column);
        Assert.Contains("basse ≤ typique ≤ haute", error.Message);
        Assert.Contains("ligne 3", error.Message);
        Assert.Contains("« abc » n'est pas un nombre", error.Message);
        Assert.Contains("catégorie inconnue « borne »", error.Message);
        Assert.Contains("statut « PEUT-ÊTRE » inconnu", error.Message);
        Assert.Contains("aucune ligne « transport »", error.Message);
    }
}
