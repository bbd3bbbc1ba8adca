namespace SiteGen.Rendering.Models;

/// <summary>
/// A year (or decade, century) of the timeline, with its months and coarse periods; <see cref="Anchor"/> is linked
/// from the year index. <see cref="Page"/> links to the year's own page when this page shows only part of it (the
/// home page of a split timeline), with <see cref="Total"/> the number of entries there.
/// </summary>
public sealed record YearGroupModel(string Label, string Anchor, IReadOnlyList<MonthGroupModel> Months)
{
    /// <summary>The period the group stands for: <c>2022</c>, <c>199</c> (a decade), <c>199-begin</c>.</summary>
    public string Key { get; init; } = "";

    public LinkModel? Page { get; init; }

    public int Total { get; init; }

    public bool HasKey => Months.Any(m => m.HasKey);

    public int Count => Months.Sum(m => m.Entries.Count);
}
