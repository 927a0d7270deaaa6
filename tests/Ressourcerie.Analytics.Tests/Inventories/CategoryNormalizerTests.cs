using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Tests.Inventories;

public class CategoryNormalizerTests
{
    private static readonly CategoryNormalizer Normalizer = CategoryNormalizer.Default;

    [Theory]
    // Projectors, as people type them.
    [InlineData("Vidéoprojecteur", "video_projector")]
    [InlineData("VIDEOPROJECTEUR", "video_projector")]
    [InlineData("Vidéo-projecteur", "video_projector")]
    [InlineData("video projecteur", "video_projector")]
    [InlineData("VP", "video_projector")]
    [InlineData("vidéoproj.", "video_projector")]
    [InlineData("vidéo proj", "video_projector")]
    [InlineData("Vidéoprojecteurs", "video_projector")]
    [InlineData("Projecteur", "video_projector")]
    [InlineData("Epson EB-2250U", "video_projector")]
    [InlineData("video_projector", "video_projector")]
    [InlineData("Video projector", "video_projector")]
    [InlineData("Vidéo-projecteur LED", "video_projector")]
    // "projecteur" is lighting when the stage words say so.
    [InlineData("Projecteur LED", "lighting_control")]
    [InlineData("projecteur lumière", "lighting_control")]
    [InlineData("Lyre", "lighting_control")]
    [InlineData("Découpe", "lighting_control")]
    [InlineData("Projecteur de découpe ETC", "lighting_control")]
    // Screens: display, projection screen, touch, TV.
    [InlineData("Écran", "display")]
    [InlineData("ecran", "display")]
    [InlineData("Moniteur", "display")]
    [InlineData("Écrans LCD", "display")]
    [InlineData("Écran de projection", "projection_screen")]
    [InlineData("Toile de projection motorisée", "projection_screen")]
    [InlineData("Toile", "projection_screen")]
    [InlineData("Écran tactile", "touch_display")]
    [InlineData("Table tactile", "touch_display")]
    [InlineData("TV", "tv")]
    [InlineData("Téléviseur", "tv")]
    [InlineData("télé", "tv")]
    [InlineData("Television", "tv")]
    [InlineData("écran 55 pouces", "tv")]
    [InlineData("Écran 65''", "tv")]
    [InlineData("Moniteur 43\"", "tv")]
    [InlineData("écran 24 pouces", "display")]
    [InlineData("Mur d'images", "video_wall")]
    [InlineData("Apple TV", "media_player")]
    [InlineData("Apple TV 4K", "media_player")]
    // "moniteur de studio" is a loudspeaker.
    [InlineData("Moniteur de studio", "loudspeaker")]
    // "HP": haut-parleur alone, Hewlett-Packard with a model.
    [InlineData("HP", "loudspeaker")]
    [InlineData("Haut-parleur", "loudspeaker")]
    [InlineData("HP EliteBook 840", "computer_laptop")]
    [InlineData("HP LaserJet Pro", "printer")]
    [InlineData("Enceinte", "loudspeaker")]
    [InlineData("Enceintes Genelec", "loudspeaker")]
    [InlineData("Caisson de basses", "loudspeaker")]
    [InlineData("Sub", "loudspeaker")]
    // "casque": headphones unless VR words or brands say otherwise.
    [InlineData("Casque", "headphones")]
    [InlineData("Casque audio", "headphones")]
    [InlineData("Casque VR", "vr_headset")]
    [InlineData("Casque de réalité virtuelle", "vr_headset")]
    [InlineData("casque immersif", "vr_headset")]
    [InlineData("Casque Quest", "vr_headset")]
    [InlineData("casque Pico 4", "vr_headset")]
    [InlineData("HTC Vive", "vr_headset")]
    // "switch": network unless HDMI.
    [InlineData("Switch", "network")]
    [InlineData("Switch HDMI", "av_signal")]
    [InlineData("Sélecteur HDMI", "av_signal")]
    [InlineData("Switch réseau 24 ports", "network")]
    // "portable": laptop vs phone.
    [InlineData("Portable", "computer_laptop")]
    [InlineData("Ordinateur portable", "computer_laptop")]
    [InlineData("Téléphone portable", "smartphone")]
    [InlineData("MacBook Pro", "computer_laptop")]
    // Computers and servers.
    [InlineData("Ordinateur", "computer_desktop")]
    [InlineData("Tour", "computer_desktop")]
    [InlineData("UC", "computer_desktop")]
    [InlineData("Mini PC", "computer_mini_pc")]
    [InlineData("Mac mini", "computer_mini_pc")]
    [InlineData("Intel NUC", "computer_mini_pc")]
    [InlineData("Serveur", "server")]
    [InlineData("NAS Synology", "server")]
    [InlineData("Serveur rack", "server")]
    [InlineData("Serveur vidéo", "media_server")]
    [InlineData("iPad", "tablet")]
    [InlineData("Tablette", "tablet")]
    [InlineData("Surface Pro", "tablet")]
    [InlineData("Mobile", "smartphone")]
    // Players, kiosks, cameras.
    [InlineData("Player", "media_player")]
    [InlineData("BrightSign XD", "media_player")]
    [InlineData("Lecteur DVD", "disc_player")]
    [InlineData("Borne interactive", "interactive_kiosk")]
    [InlineData("Kiosque", "interactive_kiosk")]
    [InlineData("Interactive kiosk", "interactive_kiosk")]
    [InlineData("Borne wifi", "network")]
    [InlineData("Borne d'écoute", "audio_guide")]
    [InlineData("Caméra", "camera_video")]
    [InlineData("Webcam", "camera_video")]
    [InlineData("Appareil photo", "camera_photo")]
    [InlineData("Micro HF", "microphone")]
    [InlineData("Retour", "loudspeaker")]
    [InlineData("Boucle magnétique", "hearing_assist")]
    [InlineData("Imprimante 3D", "printer_3d")]
    [InlineData("Découpe laser", "printer_3d")]
    [InlineData("Caméra de profondeur", "sensor_interactive")]
    [InlineData("Mélangeur vidéo", "av_signal")]
    [InlineData("Baie de brassage 19\"", "network")]
    [InlineData("Onduleur", "other")]
    [InlineData("Autre", "other")]
    public void Normalises_real_labels(string label, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(label).CategoryId);

