namespace Ressourcerie.Analytics.Impact;

/// <summary>Which end of a <see cref="FactorRange"/> a computation uses (the tornado sets one factor to Low then High).</summary>
public enum FactorLevel
{
    Low,
    Typical,
    High,
}
