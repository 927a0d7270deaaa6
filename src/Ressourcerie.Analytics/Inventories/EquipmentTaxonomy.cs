namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// The equipment categories of the study. The list covers the brief's taxonomy (video projector,
/// display, TV, media player, computers, tablet, smartphone, loudspeaker, headphones, amplifier,
/// camera, VR headset, interactive kiosk, network, server, printer, other) and the finer categories
/// that museum AV registers use (media servers, AV signal distribution, audio guides…), so that a
/// real label never has to be forced into a wrong bucket.
/// </summary>
public static class EquipmentTaxonomy
{
    public const string Other = "other";

    public static IReadOnlyList<EquipmentCategory> All { get; } =
    [
        new("video_projector", "Vidéoprojecteur", "Video projector", "image"),
        new("display", "Écran / moniteur", "Display / monitor", "image"),
        new("tv", "Téléviseur / grand écran", "TV / large display", "image"),
        new("touch_display", "Écran tactile", "Touch display", "image"),
        new("video_wall", "Mur d'images", "Video wall", "image"),
        new("projection_screen", "Écran de projection", "Projection screen", "image"),
        new("media_player", "Lecteur multimédia", "Media player", "diffusion"),
        new("media_server", "Serveur média", "Media server", "diffusion"),
        new("disc_player", "Lecteur de disques", "Disc player", "diffusion"),
        new("av_signal", "Distribution du signal AV", "AV signal distribution", "diffusion"),
        new("show_control", "Automate / contrôle de show", "Show control", "diffusion"),
        new("computer_laptop", "Ordinateur portable", "Laptop", "informatique"),
        new("computer_desktop", "Ordinateur fixe", "Desktop computer", "informatique"),
        new("computer_mini_pc", "Mini-PC", "Mini PC", "informatique"),
        new("tablet", "Tablette", "Tablet", "informatique"),
        new("smartphone", "Smartphone", "Smartphone", "informatique"),
        new("server", "Serveur", "Server", "informatique"),
        new("network", "Équipement réseau", "Network equipment", "informatique"),
        new("printer", "Imprimante", "Printer", "informatique"),
        new("printer_3d", "Imprimante 3D / découpe laser", "3D printer / laser cutter", "informatique"),
        new("scanner", "Scanner", "Scanner", "informatique"),
        new("loudspeaker", "Enceinte", "Loudspeaker", "audio"),
        new("headphones", "Casque audio", "Headphones", "audio"),
        new("amplifier", "Amplificateur", "Amplifier", "audio"),
        new("audio_mixer", "Table de mixage / interface audio", "Audio mixer / interface", "audio"),
        new("microphone", "Microphone", "Microphone", "audio"),
        new("audio_guide", "Audioguide", "Audio guide", "audio"),
        new("hearing_assist", "Boucle magnétique", "Hearing loop", "audio"),
        new("camera_photo", "Appareil photo", "Photo camera", "captation"),
        new("camera_video", "Caméra vidéo", "Video camera", "captation"),
        new("vr_headset", "Casque de réalité virtuelle", "VR headset", "interactif"),
        new("interactive_kiosk", "Borne interactive", "Interactive kiosk", "interactif"),
        new("sensor_interactive", "Capteur interactif", "Interactive sensor", "interactif"),
        new("lighting_control", "Contrôle lumière", "Lighting control", "scène"),
        new(Other, "Autre", "Other", "autre"),
    ];

    private static readonly Dictionary<string, EquipmentCategory> ById =
        All.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);

    public static EquipmentCategory Get(string id) =>
        ById.TryGetValue(id, out var category) ? category : throw new KeyNotFoundException($"Catégorie inconnue : {id}");

    public static bool TryGet(string id, out EquipmentCategory category) => ById.TryGetValue(id, out category!);

    public static string FrenchLabel(string id) => TryGet(id, out var c) ? c.LabelFr : id;
}
