using System.Text.RegularExpressions;
using SiteGen.Articles;
using SiteGen.Cleaning;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// The name of the outlet that published an article, for the timeline's metadata line: the front matter's
/// <c>source</c> when set; else an outlet named in the byline (<c>Auteur: BNR Webredactie</c> → BNR); else the outlet
/// of the article's <c>url</c> (<c>https://nos.nl/…</c> → NOS, an unknown host by its own name: <c>example.org</c>).
/// Null when nothing names it: the timeline then names the article by its date instead of guessing.
/// Outlets are data (<c>Resources/&lt;lang&gt;/outlets.tsv</c>).
/// </summary>
public sealed partial class PublisherNames
{
    private readonly Dictionary<string, string> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Regex Pattern, string Name)> _inByline = [];

    [GeneratedRegex(@"\s+(?:web)?redactie$|^(?:web)?redactie\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Desk();

    public PublisherNames(string language)
    {
        foreach (var (_, line) in LanguageData.Lines(language, "outlets.tsv"))
        {
            var columns = line.Split('\t');
            if (columns.Length < 2) continue;
            _byHost.TryAdd(columns[0], columns[1]);
            var spellings = new[] { columns[1] }.Concat(columns.Length > 2 ? columns[2].Split('|') : []).Where(s => s.Length > 0);
            foreach (var spelling in spellings)
                _inByline.Add((new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(spelling) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant), columns[1]));
        }
        // The longest spelling first, so "NOS Nieuwsuur" is not read as its prefix "NOS" of another outlet.
        _inByline.Sort((a, b) => b.Pattern.ToString().Length.CompareTo(a.Pattern.ToString().Length));
    }

    public string? Of(Article article) =>
        Clean(article.Meta.Source) ?? FromByline(article.Meta.Author) ?? FromUrl(article.Meta.Url);

    /// <summary>A known outlet named in a byline, or the byline of an outlet's desk (<c>Redactie X</c> → X); else null.</summary>
    public string? FromByline(string? author)
    {
        if (Clean(author) is not { } byline) return null;
        foreach (var (pattern, name) in _inByline)
            if (pattern.IsMatch(byline)) return name;
        // "X Webredactie" names the outlet's desk, not a person; a person's name is no publisher.
        var desk = Desk().Replace(byline, "").Trim();
        return desk.Length > 0 && desk.Length < byline.Length ? desk : null;
    }

    /// <summary>The outlet of an http(s) address: a known host by its outlet's name, another by its registered name.</summary>
    public string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        for (var h = host; h.Contains('.'); h = h[(h.IndexOf('.') + 1)..])
            if (_byHost.TryGetValue(h, out var name)) return name;
        return host.Length > 0 ? host.ToLowerInvariant() : null;
    }

    private static string? Clean(string? text) => text?.Trim() is { Length: > 0 } t ? t : null;
}
