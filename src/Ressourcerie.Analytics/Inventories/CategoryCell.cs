using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>The category rule shared by inventories and needs: required, normalised by <see cref="CategoryNormalizer"/>, unknown → rejected with the closest label.</summary>
public static class CategoryCell
{
    public static string? Resolve(RowValidator row, BoundColumn category, BoundColumn label, BoundColumn brand, BoundColumn model)
    {
        var resolution = CategoryNormalizer.Default.Normalize(
            row.IsEmpty(category) ? default : row.Span(category),
            row.IsEmpty(label) ? default : row.Span(label),
            row.IsEmpty(brand) ? default : row.Span(brand),
            row.IsEmpty(model) ? default : row.Span(model));
        switch (resolution.Evidence)
        {
            case CategoryEvidence.Empty:
                if (!row.HasErrorValue(category))
                    row.Reject(category,
                        $"Catégorie manquante : cette colonne est obligatoire.{(resolution.Suggestion is null ? "" : $" D'après le libellé, il pourrait s'agir de « {resolution.Suggestion} ».")}",
                        resolution.Suggestion);
                return null;
            case CategoryEvidence.Unknown:
                row.Reject(category,
                    $"Catégorie inconnue : « {row.Span(category)} ».{(resolution.Suggestion is null ? " Aucune catégorie proche." : $" Vouliez-vous dire « {resolution.Suggestion} » ?")} Utilisez un libellé courant (vidéoprojecteur, écran, enceinte…) ou l'identifiant de la catégorie (video_projector, display…).",
                    resolution.Suggestion);
                return null;
            case CategoryEvidence.VagueDefault:
                row.Warn(category, $"Catégorie trop vague (« {row.Span(category)} ») et libellé sans indication : classée « Autre ». Précisez la catégorie pour que le matériel puisse être apparié.");
                return resolution.CategoryId;
            default:
                return resolution.CategoryId;
        }
    }
}
