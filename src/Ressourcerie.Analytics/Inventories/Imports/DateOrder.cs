namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>The order of day, month and year in the dates of an export.</summary>
public enum DateOrder
{
    /// <summary><c>2024-03-05</c>: GLPI's default, and what any date starting with four digits is.</summary>
    YearMonthDay,

    /// <summary><c>05/03/2024</c>, <c>05-03-2024</c>: the French order (GLPI's « JJ-MM-AAAA » setting).</summary>
    DayMonthYear,

    /// <summary><c>3/5/24</c>: the US order, Snipe-IT's default (GLPI's « MM-JJ-AAAA » setting).</summary>
    MonthDayYear,
}

internal static class DateOrderLabels
{
    public static string French(this DateOrder order) => order switch
    {
        DateOrder.YearMonthDay => "année-mois-jour",
        DateOrder.DayMonthYear => "jour/mois/année",
        _ => "mois/jour/année",
    };
}
