namespace Ressourcerie.Analytics.Needs;

/// <summary>The part of a need that no idle item within reach could cover.</summary>
public sealed record UnmetNeed(Need Need, int QuantityUnmet, string Reason);
