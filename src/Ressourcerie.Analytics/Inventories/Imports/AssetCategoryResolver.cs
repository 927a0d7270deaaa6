using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// The category of an asset row through <see cref="CategoryNormalizer"/>: the candidate texts are
/// tried in order (the tool's category or type column first, then the model, then the asset's
/// name), each with the name, brand and model as details; an answer that contradicts the GLPI
/// asset type (a « moniteur » read as a laptop) is skipped; then the asset type's default category;
/// then « autre » for a vague label. A category found elsewhere than in the first column is a
/// correction (warning); none at all rejects the row with the closest label as a suggestion.
/// </summary>
internal static class AssetCategoryResolver
{
    public static string? Resolve(RowValidator row, IReadOnlyList<CategoryCandidate> candidates, string? label, string? brand, string? model, GlpiItemType? itemType)
    {
        var allowed = itemType is { } type ? GlpiItemTypes.Allowed(type) : null;
        string? suggestion = null;
        bool vague = false;
        var primary = candidates[0];
        bool primaryFilled = !string.IsNullOrWhiteSpace(primary.Text);
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (string.IsNullOrWhiteSpace(candidate.Text)) continue;
            var resolution = CategoryNormalizer.Default.Normalize(candidate.Text, label, brand, model);
            suggestion ??= resolution.Suggestion;
            if (!resolution.IsKnown) continue;
            if (resolution.Evidence == CategoryEvidence.VagueDefault || resolution.CategoryId == EquipmentTaxonomy.Other)
            {
                vague = true;
                continue;
            }
            if (allowed is not null && !allowed.Contains(resolution.CategoryId!)) continue;
            if (i > 0 && primaryFilled)
                row.Warn(primary.Column,
                    $"{Capitalise(primary.What)} « {primary.Text} » ne désigne pas une catégorie de matériel : catégorie déduite {Of(candidate.What)} « {candidate.Text} » : {EquipmentTaxonomy.FrenchLabel(resolution.CategoryId!)} ({resolution.CategoryId}).",
                    resolution.CategoryId);
            return resolution.CategoryId;
        }

        if (itemType is { } assetType && GlpiItemTypes.Default(assetType) is { Category: { } fallback } guess)
        {
            if (guess.Guess)
                row.Warn(primary.Column,
                    $"Rien dans le type, le modèle ou le nom ne précise le matériel : « {EquipmentTaxonomy.FrenchLabel(fallback)} » supposé d'après le type d'objet GLPI « {assetType.French()} ».",
                    fallback);
            return fallback;
        }
        if (vague)
        {
            row.Warn(primary.Column, "Catégorie trop vague et aucun autre champ ne la précise : classée « Autre ». Précisez le type ou le modèle pour que le matériel puisse être apparié.");
            return EquipmentTaxonomy.Other;
        }
        var tried = candidates.Where(c => !string.IsNullOrWhiteSpace(c.Text)).Select(c => $"{c.What} « {c.Text} »").ToList();
        row.Reject(primary.Column,
            (tried.Count switch
            {
                0 => "Catégorie introuvable : le type, le modèle et le nom sont vides.",
                1 => $"Catégorie introuvable : {tried[0]} ne correspond à aucune catégorie de matériel et les autres champs sont vides.",
                _ => $"Catégorie introuvable : ni {string.Join(", ni ", tried)} ne correspondent à une catégorie de matériel.",
            })
            + (suggestion is null ? "" : $" Vouliez-vous dire « {suggestion} » ?")
            + " Renseignez un type courant (vidéoprojecteur, écran, ordinateur portable…) ou l'identifiant de la catégorie (video_projector, display…).",
            suggestion);
        return null;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>« du modèle », « de la catégorie », « du nom »: the French contraction of "de" with the article.</summary>
    private static string Of(string what) => what.StartsWith("le ", StringComparison.Ordinal) ? "du " + what[3..] : "de " + what;
}
