using SiteGen.Articles;
using SiteGen.Diagnostics;

namespace SiteGen.Timeline;

/// <summary>
/// Tells the maintainer which articles had no date of their own and were dated from another article's report of the
/// same news (SG0145), with that article and the evidence, so a wrong estimate can be found and fixed at its source:
/// the load stage only knows that no date was found (SG0141). An article whose own text gave an estimate (a year inferred
/// from what it reports as past) and that the dossier narrowed is not reported: it had a date, and got a finer one.
/// </summary>
internal static class DossierDateReport
{
    /// <param name="loaded">The articles as loaded: only one that had no date at all then (SG0141) is reported.</param>
    /// <param name="dated">The same articles after the timeline dated some of them.</param>
    public static void Report(IReadOnlyList<Article> loaded, IReadOnlyList<Article> dated, DiagnosticBag diagnostics)
    {
        var undated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in loaded)
            if (a.Date is null) undated.Add(a.Id);
        if (undated.Count == 0) return;
        var pathOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in dated) pathOf.TryAdd(a.Id, a.Source.RelativePath);
        foreach (var article in dated)
        {
            if (!undated.Contains(article.Id) || article.Date is not { Source: "dossier" } date) continue;
            var from = date.From is { } id && pathOf.TryGetValue(id, out var path) ? path : date.From ?? "another article";
            diagnostics.Warning("SG0145", article.Source.RelativePath, 0, 0,
                $"No date of its own: dated {date.Value} (estimated) from {from}."
                + (date.Evidence is { } evidence ? $" Evidence: {evidence}." : "") + " Its relative dates ('gisteren', 'vorige week') were resolved against that date.",
                "If the estimate is wrong, give the article its date: 'date: YYYY-MM-DD' in front matter (.md), or a first line ' date YYYY-MM-DD'.");
        }
    }
}