    [Theory]
    [InlineData("Écran", "Écran de projection motorisé 3 m", null, null, "projection_screen")]
    [InlineData("Écran", "Samsung QM55R 55 pouces", "Samsung", "QM55R", "tv")]
    [InlineData("Écran", "Écran bureautique", "Dell", "P2422H 24\"", "display")]
    [InlineData("Casque", null, "Meta", "Quest 3", "vr_headset")]
    [InlineData("Casque", null, "Sennheiser", "HD 280", "headphones")]
    [InlineData("Ordinateur", "Mac mini M2", "Apple", null, "computer_mini_pc")]
    [InlineData("Ordinateur", null, "Apple", "MacBook Air", "computer_laptop")]
    [InlineData("Projecteur", "Projecteur LED RGBW", null, null, "lighting_control")]
    [InlineData("Matériel audiovisuel", "Vidéoprojecteur Epson", null, null, "video_projector")]
    [InlineData("Divers", "Casque", null, null, "headphones")]
    [InlineData("Vidéoprojecteur", "Epson avec écran de projection", null, null, "video_projector")]
    [InlineData("TV", "Apple TV", null, null, "tv")]
    [InlineData("display", "Écran d'affichage 55\" 4K", "Samsung", "QM55C", "display")]
    [InlineData("Écran / moniteur", "Écran 65 pouces", null, null, "display")]
    [InlineData("Moniteur", "Écran d'affichage 55\" 4K", "Samsung", "QM55C", "tv")]
    [InlineData("other", "Vidéoprojecteur", null, null, "other")]
    public void Uses_libelle_brand_and_model_when_the_category_is_vague(string category, string? label, string? brand, string? model, string expected)
    {
        var resolution = Normalizer.Normalize(category, label, brand, model);
        Assert.Equal(expected, resolution.CategoryId);
    }

    [Fact]
    public void Vague_category_without_details_is_other_with_a_warning_evidence()
    {
        var resolution = Normalizer.Normalize("Divers", "Rallonge");
        Assert.Equal("other", resolution.CategoryId);
        Assert.Equal(CategoryEvidence.VagueDefault, resolution.Evidence);
        Assert.Equal(CategoryEvidence.Category, Normalizer.Normalize("Autre", "Rallonge").Evidence);
    }

    [Fact]
    public void Unknown_label_is_rejected_with_the_closest_synonym()
    {
        var resolution = Normalizer.Normalize("vidéoprojcteur");
        Assert.False(resolution.IsKnown);
        Assert.Equal(CategoryEvidence.Unknown, resolution.Evidence);
        Assert.Equal("vidéoprojecteur (video_projector)", resolution.Suggestion);
    }

