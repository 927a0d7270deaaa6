using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Impact;

/// <summary>
/// Hand-computed cases, with the library's typical values: video projector 94 kgCO2e (EcoDiag),
/// laptop 182.3 (ADEME), desktop 204.9 and 153 kWh/yr (ADEME), van 0.26 kgCO2e/vehicle-km,
/// French grid 0.0519 kgCO2e/kWh, refurbished computers 70 % (middle of ADEME/NegaOctet 43–97 %).
/// Amounts must match to the gram (kg to 3 decimals).
/// </summary>
public class ImpactModelTests
{
    private const double Gram = 0.0005;

    private static Scenario Lending(double share = 1) => new()
    {
        Name = "prêt",
        HorizonYears = 1,
        LoanShare = share,
    };

    [Fact]
    public void One_projector_lent_over_50_km_avoids_94_kg_and_costs_26_kg_of_transport()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 1)],
            loans: [Loan("A", "B", "video_projector", 1, km: 50)]);

        var result = ImpactModel.Run(inputs, Lending());

        // 1 unit × 94 kgCO2e = 94; round trip 2 × 50 km × 0.26 kgCO2e/km ÷ 1 item per trip = 26.
        Assert.Equal(94.0, result.Total.AvoidedPurchasesKgCO2e, Gram);
        Assert.Equal(26.0, result.TransportKgCO2e, Gram);
        Assert.Equal(68.0, result.NetKgCO2e, Gram);
        Assert.Equal(0.068, result.NetTonnesCO2e, 1e-9);
        var projector = Assert.Single(result.ByCategory);
        Assert.Equal("video_projector", projector.CategoryId);
        Assert.Equal(1, projector.AvoidedUnits);
        Assert.Equal(0, projector.PurchaseUnits);
        Assert.Equal(100, projector.TransportVehicleKm, 1e-9);
    }

    [Fact]
    public void A_van_trip_is_shared_by_the_items_it_carries()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 4)],
            loans: [Loan("A", "B", "video_projector", 4, km: 120)]);
        var scenario = Lending() with { ItemsPerTrip = 4, DistanceRule = DistanceRule.OneWay };

        var result = ImpactModel.Run(inputs, scenario);

        // 4 units × 120 km one way × 0.26 ÷ 4 items per trip = 31.2 (one van, one trip).
        Assert.Equal(31.2, result.TransportKgCO2e, Gram);
        Assert.Equal(4 * 94.0, result.Total.AvoidedPurchasesKgCO2e, Gram);

        var alone = ImpactModel.Run(inputs, scenario with { ItemsPerTrip = 1 });
        Assert.Equal(4 * 31.2, alone.TransportKgCO2e, Gram);
    }

    [Fact]
    public void Loan_share_scales_avoided_purchases_and_their_transport()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 2)],
            loans: [Loan("A", "B", "video_projector", 2, km: 50)]);

        var result = ImpactModel.Run(inputs, Lending(share: 0.5));

        // Half of 2 loans take place: 1 × 94 avoided; 1 × 2 × 50 × 0.26 = 26 of transport; 1 unit still bought.
        Assert.Equal(94.0, result.Total.AvoidedPurchasesKgCO2e, Gram);
        Assert.Equal(26.0, result.TransportKgCO2e, Gram);
        Assert.Equal(1, result.ByCategory[0].PurchaseUnits, 1e-12);
    }

    [Fact]
    public void Lifetime_extension_saves_embodied_times_the_difference_of_inverse_lifetimes_each_year()
    {
        var inputs = Inputs(stock: [Item("A", "computer_laptop", 10)]);
        var scenario = new Scenario { Name = "durée", HorizonYears = 5, LifetimeExtensionYears = 2 };

        var result = ImpactModel.Run(inputs, scenario);

        // 182.3 kgCO2e × 10 laptops × (1/5 − 1/7) = 104.171428… a year; × 5 years = 520.857142…
        double annual = 182.3 * 10 * (1.0 / 5 - 1.0 / 7);
        Assert.Equal(104.171, annual, 0.001);
        Assert.Equal(520.857, result.Total.LifetimeExtensionKgCO2e, Gram);
        Assert.All(result.ByYear, y => Assert.Equal(104.171, y.Amounts.LifetimeExtensionKgCO2e, Gram));
        Assert.Equal(7, result.ByCategory[0].ExtendedLifetimeYears);
        Assert.Equal(0, result.TransportKgCO2e);
    }

    [Fact]
    public void A_per_category_extension_replaces_the_global_one_for_that_category()
    {
        var inputs = Inputs(stock: [Item("A", "computer_laptop", 10), Item("A", "video_projector", 3)]);
        var scenario = new Scenario
        {
            Name = "durée",
            HorizonYears = 1,
            LifetimeExtensionYears = 2,
            LifetimeExtensionByCategory = new Dictionary<string, double> { ["video_projector"] = 0 },
        };

        var result = ImpactModel.Run(inputs, scenario);

        Assert.Equal(0, result.ByCategory.Single(c => c.CategoryId == "video_projector").Amounts.LifetimeExtensionKgCO2e);
        Assert.Equal(104.171, result.ByCategory.Single(c => c.CategoryId == "computer_laptop").Amounts.LifetimeExtensionKgCO2e, Gram);
    }

    [Fact]
    public void Refurbished_purchases_save_share_times_rate_times_embodied_on_needs_not_met_by_loans()
    {
        var inputs = Inputs(
            needs: [Need("B", "computer_laptop", 10)],
            loans: [Loan("A", "B", "computer_laptop", 4, km: 0)]);
        var scenario = Lending() with { RefurbishedShare = 0.5 };

        var result = ImpactModel.Run(inputs, scenario);

        // 4 lent: 4 × 182.3 = 729.2 avoided; 6 still bought, half refurbished, each avoiding 70 % of 182.3:
        // 6 × 0.5 × 0.70 × 182.3 = 382.83.
        Assert.Equal(729.2, result.Total.AvoidedPurchasesKgCO2e, Gram);
        Assert.Equal(382.83, result.Total.RefurbishedKgCO2e, Gram);
        Assert.Contains(result.Factors, f => f.FactorId == "refurbished_saving_computer" && f.ValueUsed == 0.70 && f.Source.Contains("NegaOctet"));
    }

    [Fact]
    public void Refurbished_share_also_applies_to_end_of_life_replacements_of_the_stock()
    {
        var inputs = Inputs(stock: [Item("A", "computer_laptop", 10)]);
        var scenario = new Scenario { Name = "reconditionné", HorizonYears = 5, RefurbishedShare = 0.5 };

        var result = ImpactModel.Run(inputs, scenario);

        // 10 laptops living 5 years: 10 × 5 / 5 = 10 replacements over 5 years; 10 × 0.5 × 0.70 × 182.3 = 638.05.
        Assert.Equal(10, result.ByCategory[0].ReplacementUnits, 1e-12);
        Assert.Equal(638.05, result.Total.RefurbishedKgCO2e, Gram);
    }

    [Fact]
    public void A_scenario_saving_rate_replaces_the_library_range_for_every_category()
    {
        var inputs = Inputs(needs: [Need("B", "video_projector", 2)]);
        var saving = new EmissionFactor("refurbished_saving_scenario", "Part évitée", "part (0-1)", FactorRange.Fixed(0.5),
            FactorStatus.Scenario, "Étude interne", "Étude interne", "Étude interne", OverrideSource: "Étude interne");
        var scenario = new Scenario { Name = "r", HorizonYears = 1, RefurbishedShare = 1, RefurbishedSaving = saving };

        var result = ImpactModel.Run(inputs, scenario);

        // 2 × 1 × 0.5 × 94 = 94.
        Assert.Equal(94, result.Total.RefurbishedKgCO2e, Gram);
        Assert.Contains(result.Factors, f => f.FactorId == "refurbished_saving_scenario" && f.Source == "Étude interne" && f.Overridden);
    }

    [Fact]
    public void Older_devices_kept_longer_cost_their_extra_electricity_at_the_french_grid_factor()
    {
        var inputs = Inputs(stock: [Item("A", "computer_desktop", 10)]);
        var scenario = new Scenario { Name = "durée", HorizonYears = 5, LifetimeExtensionYears = 2, OlderDeviceExtraConsumption = 0.1 };

        var result = ImpactModel.Run(inputs, scenario);

        // (8 − 6) / 8 of the stock is older than 6 years; it uses 10 % more of 153 kWh:
        // −0.1 × 10 × 5 years × 2/8 × 153 kWh = −191.25 kWh × 0.0519 = −9.925875 kgCO2e.
        Assert.Equal(-9.925875, result.Total.UsePhaseKgCO2e, Gram);
        // Embodied: 204.9 × 10 × (1/6 − 1/8) × 5 = 426.875.
        Assert.Equal(426.875, result.Total.LifetimeExtensionKgCO2e, Gram);
        Assert.Equal(426.875 - 9.925875, result.AvoidedKgCO2e, Gram);
    }

    [Fact]
    public void The_use_phase_is_zero_by_default_and_the_stock_annual_electricity_is_shown_for_scale()
    {
        var inputs = Inputs(stock: [Item("A", "computer_desktop", 10), Item("A", "computer_desktop", 4, monthsPerYear: 6)]);
        var scenario = new Scenario { Name = "durée", HorizonYears = 1, LifetimeExtensionYears = 2 };

        var result = ImpactModel.Run(inputs, scenario);
        var desktop = result.ByCategory[0];

        Assert.Equal(0, result.Total.UsePhaseKgCO2e);
        // 10 full-year units + 4 used 6 months = 12 year-units × 153 kWh × 0.0519 = 95.2884 kgCO2e a year,
        // against 14 × 204.9 / 6 = 478.1 kgCO2e a year of annualised manufacture.
        Assert.Equal(95.2884, desktop.StockAnnualUseKgCO2e, Gram);
        Assert.Equal(478.1, desktop.StockAnnualEmbodiedKgCO2e, Gram);
        Assert.Contains(result.Factors, f => f.FactorId == "electricity_fr" && f.ValueUsed == 0.0519);
    }

    [Fact]
    public void A_category_without_factor_is_flagged_and_kept_out_of_totals_never_counted_as_zero()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 1), Need("B", "headphones", 3)],
            loans: [Loan("A", "B", "video_projector", 1, km: 50), Loan("A", "B", "headphones", 3, km: 10)],
            stock: [Item("A", "headphones", 7)]);

        var result = ImpactModel.Run(inputs, Lending());

        var missing = Assert.Single(result.MissingFactors);
        Assert.Equal("headphones", missing.CategoryId);
        Assert.Equal("Casque audio", missing.LabelFr);
        Assert.Equal(3, missing.NeedUnits);
        Assert.Equal(3, missing.LoanUnits);
        Assert.Equal(7, missing.StockUnits);
        Assert.Equal(60, missing.ExcludedTransportVehicleKm, 1e-9);
        Assert.StartsWith("facteur manquant", missing.Reason);
        Assert.Equal("facteur manquant", missing.StatusLabel);
        Assert.DoesNotContain(result.ByCategory, c => c.CategoryId == "headphones");
        // The headphones' loans and their transport are out: only the projector counts.
        Assert.Equal(94.0, result.AvoidedKgCO2e, Gram);
        Assert.Equal(26.0, result.TransportKgCO2e, Gram);
        Assert.Contains(result.Warnings, w => w.Contains("Casque audio"));
    }

    [Fact]
    public void A_category_with_no_row_at_all_is_flagged_with_the_reason()
    {
        var inputs = Inputs(needs: [Need("B", "projection_screen", 2)], loans: [Loan("A", "B", "projection_screen", 2, km: 5)]);

        var result = ImpactModel.Run(inputs, Lending());

        var missing = Assert.Single(result.MissingFactors);
        Assert.Equal("projection_screen", missing.CategoryId);
        Assert.Contains("aucune ligne", missing.Reason);
        Assert.Equal(0, result.AvoidedKgCO2e);
        Assert.Empty(result.ByCategory);
    }

    [Fact]
    public void Loans_beyond_the_maximum_distance_are_not_made_and_their_needs_are_bought()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 1), Need("C", "video_projector", 2)],
            loans: [Loan("A", "B", "video_projector", 1, km: 50), Loan("A", "C", "video_projector", 2, km: 400)]);

        var result = ImpactModel.Run(inputs, Lending() with { MaxDistanceKm = 150 });

        Assert.Equal(94.0, result.Total.AvoidedPurchasesKgCO2e, Gram);
        Assert.Equal(2, result.ByCategory[0].PurchaseUnits);
        Assert.Equal(1, result.Exclusions.LoansBeyondMaxDistance);
        Assert.Equal(2, result.Exclusions.UnitsBeyondMaxDistance);
        Assert.Contains(result.Warnings, w => w.Contains("150 km"));
    }

    [Fact]
    public void Needs_and_loans_dated_outside_the_horizon_are_reported_not_counted()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 1, year: 2025), Need("B", "video_projector", 5, year: 2031)],
            loans: [Loan("A", "B", "video_projector", 1, km: 0, year: 2025), Loan("A", "B", "video_projector", 2, km: 0, year: 2031)]);

        var result = ImpactModel.Run(inputs, Lending() with { HorizonYears = 3 });

        Assert.Equal(2025, result.StartYear);
        Assert.Equal(94.0, result.AvoidedKgCO2e, Gram);
        Assert.Equal(new ImpactExclusions(0, 0, 1, 5, 1, 2), result.Exclusions);
        Assert.Equal([2025, 2026, 2027], result.ByYear.Select(y => y.CalendarYear!.Value));
    }

    [Fact]
    public void Recurring_needs_count_in_every_year_of_the_horizon()
    {
        var inputs = Inputs(needs: [Need("B", "video_projector", 1)], loans: [Loan("A", "B", "video_projector", 1, km: 50)]);

        var result = ImpactModel.Run(inputs, Lending() with { HorizonYears = 3, RecurringNeeds = true });

        // 3 years × (94 − 26) = 204.
        Assert.Equal(3 * 94.0, result.AvoidedKgCO2e, Gram);
        Assert.Equal(3 * 26.0, result.TransportKgCO2e, Gram);
        Assert.All(result.ByYear, y => Assert.Equal(68.0, y.Amounts.NetKgCO2e, Gram));
    }

    [Fact]
    public void Breakdowns_by_institution_region_and_year_add_up_to_the_totals()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 3, 2025), Need("C", "computer_laptop", 2, 2026), Need("D", "tablet", 1, 2025)],
            loans: [Loan("A", "B", "video_projector", 2, 80, 2025), Loan("B", "C", "computer_laptop", 2, 30, 2026)],
            stock: [Item("A", "video_projector", 5), Item("C", "computer_laptop", 8), Item("B", "tablet", 4, EquipmentStatus.EnStock)],
            institutions: [Institution("A", "Bretagne"), Institution("B", "Bretagne"), Institution("C", "Occitanie")]);
        var scenario = new Scenario { Name = "tout", HorizonYears = 3, LoanShare = 0.8, LifetimeExtensionYears = 1, RefurbishedShare = 0.3, ItemsPerTrip = 2 };

        var result = ImpactModel.Run(inputs, scenario);

        Assert.Equal(result.NetKgCO2e, result.ByInstitution.Sum(i => i.Amounts.NetKgCO2e), 1e-6);
        Assert.Equal(result.NetKgCO2e, result.ByRegion.Sum(r => r.Amounts.NetKgCO2e), 1e-6);
        Assert.Equal(result.NetKgCO2e, result.ByYear.Sum(y => y.Amounts.NetKgCO2e), 1e-6);
        Assert.Equal(result.NetKgCO2e, result.ByCategory.Sum(c => c.Amounts.NetKgCO2e), 1e-6);
        Assert.Equal(["Bretagne", "Occitanie", ImpactModel.UnknownRegion], result.ByRegion.Select(r => r.Region));

        // B borrows 0.8 × 2 projectors and lends 0.8 × 2 laptops; A's loans let B avoid 1.6 × 94.
        var a = result.ByInstitution.Single(i => i.InstitutionId == "A");
        var b = result.ByInstitution.Single(i => i.InstitutionId == "B");
        Assert.Equal(1.6, b.UnitsBorrowed, 1e-12);
        Assert.Equal(1.6, b.UnitsLent, 1e-12);
        Assert.Equal(1.6 * 94, a.EnabledAsLenderKgCO2e, Gram);
        Assert.Equal(1.6 * 94, b.Amounts.AvoidedPurchasesKgCO2e, Gram);
        // Transport is the borrower's: 0.8 × 2 × 80 km × 2 ÷ 2 items × 0.26.
        Assert.Equal(0.8 * 2 * 80 * 2 / 2 * 0.26, b.Amounts.TransportKgCO2e, Gram);
        Assert.Equal("Musée A", a.Name);
        // Stock in storage (en stock) is not replaced at end of life.
        Assert.Equal(0, result.ByCategory.Single(c => c.CategoryId == "tablet").StockUnits);
    }

    [Fact]
    public void Every_category_of_a_breakdown_has_its_factors_listed_with_a_source()
    {
        var inputs = Inputs(
            needs: [Need("B", "display", 2), Need("B", "tv", 1), Need("B", "interactive_kiosk", 1), Need("B", "touch_display", 1)],
            loans: [Loan("A", "B", "display", 2, 20), Loan("A", "B", "tv", 1, 20)],
            stock: [Item("A", "server", 2), Item("A", "loudspeaker", 6)]);
        var scenario = new Scenario { Name = "tout", HorizonYears = 2, LoanShare = 1, LifetimeExtensionYears = 1, RefurbishedShare = 0.2 };

        var result = ImpactModel.Run(inputs, scenario);

        Assert.Equal(6, result.ByCategory.Count);
        foreach (var category in result.ByCategory)
        {
            var embodied = Assert.Single(result.Factors, f => f.CategoryId == category.CategoryId && f.Unit == "kgCO2e/unité");
            Assert.False(string.IsNullOrWhiteSpace(embodied.Source));
            Assert.Equal(category.EmbodiedKgCO2ePerUnit, embodied.ValueUsed);
            var lifetime = Assert.Single(result.Factors, f => f.CategoryId == category.CategoryId && f.Unit == "ans");
            Assert.False(string.IsNullOrWhiteSpace(lifetime.Source));
        }
        Assert.All(result.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
        Assert.Contains(result.Factors, f => f.FactorId == "transport_van" && f.Low == 0.2 && f.High == 0.33);
        Assert.Contains(result.Factors, f => f.FactorId == "per_capita_fr" && f.ValueUsed == 9.4);
        // Derived and proxy rows are shown as estimates.
        Assert.True(result.ByCategory.Single(c => c.CategoryId == "interactive_kiosk").IsEstimate);
        Assert.True(result.ByCategory.Single(c => c.CategoryId == "touch_display").IsEstimate);
        Assert.True(result.ByCategory.Single(c => c.CategoryId == "loudspeaker").IsEstimate);
        Assert.False(result.ByCategory.Single(c => c.CategoryId == "display").IsEstimate);
        Assert.Contains("24 pouces", result.Factors.Single(f => f.FactorId == "display").Mapping);
    }

    [Fact]
    public void An_override_is_used_and_reported_with_its_source_and_the_source_it_replaced()
    {
        var inputs = Inputs(needs: [Need("B", "display", 2)], loans: [Loan("A", "B", "display", 2, 0)]);
        var scenario = Lending() with
        {
            FactorOverrides = [new FactorOverride("display", "PCF Dell P2422H (2021)", Typical: 120, LifetimeYears: 7)],
        };

        var result = ImpactModel.Run(inputs, scenario);

        Assert.Equal(240, result.AvoidedKgCO2e, Gram);
        var display = result.Factors.Single(f => f.FactorId == "display");
        Assert.True(display.Overridden);
        Assert.Equal("PCF Dell P2422H (2021)", display.Source);
        Assert.Equal(FactorStatus.Scenario, display.Status);
        Assert.Contains("NegaOctet", display.ReplacedSource);
        Assert.Equal((64.7, 120, 438), (display.Low, display.ValueUsed, display.High));
        var lifetime = result.Factors.Single(f => f.FactorId == "display_lifetime");
        Assert.Equal(7, lifetime.ValueUsed);
        Assert.True(lifetime.Overridden);
        Assert.Equal(FactorStatus.Scenario, result.ByCategory[0].Status);
    }

    [Fact]
    public void An_override_gives_a_missing_category_a_factor_of_its_own()
    {
        var inputs = Inputs(needs: [Need("B", "headphones", 3)], loans: [Loan("A", "B", "headphones", 3, 0)]);
        var scenario = Lending() with
        {
            FactorOverrides = [new FactorOverride("headphones", "PCF Sennheiser HD 450BT", Typical: 12, LifetimeYears: 4)],
        };

        var result = ImpactModel.Run(inputs, scenario);

        Assert.Empty(result.MissingFactors);
        Assert.Equal(36, result.AvoidedKgCO2e, Gram);
        var headphones = result.Factors.Single(f => f.FactorId == "headphones");
        Assert.Equal((12, 12, 12), (headphones.Low, headphones.ValueUsed, headphones.High));
        Assert.Null(headphones.ReplacedSource);
    }

    [Fact]
    public void An_override_that_breaks_the_order_of_a_range_names_the_scenario_file_and_key()
    {
        var inputs = Inputs(needs: [Need("B", "display", 1)]);
        var scenario = Lending() with
        {
            FactorOverrides = [new FactorOverride("display", "Mesure", Typical: 500, File: "essai.yaml", Line: 7)],
        };

        var error = Assert.Throws<InputFileException>(() => ImpactModel.Run(inputs, scenario));

        Assert.Equal("essai.yaml", error.File);
        Assert.Equal(7, error.Row);
        Assert.Equal("factor_overrides.display", error.Column);
        Assert.Contains("haute", error.Message);
        Assert.Contains("high", error.Message);
    }

    [Fact]
    public void An_override_without_source_is_refused()
    {
        var scenario = Lending() with { FactorOverrides = [new FactorOverride("display", " ", Typical: 50, File: "s.json", Line: 3)] };

        var error = Assert.Throws<InputFileException>(() => ImpactModel.Run(Inputs(), scenario));

        Assert.Equal("factor_overrides.display.source", error.Column);
    }

    [Fact]
    public void A_scenario_built_in_code_with_a_share_outside_0_1_is_refused_in_french()
    {
        var error = Assert.Throws<ArgumentException>(() => ImpactModel.Run(Inputs(), Lending(share: 1.2)));

        Assert.Contains("loan_share", error.Message);
        Assert.Contains("entre 0 et 1", error.Message);
    }

    [Fact]
    public void The_baseline_saves_nothing()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 3)],
            loans: [Loan("A", "B", "video_projector", 3, 40)],
            stock: [Item("A", "computer_laptop", 10)]);

        var result = ImpactModel.Run(inputs, Scenario.Baseline);

        Assert.Equal(ImpactAmounts.Zero, result.Total);
    }
}
