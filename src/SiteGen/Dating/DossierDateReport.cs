using SiteGen.Articles;
using SiteGen.Diagnostics;

namespace SiteGen.Dating;

/// <summary>
/// Tells the maintainer which articles had no date of their own and were dated from another article's report of the
/// same news (SG0145), with that article and the evidence, so a wrong estimate can be found and fixed at its source:
/// the load stage only knows that no date was found (SG0141).
/// </summary>
internal static class DossierDateReport
{
    public static void Report(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var pathOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in articles) pathOf.TryAdd(a.Id, a.Source.RelativePath);
        foreach (var article in articles)
        {
            if (article.Date is not { Source: "dossier" } date) continue;
            var from = date.From is { } id && pathOf.TryGetValue(id, out var path) ? path : date.From ?? "another article";
            diagnostics.Warning("SG0145", article.Source.RelativePath, 0, 0,
                $"No date of its own: dated {date.Value} (estimated) from {from}."
                + (date.Evidence is { } evidence ? $" Evidence: {evidence}." : "") + " Its relative dates ('gisteren', 'vorige week') were resolved against that date.",
                "If the estimate is wrong, give the article its date: 'date: YYYY-MM-DD' in front matter (.md), or a first line ' date YYYY-MM-DD'.");
        }
    }
}