    [Theory]
    [InlineData("encainte", "loudspeaker")]
    [InlineData("tabelte", "tablet")]
    [InlineData("imprimente", "printer")]
    public void Typos_suggest_the_intended_category(string typo, string expectedCategory)
    {
        var resolution = Normalizer.Normalize(typo);
        Assert.False(resolution.IsKnown);
        Assert.EndsWith($"({expectedCategory})", resolution.Suggestion);
    }

    [Fact]
    public void Gibberish_is_unknown_without_suggestion()
    {
        var resolution = Normalizer.Normalize("zxqwv");
        Assert.Equal(CategoryEvidence.Unknown, resolution.Evidence);
        Assert.Null(resolution.Suggestion);
    }

    [Fact]
    public void Empty_category_is_reported_as_empty_with_a_hint_from_the_libelle()
    {
        var resolution = Normalizer.Normalize("", "Vidéoprojecteur Epson");
        Assert.Equal(CategoryEvidence.Empty, resolution.Evidence);
        Assert.Null(resolution.CategoryId);
        Assert.Equal("vidéoprojecteur (video_projector)", resolution.Suggestion);
    }

    [Theory]
    [InlineData("Granite Surfaces")]
    [InlineData("Surfaces")]
    [InlineData("Focals")]
    [InlineData("Picos")]
    [InlineData("Picot")]
    [InlineData("Questions")]
    [InlineData("Nvidia Shields")]
    public void Brands_and_models_match_whole_words_exactly_never_a_plural_or_a_longer_word(string text) =>
        Assert.False(Normalizer.Normalize(text).IsKnown, $"« {text} » ne désigne aucune marque ni aucun modèle");

    [Theory]
    [InlineData("Surface Pro 9", "tablet")]
    [InlineData("Focal Alpha 65", "loudspeaker")]
    [InlineData("Pico 4", "vr_headset")]
    [InlineData("Meta Quest 3", "vr_headset")]
    [InlineData("Nvidia Shield TV", "media_player")]
    public void Brands_and_models_written_as_such_still_match(string text, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(text).CategoryId);

    [Theory]
    [InlineData("Enceinte", "Surfaces vitrées du hall, Focals et Picot en réserve", "loudspeaker")]
    [InlineData("Casque", "Questions des visiteurs sur les surfaces tactiles", "headphones")]
    [InlineData("Écran", "Shields de protection, surfaces antireflet", "display")]
    public void Brand_names_inside_prose_of_a_libelle_do_not_change_the_category(string category, string label, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(category, label).CategoryId);

    [Fact]
    public void HP_followed_by_a_model_number_is_the_brand_not_a_loudspeaker() =>
        Assert.False(Normalizer.Normalize("HP Z2").IsKnown);

    [Fact]
    public void Every_taxonomy_id_and_label_normalises_to_itself()
    {
        foreach (var category in EquipmentTaxonomy.All)
        {
            Assert.Equal(category.Id, Normalizer.Normalize(category.Id).CategoryId);
            Assert.Equal(category.Id, Normalizer.Normalize(category.LabelFr).CategoryId);
            Assert.Equal(category.Id, Normalizer.Normalize(category.LabelEn).CategoryId);
        }
    }

    [Fact]
    public void Repeated_labels_return_the_cached_resolution()
    {
        var first = Normalizer.Normalize("Vidéoprojecteur laser");
        Assert.Same(first, Normalizer.Normalize("Vidéoprojecteur laser".AsSpan()));
    }

    [Theory]
    [InlineData("Samsung 55\"", 55)]
    [InlineData("écran 65''", 65)]
    [InlineData("LG 43 pouces", 43)]
    [InlineData("moniteur 27in", 27)]
    [InlineData("dalle 75 po", 75)]
    [InlineData("écran 49,5 pouces", 49.5)]
    [InlineData("QM55R", 0)]
    [InlineData("3 m", 0)]
    public void Reads_screen_diagonals_written_with_an_inch_mark(string text, double inches) =>
        Assert.Equal(inches, CategoryNormalizer.DiagonalInches(text));

    [Fact]
    public void A_hostile_cell_of_a_million_sizes_is_read_without_growing_the_stack()
    {
        // 1,000,000 numbers with an inch mark: a buffer taken per number would need megabytes of stack.
        var cell = string.Concat(Enumerable.Repeat("12\" ", 999_999)) + "65\"";

        Assert.Equal(65, CategoryNormalizer.DiagonalInches(cell));
    }
}
