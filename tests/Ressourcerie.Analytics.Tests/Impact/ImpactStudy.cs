using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Impact;

/// <summary>Builds the study objects of impact tests: needs, loans, stock and institutions, dated in a given year.</summary>
internal static class ImpactStudy
{
    public static Need Need(string institution, string category, int quantity, int year = 2025) =>
        new(institution, category, quantity, new DateOnly(year, 3, 1), new DateOnly(year, 6, 30), "Exposition", new SourceLocation("besoins.csv", 2));

    public static Loan Loan(string lender, string borrower, string category, int quantity, double km, int year = 2025) =>
        new(lender, borrower, category, quantity, km, new DateOnly(year, 3, 1), new DateOnly(year, 6, 30), "Exposition");

    public static InventoryItem Item(string institution, string category, int quantity, EquipmentStatus status = EquipmentStatus.EnService, double? monthsPerYear = null) =>
        new(institution, category, null, null, null, quantity, 2020, status, monthsPerYear, null, new SourceLocation("inventaire.csv", 2));

    public static Institution Institution(string id, string? region) =>
        new(id, $"Musée {id}", InstitutionType.Musee, null, region, null, null, null);

    public static ImpactInputs Inputs(
        IEnumerable<Need>? needs = null,
        IEnumerable<Loan>? loans = null,
        IEnumerable<InventoryItem>? stock = null,
        IEnumerable<Institution>? institutions = null) =>
        new((needs ?? []).ToList(), new MatchingResult((loans ?? []).ToList(), [], 500), (stock ?? []).ToList(), (institutions ?? []).ToList());
}
