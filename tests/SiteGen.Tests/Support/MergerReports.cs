using SiteGen.Events;
using SiteGen.Temporal;
using SiteGen.Timeline;

namespace SiteGen.Tests.Support;

/// <summary>
/// Reports built to stress what the mergers decide on: a few actors (one prolific) so that many reports share one,
/// dates that contain each other at every precision (days at month and year ends, weeks across months and years,
/// seasons across years, a century, dates that do not parse), key words whose stems collide, repeated words and
/// actors, and articles, sentences and timexes that collide so that the merge order falls back on its last keys.
/// With so few distinct values, many reports score equally against several groups.
/// </summary>
internal static class MergerReports
{
    // Ids that sort differently by culture and by ordinal, and enough articles that rare words are rare.
    public static readonly string[] Articles =
        ["a1", "a10", "a2", "B1", "b1", "a-1", "a_1", "é1", "a1 ", "A1", .. Enumerable.Range(0, 50).Select(i => $"x{i}")];

    public static readonly string[] Dates =
    [
        "2022-02-04", "2022-02-05", "2022-02-28", "2022-03-01", "2021-12-31", "2022-01-01", "2022-01-31",
        "2022-02-04TMO", "2022-02-04TEV", "2022-02-04T10:00", "2022-02-04T11:30",
        "2022-W05", "2021-W52", "2022-W09", "2022-02", "2022-01", "2021-12", "2022-03",
        "2022-Q1", "2021-Q4", "2021-WI", "2022-SP", "2022", "2021", "202", "201", "20",
        "2022-13", "XXXX", "2022-02-30",
    ];

    // Upper case sorts before lower case in ordinal order only.
    public static readonly string[] Actors = ["nederland", "nederland", "nederland", "rutte", "Poetin", "xi", "biden", "EU"];

    // Stems collide (`verklaring`/`verklaren`), and a long tail of rarer words gives the rarity weights a range.
    public static readonly string[] Words =
    [
        "verklaring", "verklaarde", "verklaren", "ontmoeting", "ontmoetten", "kabinet", "kabinetten", "akkoord",
        "sancties", "sanctie", "oorlog", "oorlogen", "navo", "spelen", "olympische", "prijs", "prijzen", "gas",
        .. Enumerable.Range(0, 40).Select(i => $"zeldzaam{(char)('a' + i % 26)}{(char)('a' + i / 26)}"),
    ];

    public static readonly string[] Predicates = ["announce", "resign", "survive"];

    /// <summary>One report from indexes into the pools above (taken modulo their length).</summary>
    public static ExtractedEvent Report(int article, int date, int sentence, int timex, IEnumerable<int> actors, IEnumerable<int> words)
    {
        var value = Dates[date % Dates.Length];
        var actorIds = actors.Select(i => Actors[i % Actors.Length]).ToList();
        var e = new ArticleEvent(Articles[article % Articles.Length], false, value, TimexValue.PrecisionOf(value), TimexMod.None,
            false, false, "tekst", sentence, sentence + 10, timex, timex < 0 ? -1 : timex + 4, actorIds);
        // A third of the reports name a class of happening, some of them two.
        string[] predicates = (sentence + timex + article) % 3 != 0 ? [] : [Predicates[date % Predicates.Length], .. (article % 4 == 0 ? [Predicates[(date + 1) % Predicates.Length]] : Array.Empty<string>())];
        // Some reports coarser than a day name the weekday their date expression said (`woensdag` resolved to its month).
        DayOfWeek? weekday = e.Precision < DatePrecision.Day && (sentence + article) % 4 == 1 ? (DayOfWeek)(((date + timex) % 7 + 7) % 7) : null;
        return new ExtractedEvent(e, "zin", actorIds, [.. words.Select(i => Words[i % Words.Length])]) { Predicates = predicates, Weekday = weekday };
    }

    /// <summary>
    /// <paramref name="count"/> reports drawn from the pools, words the more often the earlier in the pool; a tenth
    /// are copies of an earlier one (a full tie), a tenth copies of one into another article (equal scores).
    /// </summary>
    public static List<ExtractedEvent> Random(int seed, int count)
    {
        var random = new Random(seed);
        var reports = new List<ExtractedEvent>();
        for (var i = 0; i < count; i++)
        {
            var copy = reports.Count > 0 ? random.Next(10) : -1;
            if (copy == 0)
            {
                reports.Add(reports[random.Next(reports.Count)] with { });
                continue;
            }
            if (copy == 1)
            {
                var original = reports[random.Next(reports.Count)];
                var other = Articles[(Array.IndexOf(Articles, original.Event.ArticleId) + 1 + random.Next(Articles.Length - 1)) % Articles.Length];
                reports.Add(original with { Event = original.Event with { ArticleId = other } });
                continue;
            }
            var actors = random.Next(5) == 0 ? [] : Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(Actors.Length)).ToList();
            var words = Enumerable.Range(0, random.Next(2, 10)).Select(_ => (int)(Words.Length * Math.Pow(random.NextDouble(), 1.5))).ToList();
            reports.Add(Report(random.Next(Articles.Length), random.Next(Dates.Length), random.Next(3), random.Next(-1, 2), actors, words));
        }
        return reports;
    }

    /// <summary>
    /// Clusters as text that shows everything a merge decides: each member as its position in the input (two equal
    /// reports stay apart) and each reason with every field.
    /// </summary>
    public static string[] Describe(IReadOnlyList<EventCluster> clusters, IReadOnlyList<ExtractedEvent> input)
    {
        var position = new Dictionary<ExtractedEvent, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < input.Count; i++) position[input[i]] = i;
        return
        [
            .. clusters.Select(c => string.Join(" ", c.Members.Select(m => position[m])) + " / " + string.Join(" | ",
                c.Reasons.Select(r => $"{r.SharedDate} [{string.Join(",", r.SharedActors)}] [{string.Join(",", r.SharedWords)}] {r.Score:R}"))),
        ];
    }
}
