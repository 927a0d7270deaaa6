using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>A text that may tell an asset's category, where it comes from and how to name it in a message (« le type », « le modèle »…).</summary>
internal readonly record struct CategoryCandidate(BoundColumn Column, string What, string? Text);
