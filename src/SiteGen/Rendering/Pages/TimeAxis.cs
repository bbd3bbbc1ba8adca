using System.Globalization;
using System.Text;
using SiteGen.Rendering.Models;
using SiteGen.Temporal;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// How many entries fall in each month of the whole timeline, for the time axis the timeline pages draw: an entry
/// known to the day or month counts in its month; a coarser one is spread over the months of its period (its first,
/// middle or last third when it says <c>begin</c>, <c>half</c> or <c>eind</c>), so a year-only item no longer piles
/// up in January. Decades and centuries are too coarse to place and are left off the axis (they stay in the list).
/// Written as <c>first;counts</c>: the first month as <c>year * 12 + month - 1</c>, then one count per month with
/// at most two decimals, a run of empty months as <c>_n</c> (<c>24240;3,0.08,_13,1</c>).
/// </summary>
public static class TimeAxis
{
    public static string? Of(IEnumerable<DatedEntry> entries)
    {
        var counts = new SortedDictionary<int, double>();
        foreach (var entry in entries)
            foreach (var (month, share) in Shares(entry.Value, entry.Mod))
                counts[month] = counts.GetValueOrDefault(month) + share;
        if (counts.Count == 0) return null;
        var first = counts.Keys.First();
        var last = counts.Keys.Last();
        var sb = new StringBuilder();
        sb.Append(first.ToString(CultureInfo.InvariantCulture)).Append(';');
        var empty = 0;
        var wrote = false;
        for (var m = first; m <= last; m++)
        {
            var c = Math.Round(counts.GetValueOrDefault(m), 2);
            if (c == 0)
            {
                empty++;
                continue;
            }
            if (wrote) sb.Append(',');
            if (empty > 0) sb.Append('_').Append(empty.ToString(CultureInfo.InvariantCulture)).Append(',');
            empty = 0;
            wrote = true;
            sb.Append(c.ToString("0.##", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The months (<c>year * 12 + month - 1</c>) an entry counts in, each with its share of one.</summary>
    public static IEnumerable<(int Month, double Share)> Shares(string? value, TimexMod mod)
    {
        if (TimexPeriod.Parse(value) is not { } period) yield break;
        var (start, end) = (period.Start, period.End);
        var precision = TimexValue.PrecisionOf(value!);
        if (precision is DatePrecision.Decade or DatePrecision.Century) yield break;
        var first = Index(start);
        if (precision >= DatePrecision.Month && precision != DatePrecision.Week)
        {
            yield return (first, 1);
            yield break;
        }
        var months = Index(end.AddDays(-1)) - first + 1;
        if (months >= 3 && start.Day == 1 && end.Day == 1)
        {
            // A period of whole months (a quarter, a season, a year) is narrowed by whole months: begin 2022 is January to April.
            var third = months / 3;
            var (from, count) = mod switch
            {
                TimexMod.Start or TimexMod.Before => (first, third),
                TimexMod.Mid => (first + third, months - 2 * third),
                TimexMod.End or TimexMod.After => (first + months - third, third),
                _ => (first, months),
            };
            for (var m = from; m < from + count; m++) yield return (m, 1.0 / count);
            yield break;
        }
        // A week (or a month with a modifier) counts in the months its days fall in.
        double days = end.DayNumber - start.DayNumber;
        for (var day = start; day < end;)
        {
            var next = new DateOnly(day.Year, day.Month, 1).AddMonths(1);
            var until = next < end ? next : end;
            yield return (Index(day), (until.DayNumber - day.DayNumber) / days);
            day = next;
        }
    }

    private static int Index(DateOnly day) => day.Year * 12 + day.Month - 1;
}
