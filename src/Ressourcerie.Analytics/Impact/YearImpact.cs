namespace Ressourcerie.Analytics.Impact;

/// <summary>One year of the horizon (1-based), with its calendar year when the scenario has one.</summary>
public sealed record YearImpact(int Year, int? CalendarYear, double AvoidedUnits, ImpactAmounts Amounts);
