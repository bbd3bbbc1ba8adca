using FsCheck.Xunit;
using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Temporal;
using SiteGen.Tests.Loading;
using Xunit;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Arbitrary strings and bytes through the loader, the cleaner and the tagger: no exception ever escapes, and what
/// comes back keeps the pipeline's invariants (spans inside the text, non-empty title, ASCII slug).
/// A thrown exception fails the property by itself; the returned bool checks the invariants.
/// </summary>
[Properties(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
public class LoaderProperties
{
    private static readonly ArticleLoader Loader = Seeds.Loader();
    private static readonly TextCleaner Cleaner = TextCleaner.ForLanguage("nl");
    private static readonly TemporalTagger Tagger = TemporalTagger.Create("nl");

    [Property]
    public bool Loader_takes_any_bytes_as_plain_text(byte[] bytes) => Holds(Loader.LoadBytes(bytes, "x.txt", new DiagnosticBag()));

    [Property]
    public bool Loader_takes_any_bytes_as_markdown(byte[] bytes) => Holds(Loader.LoadBytes(bytes, "x.md", new DiagnosticBag()));

    [Property]
    public bool Loader_takes_any_text(string text) =>
        Holds(Loader.LoadText(text, "x.md", new DiagnosticBag())) && Holds(Loader.LoadText(text, "x.txt", new DiagnosticBag()));

    [Property]
    public bool Loader_takes_any_text_as_front_matter(string yaml, string body) =>
        Holds(Loader.LoadText($"---\n{yaml}\n---\n{body}", "x.md", new DiagnosticBag()));

    [Property]
    public bool Cleaner_keeps_spans_in_the_text(string text, int start)
    {
        foreach (var format in new[] { ArticleFormat.PlainText, ArticleFormat.Markdown })
        {
            var body = Cleaner.Clean(text, start, format, "x", new DiagnosticBag());
            if (!SpansHold(text, body.Paragraphs.Select(p => (p.Start, p.End)), Math.Clamp(start, 0, text.Length))) return false;
        }
        return true;
    }

    [Property]
    public bool Tagger_keeps_matches_in_the_text(string text)
    {
        var analysis = Tagger.Analyze(text, null);
        return analysis.Matches.All(m => m.Start >= 0 && m.End <= text.Length && m.Start <= m.End && m.Text == text[m.Start..m.End])
            && analysis.Sentences.All(s => s.Start >= 0 && s.End <= text.Length && s.Start <= s.End);
    }

    [Property]
    public bool Tagger_takes_any_known_date(string text, string value) =>
        Tagger.Analyze(text, new DocumentDate(value, false, "front-matter")) is not null;

    /// <summary>Found by <see cref="Loader_takes_any_bytes_as_markdown"/>: Markdig gave the last block a span from the top of the body.</summary>
    [Fact]
    public void Markdown_blocks_never_overlap_after_a_broken_link_definition()
    {
        const string text = "[volgende weekw*\t- - -\n>!>&#x110000;Z{% raw %}&31 februari\\)Xi Jinping?\u0018#- - -\n{% raw %}{{ site.title }}7\"'\n+---\r\n\u2026\"gX\u0012\u0014FE\u0004h4y?_\u00079~hY\r1ELc\u0013vh'p\u001B#am\uFEFF";
        Assert.True(Holds(Loader.LoadText(text, "x.md", new DiagnosticBag())));
    }

    private static bool Holds(Article? article)
    {
        if (article is null) return true;
        var text = article.Source.Text;
        return article.Title.Length > 0
            && article.Slug.Length > 0 && article.Slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            && SpansHold(text, article.Paragraphs.Select(p => (p.Start, p.End)), 0)
            && article.Temporal.Matches.All(m => m.Start >= 0 && m.End <= text.Length && m.Text == text[m.Start..m.End]);
    }

    private static bool SpansHold(string text, IEnumerable<(int Start, int End)> spans, int from)
    {
        var previousEnd = from;
        foreach (var (start, end) in spans)
        {
            if (start < previousEnd || end < start || end > text.Length) return false;
            previousEnd = end;
        }
        return true;
    }
}
